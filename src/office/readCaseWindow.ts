import type { CellValue } from '../core/cell';
import { CODEBOOK_SHEET_NAME } from '../core/layout/kodbokLayout';
import { matchable, rowsWanted, type CaseWindow, type CaseWindowRequest } from '../core/read/caseWindow';
import { readCodebookSheet } from '../core/read/readCodebook';
import { CASE_TABLE_NAME } from '../core/table/caseTable';
import { tableFrame } from '../core/table/locateCaseTable';
import type { SheetValues } from '../core/table/workbookValues';
import { cellsOfRange, placeCells } from './officeCells';

/**
 * How much of Kodbok is read in one go: far more than a codebook fills (its lists stand two columns each,
 * side by side), and at most about 1.5 MB in the response. A Kodbok that reaches past it is read whole.
 */
const CODEBOOK_BOX = { rows: 400, columns: 80 } as const;

/**
 * The part of the live workbook an action on one case needs, in 3 syncs whatever the number of cases:
 * (1) the sheets and tables, (2) Kodbok and the case table's place and header, (3) the rows asked for and
 * Excel's own MATCH down the ID column. Null (read the whole workbook instead) without a table `Arenden`,
 * for an ID MATCH cannot look for as it is (a pattern, or too long), or for a Kodbok larger than the box.
 */
export async function readCaseWindow(
  context: Excel.RequestContext,
  request: CaseWindowRequest,
): Promise<CaseWindow | null> {
  if (request.findId && !matchable(request.findId.id)) return null;
  const sheets = context.workbook.worksheets.load('items/name');
  const tables = context.workbook.tables.load('items/name,items/worksheet/name');
  await context.sync();
  const table = tables.items.find((t) => t.name.toLowerCase() === CASE_TABLE_NAME.toLowerCase());
  if (!table) return null;
  const kodbok = sheets.items.find((s) => s.name.toLowerCase() === CODEBOOK_SHEET_NAME.toLowerCase());
  const codebookRead = kodbok ? queueCodebook(kodbok) : null;
  const place = table.getRange().load('rowIndex,columnIndex,rowCount,columnCount');
  const header = table.getHeaderRowRange().load('values,valueTypes');
  await context.sync();
  if (codebookRead && !codebookRead.fits()) return null;
  const { codebook } = readCodebookSheet({ sheets: codebookRead ? [codebookRead.sheet()] : [] });
  const frame = tableFrame(
    table.worksheet.name,
    { top: place.rowIndex + 1, left: place.columnIndex + 1 },
    cellsOfRange(header)[0] ?? [],
    codebook,
    true,
  );
  const body = {
    sheet: table.worksheet,
    top: place.rowIndex + 1,
    left: place.columnIndex,
    width: place.columnCount,
  };
  const rowCount = place.rowCount - 1;
  const rows = queueRows(body, rowsWanted(request, rowCount));
  const idColumn = frame.columnOf.caseId;
  const matches =
    request.findId && idColumn !== undefined
      ? queueMatches(context, { ...body, left: idColumn - 1, width: 1 }, rowCount, request.findId)
      : [];
  await context.sync();
  return {
    codebook,
    table: frame,
    rowCount,
    rows: rows.map(({ index, range }) => ({ index, cells: cellsOfRange(range)[0] ?? [] })),
    idRow: firstFound(matches),
  };
}

/** Kodbok's used range and, of it, what lies inside the box. */
function queueCodebook(sheet: Excel.Worksheet) {
  const used = sheet.getUsedRange(true).load('rowIndex,columnIndex,rowCount,columnCount');
  const box = sheet.getRangeByIndexes(0, 0, CODEBOOK_BOX.rows, CODEBOOK_BOX.columns);
  const inBox = used.getIntersectionOrNullObject(box).load('rowIndex,columnIndex,values,valueTypes');
  return {
    fits: () =>
      used.rowIndex + used.rowCount <= CODEBOOK_BOX.rows &&
      used.columnIndex + used.columnCount <= CODEBOOK_BOX.columns,
    sheet: (): SheetValues => {
      const rows: CellValue[][] = [];
      if (!inBox.isNullObject) placeCells(rows, inBox.rowIndex, inBox.columnIndex, cellsOfRange(inBox));
      return { name: sheet.name, rows, tables: [] };
    },
  };
}

interface Body {
  readonly sheet: Excel.Worksheet;
  /** 0-based sheet row of the table's first row under the header. */
  readonly top: number;
  readonly left: number;
  readonly width: number;
}

function queueRows(body: Body, indexes: readonly number[]): { index: number; range: Excel.Range }[] {
  return indexes.map((index) => ({
    index,
    range: body.sheet.getRangeByIndexes(body.top + index, body.left, 1, body.width).load('values,valueTypes'),
  }));
}

/** One MATCH of the ID down a block of the ID column; its position is 1-based within the block. */
interface QueuedMatch {
  readonly from: number;
  readonly result: Excel.FunctionResult<number>;
}

/**
 * Excel's own MATCH (exact) down the ID column, around the excepted row: one block above it, one below.
 * MATCH reads every row, filtered or hidden ones too (Find, looking at values, can pass over rows a
 * filter hides), in any letter case;
 * it tells text from numbers, so an ID typed as a number is also looked for as one.
 */
function queueMatches(
  context: Excel.RequestContext,
  column: Body,
  rowCount: number,
  find: NonNullable<CaseWindowRequest['findId']>,
): QueuedMatch[] {
  const except = find.exceptRow ?? -1;
  const blocks = [
    { from: 0, to: Math.min(except, rowCount) },
    { from: Math.max(except + 1, 0), to: rowCount },
  ].filter((b) => b.to > b.from);
  const lookups: (string | number)[] = [find.id];
  const asNumber = numberReadAs(find.id);
  if (asNumber !== null) lookups.push(asNumber);
  return blocks.flatMap(({ from, to }) => {
    const range = column.sheet.getRangeByIndexes(column.top + from, column.left, to - from, 1);
    return lookups.map((value) => ({
      from,
      result: context.workbook.functions.match(value, range, 0).load('value,error'),
    }));
  });
}

/** The number a cell holds when it reads exactly as the ID (14 for "14"; none for "014" or "1e3"). */
function numberReadAs(id: string): number | null {
  const value = Number(id);
  return id.trim() !== '' && Number.isFinite(value) && String(value) === id ? value : null;
}

function firstFound(matches: readonly QueuedMatch[]): number | null {
  const found = matches
    .filter((m) => !m.result.error && typeof m.result.value === 'number')
    .map((m) => m.from + m.result.value - 1);
  return found.length === 0 ? null : Math.min(...found);
}
