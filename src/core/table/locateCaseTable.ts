import { cellText, EMPTY, type CellValue } from '../cell';
import { variableOf, type Codebook } from '../codebook/types';
import {
  CASE_SHEET_NAME,
  CASE_TABLE_NAME,
  mapHeaders,
  type CaseTable,
  type CaseTableFrame,
} from './caseTable';
import { valueAt, type SheetValues, type WorkbookValues } from './workbookValues';
import type { CellRange } from '../address';

const HEADER_SEARCH_ROWS = 30;
const OWN_SHEETS = ['kodbok', 'inställningar', 'resultat'];

/**
 * Finds the case rows: the Excel table `Arenden` if there is one, otherwise the first row (on the case
 * sheet first, then any sheet) that holds the header `Ärende-ID`. Null when neither exists.
 */
export function locateCaseTable(workbook: WorkbookValues, codebook: Codebook): CaseTable | null {
  for (const sheet of workbook.sheets) {
    const table = sheet.tables.find((t) => t.name.toLowerCase() === CASE_TABLE_NAME.toLowerCase());
    if (table) return tableFromRange(sheet, table.range, codebook, true);
  }
  // The tool's own sheets list the variable names too (Kodbok's column A): they hold no cases.
  const ordered = [...workbook.sheets]
    .filter((s) => !OWN_SHEETS.includes(s.name.toLowerCase()))
    .sort((a, b) => rank(a) - rank(b));
  for (const sheet of ordered) {
    const found = findHeaderRow(sheet, codebook);
    if (found) return tableFromRange(sheet, found, codebook, false);
  }
  return null;
}

const rank = (sheet: SheetValues) => (sheet.name.toLowerCase() === CASE_SHEET_NAME.toLowerCase() ? 0 : 1);

function findHeaderRow(sheet: SheetValues, codebook: Codebook): CellRange | null {
  const idName = variableOf(codebook, 'caseId').name.toLowerCase();
  for (let r = 1; r <= Math.min(HEADER_SEARCH_ROWS, sheet.rows.length); r++) {
    const row = sheet.rows[r - 1] ?? [];
    const idColumn = row.findIndex((c) => cellText(c).toLowerCase() === idName);
    if (idColumn < 0) continue;
    const left = firstHeaderColumn(row, idColumn);
    const right = lastHeaderColumn(row, idColumn);
    return { top: r, left: left + 1, bottom: lastUsedRow(sheet, left + 1, right + 1), right: right + 1 };
  }
  return null;
}

function firstHeaderColumn(row: readonly CellValue[], from: number): number {
  let left = from;
  while (left > 0 && cellText(row[left - 1]) !== '') left--;
  return left;
}

function lastHeaderColumn(row: readonly CellValue[], from: number): number {
  let right = from;
  while (right + 1 < row.length && cellText(row[right + 1]) !== '') right++;
  return right;
}

function lastUsedRow(sheet: SheetValues, left: number, right: number): number {
  for (let r = sheet.rows.length; r > 0; r--) {
    const row = sheet.rows[r - 1] ?? [];
    for (let c = left; c <= right; c++) if ((row[c - 1]?.kind ?? 'empty') !== 'empty') return r;
  }
  return 0;
}

function tableFromRange(sheet: SheetValues, range: CellRange, codebook: Codebook, named: boolean): CaseTable {
  const header: CellValue[] = [];
  for (let c = range.left; c <= range.right; c++) header.push(valueAt(sheet, range.top, c));
  const width = range.right - range.left + 1;
  const rows: CellValue[][] = [];
  for (let r = range.top + 1; r <= range.bottom; r++) {
    const row = (sheet.rows[r - 1] ?? []).slice(range.left - 1, range.right);
    for (let c = 0; c < width; c++) row[c] ??= EMPTY;
    rows.push(row);
  }
  return { ...tableFrame(sheet.name, range, header, codebook, named), rows };
}

/** The table's place and columns from its header row's cells: shared with a port that reads no rows. */
export function tableFrame(
  sheetName: string,
  range: Pick<CellRange, 'top' | 'left'>,
  header: readonly CellValue[],
  codebook: Codebook,
  named: boolean,
): CaseTableFrame {
  // Kept as written, spaces and all: the result formulas must name each column exactly.
  const headers = header.map((cell) => cellText(cell, { trim: false }));
  return {
    sheetName,
    headerRow: range.top,
    firstColumn: range.left,
    headers,
    columnOf: mapHeaders(headers, range.left, codebook),
    isNamedTable: named,
  };
}
