import { refuse } from '../../core/refusals';
import { SaxesParser, type SaxesTagPlain } from 'saxes';
import { a1, parseA1 } from '../../core/address';
import { EMPTY, type CellValue } from '../../core/cell';
import { valueCellXml } from './sheetXml';
import { applySplices, localName, withPrefix, type Splice } from './xmlTree';

/**
 * A change of one cell of a worksheet part (1-based row and column): a new value, a new format (a
 * cell-format index of styles.xml), or both. What is not given stays as it was.
 */
export interface CellWrite {
  readonly row: number;
  readonly column: number;
  readonly value?: CellValue;
  readonly style?: number;
}

interface FoundCell {
  readonly column: number;
  readonly start: number;
  readonly end: number;
  readonly style: string | undefined;
}

interface FoundRow {
  readonly row: number;
  readonly start: number;
  /** Where a new cell goes after the last one (the closing tag), or -1 for `<row/>`. */
  contentEnd: number;
  end: number;
  readonly cells: FoundCell[];
}

/**
 * Writes values into a worksheet part by replacing exactly the cells named (keeping each cell's format) and
 * inserting the missing cells and rows in order; every other character of the part stays as it was.
 * Only the rows written to are looked at closely, so a large case sheet costs one pass.
 */
export function patchCells(xml: string, writes: readonly CellWrite[]): string {
  const byRow = new Map<number, Map<number, CellWrite>>();
  for (const write of writes) {
    const row = byRow.get(write.row) ?? new Map<number, CellWrite>();
    const before = row.get(write.column);
    row.set(write.column, before ? { ...before, ...write } : write);
    byRow.set(write.row, row);
  }
  const { rows, sheetData, nextRowStart, prefix } = locate(xml, new Set(byRow.keys()));
  // What is written anew carries the part's own prefix (`x:c` where the writer used one).
  const fresh = (text: string) => withPrefix(text, prefix);
  const splices: Splice[] = [];
  // In row order: new rows inserted at one point (the end of sheetData) must come out in order.
  for (const [rowNumber, cells] of [...byRow].sort(([x], [y]) => x - y)) {
    const found = rows.get(rowNumber);
    if (found) {
      splices.push(...rowSplices(xml, found, cells, fresh));
    } else {
      const at = nextRowStart(rowNumber);
      splices.push({
        start: at,
        end: at,
        text: fresh(`<row r="${rowNumber}">${newCells(rowNumber, cells)}</row>`),
      });
    }
  }
  if (sheetData.selfClosing) {
    // `<sheetData/>`: the rows go in a pair of tags instead (sorted by row, which the splices keep).
    const inserted = splices
      .sort((x, y) => x.start - y.start)
      .map((s) => s.text)
      .join('');
    return applySplices(xml, [
      {
        start: sheetData.start,
        end: sheetData.end,
        text: `${fresh('<sheetData>')}${inserted}${fresh('</sheetData>')}`,
      },
    ]);
  }
  return applySplices(xml, splices);
}

function rowSplices(
  xml: string,
  found: FoundRow,
  cells: ReadonlyMap<number, CellWrite>,
  fresh: (text: string) => string,
): Splice[] {
  const splices: Splice[] = [];
  const pending = new Map(cells);
  for (const cell of found.cells) {
    const write = pending.get(cell.column);
    if (write === undefined) continue;
    pending.delete(cell.column);
    const text = changedCell(xml.slice(cell.start, cell.end), cell, found.row, write, fresh);
    splices.push({ start: cell.start, end: cell.end, text });
  }
  const added = [...pending].sort(([x], [y]) => x - y);
  if (found.contentEnd < 0) {
    // `<row r="5"/>` becomes a pair of tags around its new cells.
    const open = xml.slice(found.start, found.end).replace(/\s*\/>$/, '>');
    const closing = `</${/^<([\w:.-]+)/.exec(open)?.[1] ?? 'row'}>`;
    const text = added.map(([column, write]) => fresh(newCell(found.row, column, write))).join('');
    return [{ start: found.start, end: found.end, text: `${open}${text}${closing}` }];
  }
  for (const [column, write] of added) {
    const next = found.cells.find((c) => c.column > column);
    const at = next ? next.start : found.contentEnd;
    splices.push({ start: at, end: at, text: fresh(newCell(found.row, column, write)) });
  }
  return splices;
}

function newCells(row: number, cells: ReadonlyMap<number, CellWrite>): string {
  return [...cells]
    .sort(([x], [y]) => x - y)
    .map(([column, write]) => newCell(row, column, write))
    .join('');
}

const styleAttribute = (style: number | string | undefined) => (style === undefined ? '' : ` s="${style}"`);

function newCell(row: number, column: number, write: CellWrite): string {
  return valueCellXml(a1(row, column), styleAttribute(write.style), write.value ?? EMPTY);
}

/** A cell written anew with its new value, or only its format changed (its content kept). */
function changedCell(
  text: string,
  cell: FoundCell,
  row: number,
  write: CellWrite,
  fresh: (text: string) => string,
): string {
  const style = styleAttribute(write.style ?? cell.style);
  if (write.value !== undefined) return fresh(valueCellXml(a1(row, cell.column), style, write.value));
  const open = /^<[^>]*>/.exec(text)?.[0] ?? '';
  const restyled = /\ss="[^"]*"/.test(open)
    ? open.replace(/\ss="[^"]*"/, style)
    : open.replace(/^(<[\w:]+)/, `$1${style}`);
  return restyled + text.slice(open.length);
}

function locate(xml: string, wanted: ReadonlySet<number>) {
  const rows = new Map<number, FoundRow>();
  const starts: { row: number; start: number }[] = [];
  const sheetData = { start: -1, end: -1, contentEnd: -1, selfClosing: false };
  let prefix = '';
  const parser = new SaxesParser<{ xmlns: false; position: true }>({ xmlns: false, position: true });
  let rowNumber = 0;
  let column = 0;
  let current: FoundRow | null = null;
  let cellStart = -1;
  let cellStyle: string | undefined;
  parser.on('opentag', (tag: SaxesTagPlain) => {
    const name = localName(tag.name);
    const start = () => xml.lastIndexOf('<', parser.position - 1);
    if (name === 'row') {
      const r = Number(tag.attributes['r']);
      rowNumber = Number.isInteger(r) && r > 0 ? r : rowNumber + 1;
      column = 0;
      const at = start();
      starts.push({ row: rowNumber, start: at });
      current = wanted.has(rowNumber)
        ? { row: rowNumber, start: at, end: parser.position, contentEnd: -1, cells: [] }
        : null;
      if (current) rows.set(rowNumber, current);
      if (tag.isSelfClosing) current = null;
    } else if (name === 'c') {
      const at = parseA1(tag.attributes['r'] ?? '');
      column = at ? at.column : column + 1;
      if (current) {
        cellStart = start();
        cellStyle = tag.attributes['s'];
        if (tag.isSelfClosing)
          current.cells.push({ column, start: cellStart, end: parser.position, style: cellStyle });
      }
    } else if (name === 'sheetData') {
      prefix = tag.name.includes(':') ? tag.name.slice(0, tag.name.indexOf(':')) : '';
      sheetData.start = start();
      sheetData.end = parser.position;
      sheetData.selfClosing = tag.isSelfClosing;
    }
  });
  parser.on('closetag', (tag) => {
    if (tag.isSelfClosing) return;
    const name = localName(tag.name);
    if (name === 'c' && current)
      current.cells.push({ column, start: cellStart, end: parser.position, style: cellStyle });
    else if (name === 'row' && current) {
      current.contentEnd = xml.lastIndexOf('<', parser.position - 1);
      current.end = parser.position;
      current = null;
    } else if (name === 'sheetData') {
      sheetData.contentEnd = xml.lastIndexOf('<', parser.position - 1);
      sheetData.end = parser.position;
    }
  });
  parser.write(xml).close();
  if (sheetData.start < 0) throw refuse.damagedPart({ part: 'worksheet', element: 'sheetData' });
  /** Where a row not in the part goes: before the first row after it, or at the end of sheetData. */
  const nextRowStart = (row: number) =>
    starts.find((s) => s.row > row)?.start ?? (sheetData.selfClosing ? sheetData.end : sheetData.contentEnd);
  return { rows, sheetData, nextRowStart, prefix };
}
