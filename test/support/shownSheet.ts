import type { CellValue } from '../../src/core/cell';
import { jsonValue, type ShownJsonValue } from '../../src/core/masking/maskedJson';
import type { MaskCellId } from '../../src/core/masking/cells';
import type { ResultsSheetPlan } from '../../src/core/plan/resultsSheet';
import type { Shown } from './maskingAudit';

/** What the core says each figure and data-quality cell of the result sheet shows. */
export function shownOnPlan(plan: ResultsSheetPlan): Shown {
  const expected = new Map<string, CellValue>();
  for (const cell of plan.cells)
    if (cell.content.kind === 'formula') expected.set(`${cell.row}:${cell.column}`, cell.content.expected);
  return shownAt(plan, (row, column) => expected.get(`${row}:${column}`));
}

/** What a sheet shows at each figure's and data-quality count's address, read by `cellAt`. */
export function shownAt(
  plan: ResultsSheetPlan,
  cellAt: (row: number, column: number) => CellValue | undefined,
): Shown {
  return (cell: MaskCellId): ShownJsonValue | undefined => {
    const at = plan.addresses.get(cell);
    const value = at && cellAt(at.row, at.column);
    return value === undefined ? undefined : jsonValue(value);
  };
}
