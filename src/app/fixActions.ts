import { EMPTY } from '../core/cell';
import type { Problem } from '../core/table/problem';
import type { WorkbookPort } from '../core/port/workbookPort';
import type { WorkbookValues } from '../core/table/workbookValues';
import { worklist, type FixChange, type WorkGroup } from './worklist';

/** The check as a worklist, and one slip fixed on many rows (undoably). */
export class FixActions {
  constructor(
    private readonly port: WorkbookPort,
    /** The check, with the values it read: the worklist is built from the same reading. */
    private readonly check: () => Promise<{ values: WorkbookValues; problems: Problem[] }>,
  ) {}

  /** The check as a worklist: by case, errors first, each problem with its variable and its alike ones. */
  async worklist(): Promise<WorkGroup[]> {
    const { values, problems } = await this.check();
    return worklist(values, problems);
  }

  /**
   * Writes the fixes of many problems (one slip on many rows) in one go, and returns each cell changed
   * with what it held, for the list the pane shows and for `undoFixes`.
   */
  async applyFixes(problems: readonly Problem[]): Promise<FixChange[]> {
    const fixed = problems.flatMap((p) => (p.fix ? [{ sheet: p.sheet, cell: p.cell, after: p.fix }] : []));
    // Only the cells to be changed are read, for the undo: not the whole workbook.
    const before = await this.port.readCells(fixed);
    const changes = fixed.map((f, i): FixChange => ({ ...f, before: before[i] ?? EMPTY }));
    await this.port.setCells(changes.map((c) => ({ sheet: c.sheet, cell: c.cell, value: c.after })));
    return changes;
  }

  /** Puts back what the fixes changed. */
  async undoFixes(changes: readonly FixChange[]): Promise<void> {
    await this.port.setCells(changes.map((c) => ({ sheet: c.sheet, cell: c.cell, value: c.before })));
  }
}
