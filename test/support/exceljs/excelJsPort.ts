import type { Workbook, Worksheet } from 'exceljs';
import { parseRange, rangeA1, type A1 } from '../../../src/core/address';
import { EMPTY, type CellValue } from '../../../src/core/cell';
import { refuse } from '../../../src/core/refusals';
import type { SheetPlan, NewCaseColumn } from '../../../src/core/plan/types';
import type { WorkbookPort } from '../../../src/core/port/workbookPort';
import {
  type CellAt,
  type CellChange,
  cellsIn,
  type WorkbookValues,
} from '../../../src/core/table/workbookValues';
import { CASE_TABLE_NAME } from '../../../src/core/table/caseTable';
import { caseWindowOf, type CaseWindow, type CaseWindowRequest } from '../../../src/core/read/caseWindow';
import { fromExcelCell, toExcel } from './cellValues';
import { readWorkbookValues } from './readValues';
import { addValidation, applyColumnFormat, renderSheet, type RenderOptions } from './renderPlan';

/** The table model exceljs keeps for a table, loaded or created: the two ranges it writes back. */
interface TableModel {
  tableRef?: string;
  ref?: string;
  autoFilterRef?: string;
  columns?: { name: string; filterButton?: boolean }[];
}

/**
 * A workbook file held in memory (the web page, the command line) as the task pane's port. Every
 * action changes only the cells it names: appended rows are written under the table, whose range
 * then grows, and no existing case row is rewritten.
 */
export class ExcelJsWorkbookPort implements WorkbookPort {
  /** The cell last selected, for a page to show; the file opens there too. */
  selected: { sheet: string; cell: A1 } | null = null;

  constructor(
    readonly workbook: Workbook,
    /** Tests of recalculation write formulas without the core's values, so only LibreOffice's are in the file. */
    private readonly render: RenderOptions = { cachedResults: true },
  ) {}

  async readValues(): Promise<WorkbookValues> {
    return readWorkbookValues(this.workbook);
  }

  async readCaseWindow(request: CaseWindowRequest): Promise<CaseWindow | null> {
    return caseWindowOf(await this.readValues(), request);
  }

  async readCells(cells: readonly CellAt[]): Promise<CellValue[]> {
    return cellsIn(await this.readValues(), cells);
  }

  async writeSheets(plans: readonly SheetPlan[], replace: readonly string[]): Promise<void> {
    // Sheet names are one name in any letter case, in Excel as in exceljs's check for a new sheet.
    const named = (name: string) =>
      this.workbook.worksheets.find((w) => w.name.toLowerCase() === name.toLowerCase());
    const replaced = new Set(replace.map((name) => name.toLowerCase()));
    const clash = plans.find((p) => named(p.name) && !replaced.has(p.name.toLowerCase()));
    if (clash) throw refuse.sheetExists({ sheet: clash.name });
    for (const name of replace) {
      const old = named(name);
      if (old) this.workbook.removeWorksheet(old.id);
    }
    for (const plan of plans) renderSheet(this.workbook, plan, this.render);
    this.workbook.calcProperties.fullCalcOnLoad = true;
  }

  async appendCaseRows(rows: readonly (readonly CellValue[])[]): Promise<void> {
    const { sheet, model, range } = this.caseTable();
    rows.forEach((row, i) => this.writeRow(sheet, range.bottom + 1 + i, range.left, row));
    const grown = rangeA1(range.top, range.left, range.bottom + rows.length, range.right);
    model.tableRef = grown;
    model.ref = grown;
    model.autoFilterRef = grown;
  }

  async updateCaseRow(rowIndex: number, row: readonly CellValue[]): Promise<void> {
    const { sheet, range } = this.caseTable();
    const excelRow = range.top + 1 + rowIndex;
    if (excelRow > range.bottom) throw refuse.noCaseRow({ row: rowIndex + 1 });
    this.writeRow(sheet, excelRow, range.left, row);
  }

  async removeCaseRows(rowIndexes: readonly number[]): Promise<void> {
    const from = Math.min(...rowIndexes);
    const gone = new Set(rowIndexes);
    const rows = this.rowsFrom(from);
    this.rewriteFrom(
      from,
      rows.filter((r) => !gone.has(r.index)).map((r) => r.cells),
      rows.length,
    );
  }

  async insertCaseRow(rowIndex: number, row: readonly CellValue[]): Promise<void> {
    const rows = this.rowsFrom(rowIndex);
    this.rewriteFrom(rowIndex, [row, ...rows.map((r) => r.cells)], rows.length);
  }

  /** The case rows from `from` on, their values across the table's columns. */
  private rowsFrom(from: number): { index: number; cells: CellValue[] }[] {
    const { sheet, range } = this.caseTable();
    if (from < 0 || range.top + 1 + from > range.bottom) throw refuse.noCaseRow({ row: from + 1 });
    const rows = [];
    for (let row = range.top + 1 + from; row <= range.bottom; row++) {
      const cells: CellValue[] = [];
      for (let column = range.left; column <= range.right; column++)
        cells.push(fromExcelCell(sheet.getCell(row, column)));
      rows.push({ index: row - range.top - 1, cells });
    }
    return rows;
  }

  /** Writes `rows` from case row `from` on, empties the rest of the `had`, and sizes the table (one row at least). */
  private rewriteFrom(from: number, rows: readonly (readonly CellValue[])[], had: number): void {
    const { sheet, model, range } = this.caseTable();
    const first = range.top + 1 + from;
    rows.forEach((cells, i) => this.writeRow(sheet, first + i, range.left, cells));
    const blank = Array.from({ length: range.right - range.left + 1 }, () => EMPTY);
    for (let i = rows.length; i < had; i++) this.writeRow(sheet, first + i, range.left, blank);
    const ref = rangeA1(range.top, range.left, Math.max(range.top + 1, first + rows.length - 1), range.right);
    model.tableRef = ref;
    model.ref = ref;
    model.autoFilterRef = ref;
  }

  async addCaseColumn(column: NewCaseColumn): Promise<void> {
    const { sheet, model, range } = this.caseTable();
    if (column.column !== range.right + 1) {
      throw refuse.tableChanged({});
    }
    sheet.getCell(range.top, column.column).value = column.header;
    sheet.getColumn(column.column).width = column.width;
    model.columns?.push({ name: column.header, filterButton: true });
    const grown = rangeA1(range.top, range.left, range.bottom, column.column);
    model.tableRef = grown;
    model.ref = grown;
    model.autoFilterRef = grown;
    for (const format of column.formats) applyColumnFormat(sheet, format);
    for (const validation of column.validations) addValidation(sheet, validation);
  }

  async setCells(changes: readonly CellChange[]): Promise<void> {
    for (const change of changes) {
      const sheet = this.workbook.getWorksheet(change.sheet);
      if (!sheet) throw refuse.sheetMissing({ sheet: change.sheet });
      sheet.getCell(change.cell).value = toExcel(change.value);
    }
  }

  async selectCell(sheet: string, cell: A1): Promise<void> {
    this.selected = { sheet, cell };
    const worksheet = this.workbook.getWorksheet(sheet);
    const view = worksheet?.views[0];
    if (view) view.activeCell = cell;
  }

  async selectedCell(): Promise<{ sheet: string; cell: A1 } | null> {
    return this.selected;
  }

  private writeRow(sheet: Worksheet, excelRow: number, left: number, row: readonly CellValue[]): void {
    row.forEach((value, i) => (sheet.getCell(excelRow, left + i).value = toExcel(value)));
  }

  private caseTable() {
    for (const sheet of this.workbook.worksheets) {
      const entry = Object.entries(sheet.tables).find(
        ([name]) => name.toLowerCase() === CASE_TABLE_NAME.toLowerCase(),
      );
      if (!entry) continue;
      const model: TableModel = entry[1].table;
      const ref = model.tableRef ?? model.ref;
      const range = ref ? parseRange(ref) : null;
      if (range) return { sheet, model, range };
    }
    throw refuse.noCaseTable({ table: CASE_TABLE_NAME });
  }
}
