import { EMPTY, num, text, type CellValue } from '../core/cell';

/**
 * A text that Excel would parse if written as it is: a formula sign, a number, a date, a truth value.
 * Such text is written with Excel's text prefix (') so the cell keeps exactly what the user had.
 */
function wouldBeParsed(value: string): boolean {
  return /^[=+\-@\s]/.test(value) || /\d/.test(value) || /^(true|false|sant|falskt)$/i.test(value);
}

/** A core value as Office.js `range.values` takes it. */
export function toOffice(value: CellValue): string | number | boolean {
  switch (value.kind) {
    case 'empty':
      return '';
    case 'number':
      return value.value;
    case 'text':
      return value.text !== '' && wouldBeParsed(value.text) ? `'${value.text}` : value.text;
    case 'boolean':
      return value.value;
    case 'error':
      // An error value cannot be written as a value; its literal as a formula gives the same cell.
      return `=${value.code}`;
  }
}

/** A value read with `range.values`, told apart by `range.valueTypes` (an error reads as its text). */
export function fromOffice(
  value: unknown,
  type: Excel.RangeValueType | `${Excel.RangeValueType}`,
): CellValue {
  switch (type) {
    case 'Empty':
      return EMPTY;
    case 'Error':
      return { kind: 'error', code: String(value) };
    case 'Boolean':
      return { kind: 'boolean', value: value === true };
    case 'Double':
    case 'Integer':
      return typeof value === 'number' ? num(value) : EMPTY;
    case 'String':
      return text(String(value));
    default:
      return typeof value === 'number'
        ? num(value)
        : value === '' || value == null
          ? EMPTY
          : text(String(value));
  }
}

/** A loaded range's cells, its `values` told apart by its `valueTypes`. */
export function cellsOfRange(range: Excel.Range): CellValue[][] {
  const types = range.valueTypes;
  return range.values.map((row, r) => row.map((value, c) => fromOffice(value, types[r]?.[c] ?? 'Unknown')));
}

/**
 * Puts cells read from a block into a sheet's rows where they stand: `rows[0]` is Excel row 1, `rows[r][0]`
 * column A; `first` and `left` are the block's 0-based row and column. Rows above it are left empty.
 */
export function placeCells(
  rows: CellValue[][],
  first: number,
  left: number,
  cells: readonly CellValue[][],
): void {
  cells.forEach((cellsOfRow, r) => {
    rows[first + r] = [...Array.from({ length: left }, (): CellValue => EMPTY), ...cellsOfRow];
  });
  for (let i = 0; i < rows.length; i++) rows[i] ??= [];
}
