import type { A1 } from '../core/address';
import type { CellValue } from '../core/cell';
import type { SheetPlan, NewCaseColumn } from '../core/plan/types';
import type { WorkbookPort } from '../core/port/workbookPort';
import type { CellAt, CellChange, WorkbookValues } from '../core/table/workbookValues';
import type { CaseWindow, CaseWindowRequest } from '../core/read/caseWindow';

/**
 * A port that tells the page when the file changed, so the page can say the file has changes not yet
 * downloaded (and warn before they are lost by closing the tab).
 */
export class ChangeTrackingPort implements WorkbookPort {
  constructor(
    private readonly inner: WorkbookPort,
    private readonly onChange: () => void,
  ) {}

  readValues(options?: { readonly links?: boolean }): Promise<WorkbookValues> {
    return this.inner.readValues(options);
  }

  readCaseWindow(request: CaseWindowRequest): Promise<CaseWindow | null> {
    return this.inner.readCaseWindow(request);
  }

  readCells(cells: readonly CellAt[]): Promise<CellValue[]> {
    return this.inner.readCells(cells);
  }

  async writeSheets(plans: readonly SheetPlan[], replace: readonly string[]): Promise<void> {
    await this.inner.writeSheets(plans, replace);
    this.onChange();
  }

  async appendCaseRows(rows: readonly (readonly CellValue[])[]): Promise<void> {
    await this.inner.appendCaseRows(rows);
    this.onChange();
  }

  async updateCaseRow(rowIndex: number, row: readonly CellValue[]): Promise<void> {
    await this.inner.updateCaseRow(rowIndex, row);
    this.onChange();
  }

  async removeCaseRows(rowIndexes: readonly number[]): Promise<void> {
    await this.inner.removeCaseRows(rowIndexes);
    this.onChange();
  }

  async insertCaseRow(rowIndex: number, row: readonly CellValue[]): Promise<void> {
    await this.inner.insertCaseRow(rowIndex, row);
    this.onChange();
  }

  async addCaseColumn(column: NewCaseColumn): Promise<void> {
    await this.inner.addCaseColumn(column);
    this.onChange();
  }

  async setCells(changes: readonly CellChange[]): Promise<void> {
    await this.inner.setCells(changes);
    this.onChange();
  }

  selectCell(sheet: string, cell: A1): Promise<void> {
    return this.inner.selectCell(sheet, cell);
  }

  selectedCell(): Promise<{ readonly sheet: string; readonly cell: A1 } | null> {
    return this.inner.selectedCell();
  }
}
