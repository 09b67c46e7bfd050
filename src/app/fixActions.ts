import { parseA1 } from '../core/address';
import type { Problem } from '../core/check/problem';
import type { WorkbookPort } from '../core/port/workbookPort';
import { findSheet, valueAt } from '../core/table/workbookValues';
import { worklist, type FixChange, type WorkGroup } from './worklist';

/** The check as a worklist, and one slip fixed on many rows (undoably). */
export class FixActions {
  constructor(
    private readonly port: WorkbookPort,
    private readonly check: () => Promise<Problem[]>,
  ) {}

  /** The check as a worklist: by case, errors first, each problem with its variable and its alike ones. */
  async worklist(): Promise<WorkGroup[]> {
    const problems = await this.check();
    return worklist(await this.port.readValues(), problems);
  }

  /**
   * Writes the fixes of many problems (one slip on many rows) in one go, and returns each cell changed
   * with what it held, for the list the pane shows and for `undoFixes`.
   */
  async applyFixes(problems: readonly Problem[]): Promise<FixChange[]> {
    const values = await this.port.readValues();
    const changes = problems.flatMap((p): FixChange[] => {
      const sheet = findSheet(values, p.sheet);
      const at = parseA1(p.cell);
      if (!p.fix || !sheet || !at) return [];
      return [{ sheet: p.sheet, cell: p.cell, before: valueAt(sheet, at.row, at.column), after: p.fix }];
    });
    await this.port.setCells(changes.map((c) => ({ sheet: c.sheet, cell: c.cell, value: c.after })));
    return changes;
  }

  /** Puts back what the fixes changed. */
  async undoFixes(changes: readonly FixChange[]): Promise<void> {
    await this.port.setCells(changes.map((c) => ({ sheet: c.sheet, cell: c.cell, value: c.before })));
  }
}
