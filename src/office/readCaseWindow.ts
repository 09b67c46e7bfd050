import type { CellValue } from '../core/cell';
import { CODEBOOK_SHEET_NAME } from '../core/plan/codebookSheet';
import {
  hasFindWildcards,
  holdsId,
  rowsWanted,
  type CaseWindow,
  type CaseWindowRequest,
} from '../core/read/caseWindow';
import { readCodebookSheet } from '../core/read/readCodebook';
import { CASE_TABLE_NAME } from '../core/table/caseTable';
import { tableFrame } from '../core/table/locateCaseTable';
import type { SheetValues } from '../core/table/workbookValues';
import { fromOffice } from './officeCells';

/**
 * How much of Kodbok is read in one go: far more than a codebook fills (its lists stand two columns each,
 * side by side), and at most about 1.5 MB in the response. A Kodbok that reaches past it is read whole.
 */
const CODEBOOK_BOX = { rows: 400, columns: 80 } as const;

/**
 * The part of the live workbook an action on one case needs, in 3 syncs whatever the number of cases:
 * (1) the sheets and tables, (2) Kodbok and the case table's place and header, (3) the rows asked for and
 * Excel's own Find down the ID column. Null (read the whole workbook instead) without a table `Arenden`,
 * for an ID Find would read as a pattern, or for a Kodbok larger than the box.
 */
export async function readCaseWindow(
  context: Excel.RequestContext,
  request: CaseWindowRequest,
): Promise<CaseWindow | null> {
  if (request.findId && hasFindWildcards(request.findId.id)) return null;
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
  const codebookSheets = codebookRead ? [codebookRead.sheet(kodbok?.name ?? CODEBOOK_SHEET_NAME)] : [];
  const { codebook } = readCodebookSheet({ sheets: codebookSheets });
  const frame = tableFrame(
    table.worksheet.name,
    { top: place.rowIndex + 1, left: place.columnIndex + 1 },
    cellsOf(header)[0] ?? [],
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
  const finds =
    request.findId && idColumn !== undefined
      ? queueFinds({ ...body, left: idColumn - 1, width: 1 }, rowCount, request.findId)
      : [];
  await context.sync();
  return {
    codebook,
    table: frame,
    rowCount,
    rows: rows.map(({ index, range }) => ({ index, cells: cellsOf(range)[0] ?? [] })),
    idRow: firstFound(finds),
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
    sheet: (name: string): SheetValues => ({
      name,
      rows: inBox.isNullObject ? [] : placed(inBox),
      tables: [],
    }),
  };
}

/** A loaded range's cells where they stand on the sheet: `rows[0]` is row 1, `rows[r][0]` column A. */
function placed(range: Excel.Range): CellValue[][] {
  const rows: CellValue[][] = Array.from({ length: range.rowIndex }, () => []);
  const empty: CellValue = { kind: 'empty' };
  for (const cells of cellsOf(range))
    rows.push([...Array.from({ length: range.columnIndex }, () => empty), ...cells]);
  return rows;
}

function cellsOf(range: Excel.Range): CellValue[][] {
  const types = range.valueTypes;
  return range.values.map((row, r) => row.map((value, c) => fromOffice(value, types[r]?.[c] ?? 'Unknown')));
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

type QueuedFind =
  | { readonly kind: 'find'; readonly top: number; readonly found: Excel.Range }
  | { readonly kind: 'cell'; readonly index: number; readonly id: string; readonly range: Excel.Range };

/**
 * Excel's Find down the ID column, around the excepted row: one block above it, one below. Find on a
 * single cell searches the whole sheet, so a block of one row is read and compared here instead.
 */
function queueFinds(
  column: Body,
  rowCount: number,
  find: NonNullable<CaseWindowRequest['findId']>,
): QueuedFind[] {
  const except = find.exceptRow ?? -1;
  const blocks = [
    { from: 0, to: Math.min(except, rowCount) },
    { from: Math.max(except + 1, 0), to: rowCount },
  ].filter((b) => b.to > b.from);
  return blocks.map(({ from, to }): QueuedFind => {
    const range = column.sheet.getRangeByIndexes(column.top + from, column.left, to - from, 1);
    if (to - from === 1)
      return { kind: 'cell', index: from, id: find.id, range: range.load('values,valueTypes') };
    const found = range
      .findOrNullObject(find.id, { completeMatch: true, matchCase: false, searchDirection: 'Forward' })
      .load('rowIndex');
    return { kind: 'find', top: column.top, found };
  });
}

function firstFound(finds: readonly QueuedFind[]): number | null {
  for (const find of finds) {
    if (find.kind === 'cell') {
      const cell = cellsOf(find.range)[0]?.[0];
      if (holdsId(cell, find.id)) return find.index;
    } else if (!find.found.isNullObject) return find.found.rowIndex - find.top;
  }
  return null;
}
