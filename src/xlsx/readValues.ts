import { parseRange } from '../core/address';
import { ValueType, type Cell, type Workbook, type Worksheet } from 'exceljs';
import type { CellValue } from '../core/cell';
import type { CellAside, CellRange, SheetValues, WorkbookValues } from '../core/table/workbookValues';
import { fromExcelCell } from './cellValues';

/** The values of every sheet, and the tables with their ranges, as the core reads them. */
export function readWorkbookValues(workbook: Workbook): WorkbookValues {
  return { sheets: workbook.worksheets.map(readSheet) };
}

function readSheet(sheet: Worksheet): SheetValues {
  const rows: CellValue[][] = [];
  const asides: CellAside[] = [];
  sheet.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    const cells: CellValue[] = [];
    row.eachCell({ includeEmpty: false }, (cell, column) => {
      cells[column - 1] = fromExcelCell(cell);
      addAsides(asides, cell, rowNumber, column);
    });
    rows[rowNumber - 1] = Array.from(cells, (c) => c ?? { kind: 'empty' });
  });
  return { name: sheet.name, rows: Array.from(rows, (r) => r ?? []), tables: tablesOf(sheet), asides };
}

/** A cell's note, link target and formula text: the personnummer guard reads them too. */
function addAsides(out: CellAside[], cell: Cell, row: number, column: number): void {
  const note: unknown = cell.note;
  const noteText =
    typeof note === 'string'
      ? note
      : typeof note === 'object' && note !== null && 'texts' in note && Array.isArray(note.texts)
        ? note.texts.map((t: { text?: unknown }) => String(t.text ?? '')).join('')
        : '';
  if (noteText !== '') out.push({ row, column, kind: 'note', text: noteText });
  if (cell.hyperlink) out.push({ row, column, kind: 'link', text: cell.hyperlink });
  if (cell.type === ValueType.Formula && cell.formula)
    out.push({ row, column, kind: 'formula', text: cell.formula });
}

function tablesOf(sheet: Worksheet): { name: string; range: CellRange }[] {
  return Object.values(sheet.tables ?? {}).flatMap((table) => {
    const model = table.table;
    const ref = model.tableRef ?? model.ref;
    const range = ref ? parseRange(ref) : null;
    return range && model.name ? [{ name: model.name, range }] : [];
  });
}
