import { parseRange } from '../core/address';
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
