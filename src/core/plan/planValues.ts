import { EMPTY, type CellValue } from '../cell';
import type { SheetValues } from '../table/workbookValues';
import type { SheetPlan } from './types';

/** A plan's value cells as a sheet would read back (formulas as their expected values). */
export function planValues(plan: SheetPlan): SheetValues {
  const rows: CellValue[][] = [];
  for (const cell of plan.cells) {
    const row = (rows[cell.row - 1] ??= []);
    row[cell.column - 1] = cell.content.kind === 'value' ? cell.content.value : cell.content.expected;
  }
  return {
    name: plan.name,
    rows: Array.from(rows, (row) => Array.from(row ?? [], (c) => c ?? EMPTY)),
    tables: [],
  };
}
