import { cellText, text, type CellValue } from '../cell';
import { roundLikeExcel } from '../figures/stats';
import { str } from './formulaText';

/** The headline sentences in the style of the Trosa report, as formulas over the shown figures. */
export interface SentenceInputs {
  readonly subject: string;
  /** Addresses of the shown figures in the result sheet. */
  readonly cells: { readonly positiveRate: string; readonly dropoutRate: string };
}

/** Why a figure is not given: the same words whatever hid it, so a sentence never says how small it is. */
const PROTECTED = 'för att skydda små grupper';

export function changeSentenceFormula({ subject, cells }: SentenceInputs): string {
  const p = cells.positiveRate;
  return (
    `IF(${p}="",${str(`För ${subject} finns inga ärenden med känd situation.`)},` +
    `IF(NOT(ISNUMBER(${p})),${str(`För ${subject} redovisas inte andelen med positiv förändring, ${PROTECTED}.`)},` +
    `${str(`För ${subject} visade resultaten en positiv förändring i `)}&ROUND(${p}*100,0)&${str(' % av ärendena med känd situation. ')}&` +
    `IF(NOT(ISNUMBER(${cells.dropoutRate})),${str(`Bortfallet redovisas inte, ${PROTECTED}.`)},${str('Bortfallet var ')}&ROUND(${cells.dropoutRate}*100,0)&${str(' %.')})))`
  );
}

export function changeSentence(subject: string, positiveRate: CellValue, dropoutRate: CellValue): CellValue {
  if (positiveRate.kind === 'text' && positiveRate.text === '') {
    return text(`För ${subject} finns inga ärenden med känd situation.`);
  }
  if (positiveRate.kind !== 'number') {
    return text(`För ${subject} redovisas inte andelen med positiv förändring, ${PROTECTED}.`);
  }
  const dropout =
    dropoutRate.kind === 'number'
      ? `Bortfallet var ${roundLikeExcel(dropoutRate.value * 100)} %.`
      : `Bortfallet redovisas inte, ${PROTECTED}.`;
  return text(
    `För ${subject} visade resultaten en positiv förändring i ${roundLikeExcel(positiveRate.value * 100)} % ` +
      `av ärendena med känd situation. ${dropout}`,
  );
}

export interface InvestigationInputs {
  readonly subject: string;
  readonly cells: { readonly median: string; readonly over: string; readonly count: string };
  readonly limit: string;
}

export function investigationSentenceFormula({ subject, cells, limit }: InvestigationInputs): string {
  const m = cells.median;
  return (
    `IF(${m}="",${str(`För ${subject} finns inga avslutade utredningar med datum.`)},` +
    `IF(NOT(ISNUMBER(${m})),${str(`För ${subject} redovisas inte utredningstiden, ${PROTECTED}.`)},` +
    `${str(`För ${subject} var utredningstiden i median `)}&ROUND(${m},0)&${str(' dagar')}&` +
    `IF(AND(ISNUMBER(${cells.over}),ISNUMBER(${cells.count})),${str('; ')}&${cells.over}&${str(' av ')}&${cells.count}&${str(' utredningar tog längre än ')}&${limit}&${str(' dagar.')},${str('.')})))`
  );
}

export function investigationSentence(
  subject: string,
  shown: { median: CellValue; over: CellValue; count: CellValue },
  limit: number,
): CellValue {
  if (shown.median.kind === 'text' && shown.median.text === '') {
    return text(`För ${subject} finns inga avslutade utredningar med datum.`);
  }
  if (shown.median.kind !== 'number') {
    return text(`För ${subject} redovisas inte utredningstiden, ${PROTECTED}.`);
  }
  const over =
    shown.over.kind === 'number' && shown.count.kind === 'number'
      ? `; ${cellText(shown.over, { trim: false })} av ${cellText(shown.count, { trim: false })} utredningar tog längre än ${limit} dagar.`
      : '.';
  return text(
    `För ${subject} var utredningstiden i median ${roundLikeExcel(shown.median.value)} dagar${over}`,
  );
}
