import { parseA1, type A1, type CellRange } from '../address';
import type { CellValue } from '../cell';

/** One sheet's values as read by an adapter: `rows[0]` is Excel row 1, `rows[r][0]` is column A. */
export interface SheetValues {
  readonly name: string;
  readonly rows: readonly (readonly CellValue[])[];
  /**
   * Text a cell holds beside its value, which the personnummer guard reads too: a note, a hyperlink's
   * target, a formula's own text. Given where the adapter can read it (the file adapter does).
   */
  readonly asides?: readonly CellAside[];
  /**
   * Merged areas. A covered cell's value is empty, as Excel counts it (only the top-left cell holds the
   * value); the check reports an area that lies in the case table. Given where the adapter reads them.
   */
  readonly merges?: readonly CellRange[];
  readonly tables: readonly { readonly name: string; readonly range: CellRange }[];
}

export interface CellAside {
  readonly row: number;
  readonly column: number;
  /** `hugeDate`: a number in a date-formatted cell too large for any date; the reader lost its digits. */
  readonly kind: 'note' | 'link' | 'formula' | 'hugeDate';
  readonly text: string;
}

/** What the core needs to know of a workbook; adapters (the package reader, Office.js) produce it. */
export interface WorkbookValues {
  readonly sheets: readonly SheetValues[];
  /**
   * Text a person can see outside the cells: sheet names, headers and footers, defined names, document
   * properties, validations and their prompts, threaded comments, pivot caches, charts and drawings.
   * The personnummer guard reads it. Given where the adapter can read it (the file adapter does).
   */
  readonly texts?: readonly PackageText[];
}

/** One such text, with where a person finds it. */
export interface PackageText {
  readonly kind: PackageTextKind;
  /** The sheet it belongs to, where it belongs to one. */
  readonly sheet?: string;
  readonly text: string;
}

export type PackageTextKind =
  | 'sheetName'
  | 'headerFooter'
  | 'definedName'
  | 'properties'
  | 'validation'
  | 'threadedComment'
  | 'pivotCache'
  | 'chart'
  | 'drawing'
  | 'other';

export function valueAt(sheet: SheetValues, row: number, column: number): CellValue {
  return sheet.rows[row - 1]?.[column - 1] ?? { kind: 'empty' };
}

export function findSheet(workbook: WorkbookValues, name: string): SheetValues | undefined {
  const wanted = name.toLowerCase();
  return workbook.sheets.find((s) => s.name.toLowerCase() === wanted);
}

/** Single cells' values by sheet name (any letter case) and address; empty where the sheet is missing. */
export function cellsIn(
  workbook: WorkbookValues,
  cells: readonly { readonly sheet: string; readonly cell: A1 }[],
): CellValue[] {
  return cells.map(({ sheet, cell }) => {
    const found = findSheet(workbook, sheet);
    const at = parseA1(cell);
    return found && at ? valueAt(found, at.row, at.column) : { kind: 'empty' };
  });
}

/** One cell of a sheet. */
export interface CellAt {
  readonly sheet: string;
  readonly cell: A1;
}

/** A change of one cell, e.g. an accepted fix from the check. */
export interface CellChange {
  readonly sheet: string;
  readonly cell: A1;
  readonly value: CellValue;
}
