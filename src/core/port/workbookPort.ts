import type { A1 } from '../address';
import type { CellValue } from '../cell';
import type { NewCaseColumn, SheetPlan } from '../plan/types';
import type { CellAt, CellChange, WorkbookValues } from '../table/workbookValues';
import type { CaseWindow, CaseWindowRequest } from '../read/caseWindow';

/**
 * What the task pane needs of a workbook. The live workbook (Office.js) and a workbook file held in the
 * browser or on the command line (the package adapter) both implement it; the pane knows only this.
 */
export interface WorkbookPort {
  /**
   * Every sheet's values and tables, as the core reads them, with notes and merged areas where the adapter
   * can read them. `links`: also each cell's hyperlink target, for the check's personnummer guard; costly
   * in Office.js (a property of every cell), so only the check asks.
   */
  readValues(options?: { readonly links?: boolean }): Promise<WorkbookValues>;
  /**
   * What an action on one case needs, without the other rows: the codebook, the case table's place and
   * columns, the rows asked for, and the first row holding an Ärende-ID. The same syncs at any number of
   * cases in Office.js. Null where the workbook has no case table, or where this port cannot read only part
   * of it (Office.js without a table `Arenden`): the action then reads the whole workbook.
   */
  readCaseWindow(request: CaseWindowRequest): Promise<CaseWindow | null>;
  /** The values of single cells, in the order asked (empty where a sheet is missing); e.g. before a fix. */
  readCells(cells: readonly CellAt[]): Promise<CellValue[]>;
  /** Adds sheets from their plans. A sheet named in `replace` is deleted first; any other existing one is an error. */
  writeSheets(plans: readonly SheetPlan[], replace: readonly string[]): Promise<void>;
  /** Appends rows (in the table's column order) below the last row of the case table. */
  appendCaseRows(rows: readonly (readonly CellValue[])[]): Promise<void>;
  /** Replaces the cells of one case row (0 = the first row under the header). */
  updateCaseRow(rowIndex: number, row: readonly CellValue[]): Promise<void>;
  /**
   * Removes case rows (0 = the first row under the header): the rows below move up and the table shrinks,
   * as Excel deletes table rows. A table left without rows keeps one empty row (an Excel table cannot be
   * empty). Nothing outside the table's columns changes.
   */
  removeCaseRows(rowIndexes: readonly number[]): Promise<void>;
  /** Inserts a case row at `rowIndex` (the rows from there move down), as Excel inserts a table row. */
  insertCaseRow(rowIndex: number, row: readonly CellValue[]): Promise<void>;
  /** Adds a column right of the case table (its cells empty); no other column or row changes. */
  addCaseColumn(column: NewCaseColumn): Promise<void>;
  /** Writes single cells; nothing else changes. */
  setCells(changes: readonly CellChange[]): Promise<void>;
  /** Shows and selects a cell, so the user sees the problem. */
  selectCell(sheet: string, cell: A1): Promise<void>;
  /** The cell the user has selected (the active cell), if any. */
  selectedCell(): Promise<{ readonly sheet: string; readonly cell: A1 } | null>;
}
