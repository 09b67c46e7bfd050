import { cellText, type CellValue } from '../core/cell';
import type { WorkbookPort } from '../core/port/workbookPort';
import { readCases } from '../core/read/readWorkbook';
import { refuse } from '../core/refusals';
import { cellOf, cellOfRow, emptyRowTest, excelRowOf } from '../core/table/caseTable';
import { windowRow } from '../core/read/caseWindow';
import { readWindow } from './caseEntry';

/** The prefix of the fictitious example's Ärende-IDs: what "Ta bort de fiktiva ärendena" looks for. */
export const EXAMPLE_ID_PREFIX = 'FIKTIV-';

/** A case as it was removed: enough to put it back where it stood. */
export interface RemovedCase {
  readonly rowIndex: number;
  readonly id: string;
  /** Every cell of its table row, the team's own columns too. */
  readonly row: readonly CellValue[];
}

/**
 * Removing cases registered by mistake, and the fictitious example's cases, from the case table; and
 * putting the last removed case back. Rows below move up, as when Excel deletes a table row.
 */
export class RemovalActions {
  constructor(private readonly port: WorkbookPort) {}

  /** A case's Ärende-ID and Excel row, for the confirmation that names it. Reads only that row. */
  async caseLabel(rowIndex: number): Promise<{ id: string; row: number }> {
    const { id, window } = await this.oneRow(rowIndex);
    return { id, row: excelRowOf(window.table, rowIndex) };
  }

  /** Removes one case and returns it, for an undo. Reads only that row. */
  async removeCase(rowIndex: number): Promise<RemovedCase> {
    const { id, row } = await this.oneRow(rowIndex);
    await this.port.removeCaseRows([rowIndex]);
    return { rowIndex, id, row: [...row] };
  }

  private async oneRow(rowIndex: number) {
    const window = await readWindow(this.port, { rows: [rowIndex], lastRows: 0 });
    const row = windowRow(window, rowIndex);
    if (!row) throw refuse.noCaseRow({ row: rowIndex + 1 });
    return { window, row, id: cellText(cellOfRow(window.table, row, 'caseId')) };
  }

  /** Puts a removed case back in the row it had. */
  async undo(removed: RemovedCase): Promise<void> {
    await this.port.insertCaseRow(removed.rowIndex, removed.row);
  }

  /** How many cases hold an example's ID, and how many real ones there are beside them. */
  async exampleCount(): Promise<{ examples: number; others: number }> {
    const { table } = readCases(await this.port.readValues());
    const isEmpty = emptyRowTest(table);
    const examples = this.exampleRows(table).length;
    return { examples, others: table.rows.filter((r) => !isEmpty(r)).length - examples };
  }

  /** Removes exactly the fictitious cases (Ärende-ID FIKTIV-…); returns how many. */
  async removeExampleCases(): Promise<number> {
    const { table } = readCases(await this.port.readValues());
    const rows = this.exampleRows(table);
    if (rows.length > 0) await this.port.removeCaseRows(rows);
    return rows.length;
  }

  private exampleRows(table: ReturnType<typeof readCases>['table']): number[] {
    return table.rows.flatMap((_, i) =>
      cellText(cellOf(table, i, 'caseId')).startsWith(EXAMPLE_ID_PREFIX) ? [i] : [],
    );
  }
}
