import { parseA1, parseRange, rangeA1, type A1, type CellRange } from '../../core/address';
import { EMPTY, num, type CellValue } from '../../core/cell';
import {
  caseDateCells,
  DAYS_FROM_1900_TO_1904,
  inCoreDates,
  type CaseDateCells,
} from '../../core/read/dateSystem';
import type { SheetPlan, NewCaseColumn } from '../../core/plan/types';
import type { WorkbookPort } from '../../core/port/workbookPort';
import { type CellAt, type CellChange, cellsIn, type WorkbookValues } from '../../core/table/workbookValues';
import { refuse } from '../../core/refusals';
import { CASE_TABLE_NAME } from '../../core/table/caseTable';
import type { OpcPackage } from './opcPackage';
import { caseWindowOf, type CaseWindow, type CaseWindowRequest } from '../../core/read/caseWindow';
import { patchCells, type CellWrite } from './patchCells';
import {
  readPackageValues,
  relationshipsOf,
  sheetEntries,
  workbookPart,
  type SheetProgress,
} from './readPackage';
import { addValidations, growTable, setColumnWidth } from './sheetEdits';
import { validationXml } from './sheetXml';
import { parseXml } from './xmlTree';
import { appendPlanStyles, writePlanSheet } from './writePlanSheet';

export interface PackageWriteOptions {
  /** Write the core's figures as the formulas' cached results (off in the LibreOffice suite). */
  readonly cachedResults: boolean;
  /** Told how far reading a large sheet has come, for a page to show. */
  readonly progress?: SheetProgress;
}

/**
 * A workbook file held as its package (the command line, the web page) as the task pane's port. Each
 * action rewrites only the parts it must: the cells it names in their sheet's part, the tool's own sheets,
 * and their index entries. Every other part of the file, a chart, a pivot table or a sheet the team added,
 * is written back byte for byte.
 */
export class PackageWorkbookPort implements WorkbookPort {
  selected: { sheet: string; cell: A1 } | null = null;
  private values: WorkbookValues | null = null;
  private raw: WorkbookValues | null = null;

  constructor(
    readonly pkg: OpcPackage,
    private readonly options: PackageWriteOptions = { cachedResults: true },
  ) {}

  /**
   * The workbook's values as the core counts them: in a workbook on the 1904 date system (old Mac files),
   * the case dates are read in the 1900 system, and written back in the file's own (`patch`).
   */
  async readValues(): Promise<WorkbookValues> {
    this.values ??= inCoreDates(this.rawValues(), this.caseDates()?.cells ?? null, DAYS_FROM_1900_TO_1904);
    return this.values;
  }

  private rawValues(): WorkbookValues {
    this.raw ??= readPackageValues(this.pkg, this.options.progress);
    return this.raw;
  }

  /** In a 1904-system workbook, the case date cells and their sheet's part; null in the 1900 system. */
  private caseDates(): { cells: CaseDateCells; part: string } | null {
    if (!uses1904Dates(this.pkg.text(workbookPart(this.pkg)) ?? '')) return null;
    const cells = caseDateCells(this.rawValues());
    const entry = sheetEntries(this.pkg, workbookPart(this.pkg)).find((e) => e.name === cells?.sheet);
    return cells && entry ? { cells, part: entry.part } : null;
  }

  /** The file is held whole (and read once): the window is taken from its values. */
  async readCaseWindow(request: CaseWindowRequest): Promise<CaseWindow | null> {
    return caseWindowOf(await this.readValues(), request);
  }

  async readCells(cells: readonly CellAt[]): Promise<CellValue[]> {
    return cellsIn(await this.readValues(), cells);
  }

  async writeSheets(plans: readonly SheetPlan[], replace: readonly string[]): Promise<void> {
    const names = sheetEntries(this.pkg, workbookPart(this.pkg)).map((s) => s.name.toLowerCase());
    const replaced = new Set(replace.map((name) => name.toLowerCase()));
    const clash = plans.find(
      (p) => names.includes(p.name.toLowerCase()) && !replaced.has(p.name.toLowerCase()),
    );
    if (clash) throw refuse.sheetExists({ sheet: clash.name });
    this.values = null;
    this.raw = null;
    for (const plan of plans) writePlanSheet(this.pkg, plan, this.options.cachedResults);
  }

  async appendCaseRows(rows: readonly (readonly CellValue[])[]): Promise<void> {
    const table = await this.caseTable();
    const writes = rows.flatMap((row, i) => rowWrites(table.range.bottom + 1 + i, table.range.left, row));
    this.patch(table.sheetPart, writes);
    const { top, left, bottom, right } = table.range;
    this.growTable(table.tablePart, rangeA1(top, left, bottom + rows.length, right));
  }

  async updateCaseRow(rowIndex: number, row: readonly CellValue[]): Promise<void> {
    const table = await this.caseTable();
    const excelRow = table.range.top + 1 + rowIndex;
    if (excelRow > table.range.bottom) throw refuse.noCaseRow({ row: rowIndex + 1 });
    this.patch(table.sheetPart, rowWrites(excelRow, table.range.left, row));
  }

  async removeCaseRows(rowIndexes: readonly number[]): Promise<void> {
    const { table, rows } = await this.caseRows(Math.min(...rowIndexes));
    const gone = new Set(rowIndexes);
    const kept = rows.filter((r) => !gone.has(r.index));
    this.rewriteRowsFrom(
      table,
      Math.min(...rowIndexes),
      kept.map((r) => r.cells),
      rows.length,
    );
  }

  async insertCaseRow(rowIndex: number, row: readonly CellValue[]): Promise<void> {
    const { table, rows } = await this.caseRows(rowIndex);
    this.rewriteRowsFrom(table, rowIndex, [row, ...rows.map((r) => r.cells)], rows.length);
  }

  /**
   * The case rows from `from` on, each with its cells across the table's columns. The file is a file, not
   * Excel: rows are moved by writing their values, so a formula among them would be moved wrongly; that is
   * refused, naming what to do instead.
   */
  private async caseRows(from: number) {
    const table = await this.caseTable();
    const { top, left, bottom, right } = table.range;
    if (from < 0 || top + 1 + from > bottom) throw refuse.noCaseRow({ row: from + 1 });
    const sheet = (await this.readValues()).sheets.find((s) =>
      s.tables.some((t) => t.name.toLowerCase() === CASE_TABLE_NAME.toLowerCase()),
    );
    const first = top + 1 + from;
    const formula = (sheet?.asides ?? []).some(
      (a) =>
        a.kind === 'formula' && a.row >= first && a.row <= bottom && a.column >= left && a.column <= right,
    );
    if (formula) throw refuse.formulasInCaseRows({});
    const rows = [];
    for (let row = first; row <= bottom; row++) {
      const cells: CellValue[] = [];
      for (let column = left; column <= right; column++)
        cells.push(sheet?.rows[row - 1]?.[column - 1] ?? EMPTY);
      rows.push({ index: row - top - 1, cells });
    }
    return { table, rows };
  }

  /** Writes `rows` from case row `from` on, clears what is left of the `had` rows there, and sizes the table. */
  private rewriteRowsFrom(
    table: { sheetPart: string; tablePart: string; range: CellRange },
    from: number,
    rows: readonly (readonly CellValue[])[],
    had: number,
  ): void {
    const { top, left, right } = table.range;
    const first = top + 1 + from;
    const width = right - left + 1;
    const blank: CellValue[] = Array.from({ length: width }, () => EMPTY);
    const writes = rows.flatMap((cells, i) => rowWrites(first + i, left, cells));
    for (let i = rows.length; i < had; i++) writes.push(...rowWrites(first + i, left, blank));
    this.patch(table.sheetPart, writes);
    // An Excel table keeps at least one row under its header.
    const bottom = Math.max(top + 1, first + rows.length - 1);
    this.growTable(table.tablePart, rangeA1(top, left, bottom, right));
  }

  async addCaseColumn(column: NewCaseColumn): Promise<void> {
    const table = await this.caseTable();
    const { top, left, bottom, right } = table.range;
    if (column.column !== right + 1) throw refuse.tableChanged({});
    const styles = appendPlanStyles(
      this.pkg,
      column.formats.map((f) => f.style),
    );
    const writes: CellWrite[] = [
      { row: top, column: column.column, value: { kind: 'text', text: column.header } },
    ];
    for (const format of column.formats)
      for (let row = format.fromRow; row <= format.toRow; row++)
        writes.push({
          row,
          column: format.column,
          ...(styles.has(format.style) ? { style: styles.get(format.style) } : {}),
        });
    this.patch(table.sheetPart, writes);
    const xml = this.pkg.text(table.sheetPart) ?? '';
    const widened = setColumnWidth(xml, column.column, column.width);
    this.pkg.setText(table.sheetPart, addValidations(widened, column.validations.map(validationXml)));
    this.growTable(table.tablePart, rangeA1(top, left, bottom, column.column), column.header);
  }

  async setCells(changes: readonly CellChange[]): Promise<void> {
    const entries = sheetEntries(this.pkg, workbookPart(this.pkg));
    const bySheet = new Map<string, CellWrite[]>();
    for (const change of changes) {
      const entry =
        entries.find((e) => e.name === change.sheet) ??
        entries.find((e) => e.name.toLowerCase() === change.sheet.toLowerCase());
      const at = parseA1(change.cell);
      if (!entry || entry.part === '' || !at) throw refuse.sheetMissing({ sheet: change.sheet });
      bySheet.set(entry.part, [...(bySheet.get(entry.part) ?? []), { ...at, value: change.value }]);
    }
    for (const [part, writes] of bySheet) this.patch(part, writes);
  }

  async selectCell(sheet: string, cell: A1): Promise<void> {
    this.selected = { sheet, cell };
  }

  async selectedCell(): Promise<{ sheet: string; cell: A1 } | null> {
    return this.selected;
  }

  private patch(part: string, given: readonly CellWrite[]): void {
    if (given.length === 0) return;
    const dates = this.caseDates();
    const writes = dates?.part === part ? given.map((w) => inFileDates(w, dates.cells)) : given;
    this.values = null;
    this.raw = null;
    this.pkg.setText(part, patchCells(this.pkg.text(part) ?? '', writes));
  }

  private growTable(part: string, ref: string, newColumn?: string): void {
    this.values = null;
    this.raw = null;
    this.pkg.setText(part, growTable(this.pkg.text(part) ?? '', ref, newColumn));
  }

  /** The case table: its sheet's part, its own part and its range. */
  private async caseTable(): Promise<{ sheetPart: string; tablePart: string; range: CellRange }> {
    for (const entry of sheetEntries(this.pkg, workbookPart(this.pkg))) {
      if (entry.part === '') continue;
      for (const rel of relationshipsOf(this.pkg, entry.part)) {
        if (rel.kind !== 'table' || rel.external) continue;
        const table = parseXml(this.pkg.text(rel.target) ?? '<table/>');
        const name = table.attrs['displayName'] ?? table.attrs['name'] ?? '';
        const range = parseRange(table.attrs['ref'] ?? '');
        if (name.toLowerCase() === CASE_TABLE_NAME.toLowerCase() && range)
          return { sheetPart: entry.part, tablePart: rel.target, range };
      }
    }
    throw refuse.noCaseTable({ table: CASE_TABLE_NAME });
  }
}

/** A case date written into a 1904-system workbook: in the file's own date system. */
function inFileDates(write: CellWrite, dates: CaseDateCells): CellWrite {
  const { value } = write;
  if (write.row <= dates.headerRow || !dates.columns.has(write.column) || value?.kind !== 'number')
    return write;
  return { ...write, value: num(value.value - DAYS_FROM_1900_TO_1904) };
}

/** Whether workbook.xml says the 1904 date system (`<workbookPr date1904="1"/>`). */
const uses1904Dates = (workbookXml: string) =>
  /<(?:\w+:)?workbookPr\b[^>]*\bdate1904\s*=\s*["'](?:1|true)["']/.test(workbookXml);

function rowWrites(row: number, left: number, values: readonly CellValue[]): CellWrite[] {
  return values.map((value, i) => ({ row, column: left + i, value }));
}
