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

/**
 * "; 12 av 69 utredningar tog längre än 120 dagar." A count hidden as below the threshold reads "färre än
 * 5", as the table's mark says; one hidden otherwise (by secondary suppression) leaves the clause out.
 */
function overClause(over: CellValue, count: CellValue, limit: number): string {
  if (count.kind !== 'number') return '.';
  const below = over.kind === 'text' && over.text.startsWith('<') ? `färre än ${over.text.slice(1)}` : null;
  const amount = over.kind === 'number' ? cellText(over, { trim: false }) : below;
  if (amount === null) return '.';
  const noun = count.value === 1 ? 'utredning' : 'utredningar';
  return `; ${amount} av ${cellText(count, { trim: false })} ${noun} tog längre än ${limit} dagar.`;
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
    `IF(NOT(ISNUMBER(${cells.count})),${str('.')},` +
    `IF(ISNUMBER(${cells.over}),${str('; ')}&${cells.over},` +
    `IF(LEFT(${cells.over},1)="<",${str('; färre än ')}&MID(${cells.over},2,9),""))&` +
    `IF(OR(ISNUMBER(${cells.over}),LEFT(${cells.over},1)="<"),` +
    `${str(' av ')}&${cells.count}&IF(${cells.count}=1,${str(' utredning')},${str(' utredningar')})&${str(' tog längre än ')}&${limit}&${str(' dagar.')},${str('.')}))))`
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
  const over = overClause(shown.over, shown.count, limit);
  return text(
    `För ${subject} var utredningstiden i median ${roundLikeExcel(shown.median.value)} dagar${over}`,
  );
}
