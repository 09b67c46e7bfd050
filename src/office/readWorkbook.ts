import type { CellValue } from '../core/cell';
import type { CellRange, WorkbookValues } from '../core/table/workbookValues';
import { MAX_REQUEST_BYTES } from './batch';
import { fromOffice } from './officeCells';

/** A generous estimate of one cell in a response (value and value type as JSON). */
const BYTES_PER_CELL = 48;

interface SheetShape {
  readonly name: string;
  readonly used: Excel.Range;
}

/**
 * Every sheet's values and the tables, in 2 syncs plus one per 4 MB of cells read: Excel on the web
 * refuses larger responses, so large sheets are read in row chunks, but never row by row.
 */
export async function readWorkbook(context: Excel.RequestContext): Promise<WorkbookValues> {
  const worksheets = context.workbook.worksheets.load('items/name');
  const tables = context.workbook.tables.load('items/name,items/worksheet/name');
  await context.sync();
  const shapes: SheetShape[] = worksheets.items.map((sheet) => ({
    name: sheet.name,
    used: sheet.getUsedRangeOrNullObject(true).load('rowIndex,columnIndex,rowCount,columnCount'),
  }));
  const tableRanges = tables.items.map((table) => ({
    name: table.name,
    sheet: table.worksheet.name,
    range: table.getRange().load('rowIndex,columnIndex,rowCount,columnCount'),
  }));
  await context.sync();
  const rowsBySheet = await readValues(context, shapes);
  return {
    sheets: shapes.map((shape) => ({
      name: shape.name,
      rows: rowsBySheet.get(shape.name) ?? [],
      tables: tableRanges
        .filter((t) => t.sheet === shape.name)
        .map((t) => ({ name: t.name, range: rangeOf(t.range) })),
    })),
  };
}

function rangeOf(range: Excel.Range): CellRange {
  return {
    top: range.rowIndex + 1,
    left: range.columnIndex + 1,
    bottom: range.rowIndex + range.rowCount,
    right: range.columnIndex + range.columnCount,
  };
}

async function readValues(context: Excel.RequestContext, shapes: readonly SheetShape[]) {
  const rows = new Map<string, CellValue[][]>();
  let pending: { name: string; first: number; left: number; range: Excel.Range }[] = [];
  let pendingBytes = 0;
  const flush = async () => {
    await context.sync();
    for (const chunk of pending) place(rows, chunk.name, chunk.first, chunk.left, chunk.range);
    pending = [];
    pendingBytes = 0;
  };
  for (const { name, used } of shapes) {
    if (used.isNullObject) continue;
    const perChunk = Math.max(1, Math.floor(MAX_REQUEST_BYTES / (BYTES_PER_CELL * used.columnCount)));
    for (let start = 0; start < used.rowCount; start += perChunk) {
      const count = Math.min(perChunk, used.rowCount - start);
      const bytes = count * used.columnCount * BYTES_PER_CELL;
      if (pendingBytes > 0 && pendingBytes + bytes > MAX_REQUEST_BYTES) await flush();
      const range = used
        .getOffsetRange(start, 0)
        .getResizedRange(count - used.rowCount, 0)
        .load('values,valueTypes');
      pending.push({ name, first: used.rowIndex + start, left: used.columnIndex, range });
      pendingBytes += bytes;
    }
  }
  if (pending.length > 0) await flush();
  return rows;
}

function place(
  rows: Map<string, CellValue[][]>,
  name: string,
  first: number,
  left: number,
  range: Excel.Range,
): void {
  const sheetRows = rows.get(name) ?? [];
  rows.set(name, sheetRows);
  const valueTypes = range.valueTypes;
  range.values.forEach((values, r) => {
    const types = valueTypes[r] ?? [];
    const row: CellValue[] = Array.from({ length: left }, () => ({ kind: 'empty' }));
    values.forEach((value, c) => row.push(fromOffice(value, types[c] ?? 'Unknown')));
    sheetRows[first + r] = row;
  });
  for (let i = 0; i < sheetRows.length; i++) sheetRows[i] ??= [];
}
