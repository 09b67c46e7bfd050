import type { CellValue } from '../core/cell';
import type { CellAside, WorkbookValues } from '../core/table/workbookValues';
import type { CellRange } from '../core/address';
import { MAX_REQUEST_BYTES } from './batch';
import { cellsOfRange, placeCells } from './officeCells';
import { FULL_REACH, linkAsides, mergedAreas, queueTexts, textAsides, type OfficeReach } from './readAsides';

/** A generous estimate of one cell in a response (value and value type as JSON), and of its hyperlink property. */
const BYTES_PER_CELL = 48;
const BYTES_PER_LINK = 24;

interface SheetShape {
  readonly name: string;
  readonly used: Excel.Range;
}

/**
 * Every sheet's values and the tables, in 2 syncs plus one per 4 MB of cells read: Excel on the web
 * refuses larger responses, so large sheets are read in row chunks, but never row by row. Notes,
 * comments, hyperlinks and merged areas come with them (no sync of their own), where the host has them.
 */
export async function readWorkbook(
  context: Excel.RequestContext,
  reach: OfficeReach = FULL_REACH,
): Promise<WorkbookValues> {
  const worksheets = context.workbook.worksheets.load('items/name');
  const tables = context.workbook.tables.load('items/name,items/worksheet/name');
  const texts = queueTexts(context, reach);
  await context.sync();
  const located = texts.locate();
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
  const notes = textAsides(located);
  const read = await readValues(context, shapes, reach);
  return {
    sheets: shapes.map((shape) => ({
      name: shape.name,
      rows: read.rows.get(shape.name) ?? [],
      tables: tableRanges
        .filter((t) => t.sheet === shape.name)
        .map((t) => ({ name: t.name, range: rangeOf(t.range) })),
      asides: [...(notes.get(shape.name) ?? []), ...(read.links.get(shape.name) ?? [])],
      merges: read.merges.get(shape.name) ?? [],
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

interface Chunk {
  readonly name: string;
  readonly first: number;
  readonly left: number;
  readonly range: Excel.Range;
  readonly links: OfficeExtension.ClientResult<Excel.CellProperties[][]> | null;
}

async function readValues(context: Excel.RequestContext, shapes: readonly SheetShape[], reach: OfficeReach) {
  const rows = new Map<string, CellValue[][]>();
  const links = new Map<string, CellAside[]>();
  const areas = new Map<string, Excel.RangeAreas>();
  const perCell = BYTES_PER_CELL + (reach.links ? BYTES_PER_LINK : 0);
  let pending: Chunk[] = [];
  let pendingBytes = 0;
  const flush = async () => {
    await context.sync();
    for (const chunk of pending) {
      const sheetRows = rows.get(chunk.name) ?? [];
      rows.set(chunk.name, sheetRows);
      placeCells(sheetRows, chunk.first, chunk.left, cellsOfRange(chunk.range));
      if (chunk.links)
        links.set(chunk.name, [
          ...(links.get(chunk.name) ?? []),
          ...linkAsides(chunk.links.value, chunk.first + 1, chunk.left + 1),
        ]);
    }
    pending = [];
    pendingBytes = 0;
  };
  for (const { name, used } of shapes) {
    if (used.isNullObject) continue;
    // Loaded with the sheet's first chunk of values: no sync of its own.
    if (reach.merges) areas.set(name, used.getMergedAreasOrNullObject().load('address'));
    const perChunk = Math.max(1, Math.floor(MAX_REQUEST_BYTES / (perCell * used.columnCount)));
    for (let start = 0; start < used.rowCount; start += perChunk) {
      const count = Math.min(perChunk, used.rowCount - start);
      const bytes = count * used.columnCount * perCell;
      if (pendingBytes > 0 && pendingBytes + bytes > MAX_REQUEST_BYTES) await flush();
      const range = used
        .getOffsetRange(start, 0)
        .getResizedRange(count - used.rowCount, 0)
        .load('values,valueTypes');
      const cellLinks = reach.links ? range.getCellProperties({ hyperlink: true }) : null;
      pending.push({ name, first: used.rowIndex + start, left: used.columnIndex, range, links: cellLinks });
      pendingBytes += bytes;
    }
  }
  if (pending.length > 0) await flush();
  const merges = new Map([...areas].map(([name, area]) => [name, mergedAreas(area)]));
  return { rows, links, merges };
}
