import { EMPTY, isTrulyEmpty, type CellValue } from '../cell';
import type { Codebook, VariableKey } from '../codebook/types';

/** The case rows of a workbook, wherever and in whatever column order they stand. */
export interface CaseTable {
  readonly sheetName: string;
  /** Excel row of the header; data rows follow directly below. */
  readonly headerRow: number;
  readonly firstColumn: number;
  readonly headers: readonly string[];
  /** Excel column of each variable found in the header. */
  readonly columnOf: Readonly<Partial<Record<VariableKey, number>>>;
  /** One entry per table row, `cells[i]` being column `firstColumn + i`. Empty rows are kept. */
  readonly rows: readonly (readonly CellValue[])[];
  /** True when the rows are an Excel table named `Arenden`, which the result formulas refer to. */
  readonly isNamedTable: boolean;
}

/** Where the case table stands and what its columns are, without its rows: what an action on one case reads. */
export type CaseTableFrame = Omit<CaseTable, 'rows'>;

export const CASE_TABLE_NAME = 'Arenden';
export const CASE_SHEET_NAME = 'Ärenden';

export function excelRowOf(table: CaseTableFrame, rowIndex: number): number {
  return table.headerRow + 1 + rowIndex;
}

export function cellOf(table: CaseTable, rowIndex: number, key: VariableKey): CellValue {
  return cellOfRow(table, table.rows[rowIndex] ?? [], key);
}

/** A variable's cell in one row of the table (its cells in the table's column order). */
export function cellOfRow(table: CaseTableFrame, row: readonly CellValue[], key: VariableKey): CellValue {
  const column = table.columnOf[key];
  return column === undefined ? EMPTY : (row[column - table.firstColumn] ?? EMPTY);
}

/**
 * A row that is no case: every follow-up variable's cell ISBLANK. The team's own extra columns do not
 * count, so the result formulas never need to name them (LibreOffice cannot parse every column name).
 */
export function emptyRowTest(table: CaseTableFrame): (row: readonly CellValue[]) => boolean {
  const offsets = variableColumns(table).map((column) => column - table.firstColumn);
  return (row) => offsets.every((offset) => isTrulyEmpty(row[offset] ?? EMPTY));
}

/**
 * Each follow-up variable's header as the table spells it, in table order: what the formulas may name.
 * The team's extra columns are left out.
 */
export function variableHeaders(table: CaseTable, codebook: Codebook): Map<VariableKey, string> {
  const found = codebook.variables.flatMap((v) => {
    const column = table.columnOf[v.key];
    return column === undefined ? [] : [{ key: v.key, column }];
  });
  found.sort((a, b) => a.column - b.column);
  return new Map(found.map(({ key, column }) => [key, table.headers[column - table.firstColumn] ?? '']));
}

export function mapHeaders(headers: readonly string[], firstColumn: number, codebook: Codebook) {
  const columnOf: Partial<Record<VariableKey, number>> = {};
  headers.forEach((header, i) => {
    const variable = codebook.variables.find((v) => v.name.toLowerCase() === header.trim().toLowerCase());
    if (variable && columnOf[variable.key] === undefined) columnOf[variable.key] = firstColumn + i;
  });
  return columnOf;
}

export function missingVariables(table: CaseTable, codebook: Codebook): string[] {
  return codebook.variables.filter((v) => table.columnOf[v.key] === undefined).map((v) => v.name);
}

const columnMemo = new WeakMap<CaseTable, Map<VariableKey, readonly CellValue[]>>();

/**
 * One variable's cells down the table (EMPTY where the column is missing). Extracted once per table and
 * variable: the figures pass over the same columns many times, and at 100,000 rows copies cost.
 */
export function columnValues(table: CaseTable, key: VariableKey): readonly CellValue[] {
  const memo = columnMemo.get(table) ?? new Map<VariableKey, readonly CellValue[]>();
  columnMemo.set(table, memo);
  const known = memo.get(key);
  if (known) return known;
  const column = table.columnOf[key];
  const offset = column === undefined ? -1 : column - table.firstColumn;
  const values = table.rows.map((row) => (offset < 0 ? EMPTY : (row[offset] ?? EMPTY)));
  memo.set(key, values);
  return values;
}

/** The Excel columns of the table that hold a codebook variable. */
export function variableColumns(table: CaseTableFrame): number[] {
  return Object.values(table.columnOf).filter((column) => column !== undefined);
}
