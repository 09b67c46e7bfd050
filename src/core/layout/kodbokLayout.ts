import { absoluteA1, sheetRef } from '../address';
import { isListVariable, type Codebook, type VariableKey } from '../codebook/types';

/**
 * Where each part of Kodbok stands: the sheet's plan writes it there, the reader reads it there, and
 * drop-downs and edits refer to it, so the places are one truth below all of them.
 */
export const CODEBOOK_SHEET_NAME = 'Kodbok';
export const CODEBOOK_HEADER_ROW = 4;
/** Room for values in each list; drop-downs cover all of it, so a value typed in a free row is offered at once. */
export const LIST_ROWS = 30;
export const FIRST_LIST_COLUMN = 7;
export const ROLE_HEADER = 'Roll';
/**
 * The Kodbok layout's version, written in A3. A Kodbok without it (or with an older one) was written
 * before roles for "Beslut om insats"; reading fills those in and a repair writes the sheet anew.
 */
export const CODEBOOK_VERSION = 2;
export const CODEBOOK_VERSION_CELL = { row: 3, column: 1 } as const;

/** Column of each list variable's labels; its roles stand in the column to the right. */
export function listColumns(codebook: Codebook): Map<VariableKey, number> {
  const columns = new Map<VariableKey, number>();
  codebook.variables.filter(isListVariable).forEach((v, i) => columns.set(v.key, FIRST_LIST_COLUMN + 2 * i));
  return columns;
}

/** The drop-down source of a list variable, e.g. `'Kodbok'!$G$5:$G$34`. */
export function listSource(codebook: Codebook, key: VariableKey): string | null {
  const column = listColumns(codebook).get(key);
  return column === undefined ? null : listSourceAt(column);
}

/** The drop-down source of the list whose labels stand in `column` of Kodbok. */
export function listSourceAt(column: number): string {
  const first = CODEBOOK_HEADER_ROW + 1;
  return sheetRef(
    CODEBOOK_SHEET_NAME,
    `${absoluteA1(first, column)}:${absoluteA1(first + LIST_ROWS - 1, column)}`,
  );
}
