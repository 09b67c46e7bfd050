import { a1 } from '../address';
import { cellText, text, type CellValue } from '../cell';
import { HIDDEN_FIGURE_MARK, SECONDARY_MARK } from '../masking/shown';
import { MASKING_WORDS } from '../settings';
import type { MaskingRefs } from './cellFormulas';
import { str } from './formulaText';

/**
 * Secondary suppression on the sheet. The primary rule is a live formula; which larger counts must be
 * hidden beside the small ones is an optimisation the tool solves (masking/suppress.ts) and no formula
 * can, so the pattern is written into the cells it hides, for the minimum count it was computed for.
 * A changed minimum count in Inställningar lifts it (masking off shows every value); changed cases are
 * caught by the row flags below and the warning at the top.
 */
export function patternFormula(
  formula: string,
  kind: 'count' | 'figure',
  t: string,
  patternT: number,
): string {
  const mark = kind === 'count' ? SECONDARY_MARK : HIDDEN_FIGURE_MARK;
  return `IF(${t}=${patternT},${str(mark)},${formula})`;
}

/** Shown in a row's flag cell when a count there no longer shows what it showed when the pattern was made. */
export const STALE_FLAG = 'Inaktuell';
export const FLAG_HEADER = 'Maskning';

export interface ShownCount {
  readonly row: number;
  readonly column: number;
  readonly shown: CellValue;
}

/**
 * The flag of one row: blank while every count the pattern left alone shows what it showed when the sheet
 * was written and the method is the one it was computed for; "Inaktuell" once not (the cases changed, or
 * the minimum count or the method did: a pattern made for rounded numbers does not protect exact ones).
 * Masking off (t ≤ 1) needs no pattern and raises no flag.
 */
export function staleFlagFormula(
  counts: readonly ShownCount[],
  refs: MaskingRefs,
  rounding: boolean,
): string {
  const differs = counts.map(({ row, column, shown }) => `${a1(row, column)}<>${literal(shown)}`);
  const method = `TRIM(${refs.method})`;
  const otherMethod = rounding
    ? `${method}<>${str(MASKING_WORDS.round)}`
    : `AND(${method}<>${str(MASKING_WORDS.hide)},${method}<>"")`;
  return `IF(AND(${refs.t}>1,OR(${[otherMethod, ...differs].join(',')})),${str(STALE_FLAG)},"")`;
}

const literal = (value: CellValue) => (value.kind === 'number' ? String(value.value) : str(cellText(value)));

const STALE_WARNING =
  'Ärendena, minsta redovisade antal eller skyddet av små tal har ändrats sedan maskeringen beräknades (se kolumnen Maskning): ' +
  'skriv resultatet igen innan det lämnas ut.';

/** The warning at the top of the sheet, raised by any row's flag. */
export function staleWarningFormula(flagRange: string): string {
  return `IF(COUNTIF(${flagRange},${str(STALE_FLAG)})>0,${str(STALE_WARNING)},"")`;
}

const MARKS = `${SECONDARY_MARK} = dolt så att inget dolt antal kan räknas fram ur de andra talen. ${HIDDEN_FIGURE_MARK} = andel, median eller medelvärde som bygger på ett dolt antal.`;
const ROUNDED = ' Övriga antal är avrundade till närmaste 5, andelar till hela 5 %.';

/** The legend of the marks, following the minimum count in Inställningar; rounding as the sheet was written. */
export function legendFormula({ t }: MaskingRefs, rounding: boolean): string {
  return (
    `IF(${t}>1,${str('<')}&${t}&${str(' = mellan 1 och ')}&(${t}-1)&${str(' ärenden. ')}&${str(MARKS + (rounding ? ROUNDED : ''))},` +
    `${str('Små tal maskeras inte (minsta redovisade antal är ')}&${t}&${str(').')})`
  );
}

export function legendText(t: number, rounding: boolean): CellValue {
  return text(
    t > 1
      ? `<${t} = mellan 1 och ${t - 1} ärenden. ${MARKS}${rounding ? ROUNDED : ''}`
      : `Små tal maskeras inte (minsta redovisade antal är ${t}).`,
  );
}
