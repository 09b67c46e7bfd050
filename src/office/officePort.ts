import { parseSheetAddress, type A1 } from '../core/address';
import { EMPTY, type CellValue } from '../core/cell';
import type { SheetPlan, NewCaseColumn } from '../core/plan/types';
import type { WorkbookPort } from '../core/port/workbookPort';
import type { CellAt, CellChange, WorkbookValues } from '../core/table/workbookValues';
import { CASE_TABLE_NAME } from '../core/table/caseTable';
import { refuse } from '../core/refusals';
import { Batch } from './batch';
import { fromOffice, toOffice } from './officeCells';
import { POINTS_PER_CHARACTER, queueColumnFormat, queueSheet, queueValidation } from './queueSheet';
import { readWorkbook } from './readWorkbook';
import { readCaseWindow } from './readCaseWindow';
import type { CaseWindow, CaseWindowRequest } from '../core/read/caseWindow';
import { reachOfHost, type OfficeReach } from './readAsides';

/** A generous estimate of one single-cell range read: its address and load in the request, value and type back. */
const BYTES_PER_CELL_READ = 160;

/** Runs one batch against the live workbook; `Excel.run` in Office, a fake in tests. */
export type RunBatch = <T>(work: (context: Excel.RequestContext) => Promise<T>) => Promise<T>;

/**
 * The live workbook as the task pane's port: each action is one `Excel.run`, batched, with a sync only
 * where a result is needed or a request would pass 4 MB.
 */
export class OfficeWorkbookPort implements WorkbookPort {
  /** Syncs and the largest request of the last action, for tests and the benchmark. */
  lastStats = { syncs: 0, largestRequestBytes: 0 };

  constructor(
    private readonly run: RunBatch,
    /** What this Excel can tell beyond values (notes, links, merged areas): asked of the host by default. */
    private readonly reach: OfficeReach = reachOfHost(),
  ) {}

  readValues(options: { readonly links?: boolean } = {}): Promise<WorkbookValues> {
    const reach = { ...this.reach, links: this.reach.links && options.links === true };
    return this.run((context) => readWorkbook(context, reach));
  }

  readCaseWindow(request: CaseWindowRequest): Promise<CaseWindow | null> {
    return this.run((context) => readCaseWindow(context, request));
  }

  /** Each cell a range of its own, loaded together: one sync (two for a first look at the sheets' names). */
  readCells(cells: readonly CellAt[]): Promise<CellValue[]> {
    return this.run(async (context) => {
      const batch = new Batch(context);
      const sheets = context.workbook.worksheets.load('items/name');
      await batch.sync();
      const names = new Map(sheets.items.map((s) => [s.name.toLowerCase(), s]));
      const ranges: (Excel.Range | undefined)[] = [];
      for (const { sheet, cell } of cells)
        await batch.addBytes(BYTES_PER_CELL_READ + cell.length, () =>
          ranges.push(names.get(sheet.toLowerCase())?.getRange(cell).load('values,valueTypes')),
        );
      await batch.sync();
      this.lastStats = batch.stats;
      return ranges.map((range) =>
        range ? fromOffice(range.values[0]?.[0], range.valueTypes[0]?.[0] ?? 'Unknown') : EMPTY,
      );
    });
  }

  writeSheets(plans: readonly SheetPlan[], replace: readonly string[]): Promise<void> {
    return this.batched(async (context, batch) => {
      const sheets = context.workbook.worksheets.load('items/name');
      await batch.sync();
      const existing = new Set(sheets.items.map((s) => s.name.toLowerCase()));
      const replaced = new Set(replace.map((name) => name.toLowerCase()));
      const clash = plans.find(
        (p) => existing.has(p.name.toLowerCase()) && !replaced.has(p.name.toLowerCase()),
      );
      if (clash) throw refuse.sheetExists({ sheet: clash.name });
      for (const name of replace) if (existing.has(name.toLowerCase())) sheets.getItem(name).delete();
      for (const plan of plans) await queueSheet(sheets, plan, batch);
    });
  }

  appendCaseRows(rows: readonly (readonly CellValue[])[]): Promise<void> {
    return this.batched(async (context, batch) => {
      const table = context.workbook.tables.getItem(CASE_TABLE_NAME);
      const values = rows.map((row) => row.map(toOffice));
      const chunk = batch.rowsPerWrite(values[0] ?? []);
      for (let start = 0; start < values.length; start += chunk) {
        const part = values.slice(start, start + chunk);
        await batch.add(part, () => table.rows.add(undefined, part));
      }
    });
  }

  updateCaseRow(rowIndex: number, row: readonly CellValue[]): Promise<void> {
    return this.batched(async (context, batch) => {
      const values = [row.map(toOffice)];
      await batch.add(values, () => {
        context.workbook.tables.getItem(CASE_TABLE_NAME).rows.getItemAt(rowIndex).values = values;
      });
    });
  }

  /** Excel deletes the table rows itself (last first, so the indexes hold), and moves what is below. */
  removeCaseRows(rowIndexes: readonly number[]): Promise<void> {
    return this.batched(async (context, batch) => {
      const rows = context.workbook.tables.getItem(CASE_TABLE_NAME).rows.load('count');
      await batch.sync();
      const descending = [...new Set(rowIndexes)].sort((a, b) => b - a);
      // An Excel table keeps one row: when every row goes, the first is emptied instead of deleted.
      const keepOne = descending.length >= rows.count;
      for (const index of descending) {
        if (keepOne && index === 0) rows.getItemAt(0).getRange().clear('Contents');
        else rows.getItemAt(index).delete();
      }
    });
  }

  insertCaseRow(rowIndex: number, row: readonly CellValue[]): Promise<void> {
    return this.batched(async (context, batch) => {
      const values = [row.map(toOffice)];
      await batch.add(values, () =>
        context.workbook.tables.getItem(CASE_TABLE_NAME).rows.add(rowIndex, values),
      );
    });
  }

  addCaseColumn(column: NewCaseColumn): Promise<void> {
    return this.batched(async (context, batch) => {
      const table = context.workbook.tables.getItem(CASE_TABLE_NAME);
      table.columns.add(undefined, undefined, column.header);
      const sheet = context.workbook.worksheets.getItem(column.sheet);
      sheet.getRangeByIndexes(0, column.column - 1, 1, 1).getEntireColumn().format.columnWidth =
        column.width * POINTS_PER_CHARACTER;
      for (const format of column.formats) await queueColumnFormat(sheet, format, batch);
      for (const validation of column.validations) queueValidation(sheet, validation);
    });
  }

  setCells(changes: readonly CellChange[]): Promise<void> {
    return this.batched(async (context, batch) => {
      for (const change of changes) {
        const values = [[toOffice(change.value)]];
        await batch.add(values, () => {
          context.workbook.worksheets.getItem(change.sheet).getRange(change.cell).values = values;
        });
      }
    });
  }

  selectCell(sheet: string, cell: A1): Promise<void> {
    return this.batched(async (context) => {
      const worksheet = context.workbook.worksheets.getItem(sheet);
      worksheet.activate();
      worksheet.getRange(cell).select();
    });
  }

  selectedCell(): Promise<{ sheet: string; cell: A1 } | null> {
    return this.run(async (context) => {
      const active = context.workbook.getActiveCell().load('address');
      await context.sync();
      return parseSheetAddress(active.address);
    });
  }

  /** One Excel.run: queue the work, then one final sync for whatever is still queued. */
  private batched(work: (context: Excel.RequestContext, batch: Batch) => Promise<void>): Promise<void> {
    return this.run(async (context) => {
      const batch = new Batch(context);
      await work(context, batch);
      await batch.sync();
      this.lastStats = batch.stats;
    });
  }
}
