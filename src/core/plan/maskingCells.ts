import { a1 } from '../address';
import { cellText, text, type CellValue } from '../cell';
import { HIDDEN_FIGURE_MARK, SECONDARY_MARK } from '../masking/shown';
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
 * was written, "Inaktuell" once one differs (the cases changed, or the minimum count did). Masking off
 * (t ≤ 1) needs no pattern and raises no flag.
 */
export function staleFlagFormula(counts: readonly ShownCount[], t: string): string {
  if (counts.length === 0) return str('');
  const differs = counts.map(({ row, column, shown }) => `${a1(row, column)}<>${literal(shown)}`);
  return `IF(AND(${t}>1,OR(${differs.join(',')})),${str(STALE_FLAG)},"")`;
}

const literal = (value: CellValue) => (value.kind === 'number' ? String(value.value) : str(cellText(value)));

const STALE_WARNING =
  'Ärendena eller minsta redovisade antal har ändrats sedan maskeringen beräknades (se kolumnen Maskning): ' +
  'skriv resultatet igen innan det lämnas ut.';

/** The warning at the top of the sheet, raised by any row's flag. */
export function staleWarningFormula(flagRange: string): string {
  return `IF(COUNTIF(${flagRange},${str(STALE_FLAG)})>0,${str(STALE_WARNING)},"")`;
}

/** The legend of the marks, following the minimum count in Inställningar. */
export function legendFormula(t: string): string {
  return (
    `IF(${t}>1,${str('<')}&${t}&${str(' = mellan 1 och ')}&(${t}-1)&${str(' ärenden. ')}&` +
    `${str(`${SECONDARY_MARK} = dolt så att inget dolt antal kan räknas fram ur de andra talen. ${HIDDEN_FIGURE_MARK} = andel, median eller medelvärde som bygger på ett dolt antal.`)},` +
    `${str('Små tal maskeras inte (minsta redovisade antal är ')}&${t}&${str(').')})`
  );
}

export function legendText(t: number): CellValue {
  return text(
    t > 1
      ? `<${t} = mellan 1 och ${t - 1} ärenden. ${SECONDARY_MARK} = dolt så att inget dolt antal kan räknas fram ur de andra talen. ${HIDDEN_FIGURE_MARK} = andel, median eller medelvärde som bygger på ett dolt antal.`
      : `Små tal maskeras inte (minsta redovisade antal är ${t}).`,
  );
}
