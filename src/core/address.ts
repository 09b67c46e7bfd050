/** An A1 cell address such as `C12`. Branded so a row label or a variable name is never passed by mistake. */
export type A1 = string & { readonly __brand: 'A1' };

/** 1-based column number to letters: 1 → A, 27 → AA. */
export function columnLetters(column: number): string {
  let letters = '';
  for (let n = column; n > 0; n = Math.floor((n - 1) / 26)) {
    letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
  }
  return letters;
}

/** Address of a cell from 1-based row and column. */
export function a1(row: number, column: number): A1 {
  return brandA1(`${columnLetters(column)}${row}`);
}

function brandA1(address: string): A1 {
  // eslint-disable-next-line @typescript-eslint/consistent-type-assertions -- the one place the brand is given
  return address as A1;
}

export function absoluteA1(row: number, column: number): string {
  return `$${columnLetters(column)}$${row}`;
}

export function rangeA1(top: number, left: number, bottom: number, right: number): string {
  return `${a1(top, left)}:${a1(bottom, right)}`;
}

/** Letters to a 1-based column number: A → 1, AA → 27. */
export function columnNumber(letters: string): number {
  return [...letters.toUpperCase()].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0);
}

/** `C12` (or `$C$12`) as row and column; null when it is no cell address. */
export function parseA1(address: string): { row: number; column: number } | null {
  const match = /^\$?([A-Za-z]{1,3})\$?(\d+)$/.exec(address);
  if (!match?.[1] || !match[2]) return null;
  return { row: Number(match[2]), column: columnNumber(match[1]) };
}

/** The row of a cell address (0 when it is none). */
export function rowOfA1(address: A1): number {
  return parseA1(address)?.row ?? 0;
}

/** `A2:R80` (or one cell) as a range; null when it is none. */
export function parseRange(ref: string): CellRange | null {
  const [from = '', to] = ref.split(':');
  const first = parseA1(from);
  const last = to === undefined ? first : parseA1(to);
  if (!first || !last) return null;
  return { top: first.row, left: first.column, bottom: last.row, right: last.column };
}

/** `'Ärenden'!C5` or `Blad1!$C$5:$D$6` as its sheet and first cell; null when it is no such address. */
export function parseSheetAddress(address: string): { sheet: string; cell: A1 } | null {
  const match = /^(?:'((?:[^']|'')+)'|([^!]+))!(.+)$/.exec(address);
  const cell = parseA1(match?.[3]?.split(':')[0] ?? '');
  if (!match || !cell) return null;
  return { sheet: (match[1] ?? match[2] ?? '').replace(/''/g, "'"), cell: a1(cell.row, cell.column) };
}

/** A rectangle of cells, 1-based and inclusive. */
export interface CellRange {
  readonly top: number;
  readonly left: number;
  readonly bottom: number;
  readonly right: number;
}

/** A reference to a cell or range of a named sheet, the name quoted as Excel quotes it. */
export function sheetRef(sheet: string, address: string): string {
  return `'${sheet.replace(/'/g, "''")}'!${address}`;
}
