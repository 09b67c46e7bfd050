import { parseRange, type CellRange } from '../../../src/core/address';
import { ValueType, type Cell, type Workbook, type Worksheet } from 'exceljs';
import { EMPTY, type CellValue } from '../../../src/core/cell';
import type { CellAside, SheetValues, WorkbookValues } from '../../../src/core/table/workbookValues';
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
      // exceljs gives a merged area's value to every cell it covers; Excel, and the formulas, only to the first.
      cells[column - 1] = cell.isMerged && cell.master !== cell ? EMPTY : fromExcelCell(cell);
      addAsides(asides, cell, rowNumber, column);
    });
    rows[rowNumber - 1] = Array.from(cells, (c) => c ?? { kind: 'empty' });
  });
  return {
    name: sheet.name,
    rows: Array.from(rows, (r) => r ?? []),
    tables: tablesOf(sheet),
    asides,
    merges: mergesOf(sheet),
  };
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
  // exceljs turns a number in a date-formatted cell into a date while reading; past year 275,760 that is
  // an invalid date and the digits are gone. Such a number is no date: often an identity number.
  if (cell.value instanceof Date && Number.isNaN(cell.value.getTime()))
    out.push({ row, column, kind: 'hugeDate', text: '' });
  if (cell.type === ValueType.Formula && cell.formula)
    out.push({ row, column, kind: 'formula', text: cell.formula });
}

/**
 * The sheet's merged areas. exceljs keeps them in a field of its own (`_merges`, master address → Range);
 * its public `model` would build a model of every row first, far too slow at 100,000 cases.
 */
function mergesOf(sheet: Worksheet): CellRange[] {
  const merges: unknown = Reflect.get(sheet, '_merges');
  if (typeof merges !== 'object' || merges === null) return [];
  return Object.values(merges).flatMap((merge: unknown) => {
    const ref = typeof merge === 'object' && merge !== null ? Reflect.get(merge, 'range') : undefined;
    const range = typeof ref === 'string' ? parseRange(ref) : null;
    return range ? [range] : [];
  });
}

function tablesOf(sheet: Worksheet): { name: string; range: CellRange }[] {
  return Object.values(sheet.tables ?? {}).flatMap((table) => {
    const model = table.table;
    const ref = model.tableRef ?? model.ref;
    const range = ref ? parseRange(ref) : null;
    return range && model.name ? [{ name: model.name, range }] : [];
  });
}
