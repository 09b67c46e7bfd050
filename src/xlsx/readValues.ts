import type { Workbook, Worksheet } from 'exceljs';
import type { CellValue } from '../core/cell';
import type { CellRange, SheetValues, WorkbookValues } from '../core/table/workbookValues';
import { fromExcelCell } from './cellValues';

/** The values of every sheet, and the tables with their ranges, as the core reads them. */
export function readWorkbookValues(workbook: Workbook): WorkbookValues {
  return { sheets: workbook.worksheets.map(readSheet) };
}

function readSheet(sheet: Worksheet): SheetValues {
  const rows: CellValue[][] = [];
  sheet.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    const cells: CellValue[] = [];
    row.eachCell({ includeEmpty: false }, (cell, column) => {
      cells[column - 1] = fromExcelCell(cell);
    });
    rows[rowNumber - 1] = Array.from(cells, (c) => c ?? { kind: 'empty' });
  });
  return { name: sheet.name, rows: Array.from(rows, (r) => r ?? []), tables: tablesOf(sheet) };
}

function tablesOf(sheet: Worksheet): { name: string; range: CellRange }[] {
  return Object.values(sheet.tables ?? {}).flatMap((table) => {
    const model = table.table;
    const ref = model.tableRef ?? model.ref;
    const range = ref ? parseRange(ref) : null;
    return range && model.name ? [{ name: model.name, range }] : [];
  });
}

export function parseRange(ref: string): CellRange | null {
  const match = /^\$?([A-Z]+)\$?(\d+)(?::\$?([A-Z]+)\$?(\d+))?$/.exec(ref.toUpperCase());
  if (!match?.[1] || !match[2]) return null;
  const left = columnNumber(match[1]);
  const top = Number(match[2]);
  return { top, left, bottom: Number(match[4] ?? top), right: match[3] ? columnNumber(match[3]) : left };
}

function columnNumber(letters: string): number {
  return [...letters].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0);
}
