import { EMPTY, type CellValue } from '../core/cell';
import type { Codebook, VariableKey } from '../core/codebook/types';
import { cellOfRow, type CaseTable, type CaseTableFrame } from '../core/table/caseTable';

export type CaseValues = Partial<Record<VariableKey, CellValue>>;

/** Rows in the codebook's order, placed into the table's own column order; extra columns keep `base`. */
export function toTableRow(
  table: CaseTableFrame,
  codebook: Codebook,
  values: CaseValues,
  base: readonly CellValue[] = [],
): CellValue[] {
  const row = table.headers.map((_, i) => base[i] ?? EMPTY);
  for (const variable of codebook.variables) {
    const column = table.columnOf[variable.key];
    const value = values[variable.key];
    if (column !== undefined && value !== undefined) row[column - table.firstColumn] = value;
  }
  return row;
}

/** A row from the codebook-ordered arrays of the example and the CSV import, as case values. */
export function valuesOf(codebook: Codebook, row: readonly CellValue[]): CaseValues {
  const values: CaseValues = {};
  codebook.variables.forEach((v, i) => (values[v.key] = row[i] ?? EMPTY));
  return values;
}

export function caseValuesAt(table: CaseTable, codebook: Codebook, rowIndex: number): CaseValues {
  return caseValuesOf(table, codebook, table.rows[rowIndex] ?? []);
}

/** One row's cells (in the table's column order) as the codebook's variables. */
export function caseValuesOf(
  table: CaseTableFrame,
  codebook: Codebook,
  row: readonly CellValue[],
): CaseValues {
  const values: CaseValues = {};
  for (const variable of codebook.variables) values[variable.key] = cellOfRow(table, row, variable.key);
  return values;
}
