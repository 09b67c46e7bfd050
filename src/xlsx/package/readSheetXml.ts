import { SaxesParser, type SaxesTagPlain } from 'saxes';
import { parseA1, parseRange, type CellRange } from '../../core/address';
import { EMPTY, num, text, type CellValue } from '../../core/cell';
import type { CellAside } from '../../core/table/workbookValues';
import { localAttributes, localName, unescapeOoxml } from './xmlTree';

/** What one worksheet part holds that the core reads. */
export interface SheetXmlContent {
  readonly rows: CellValue[][];
  readonly formulas: CellAside[];
  readonly merges: CellRange[];
  /** Hyperlinks: the cell, and the relationship id of an external target or an in-file location. */
  readonly links: { row: number; column: number; relationshipId?: string; location?: string }[];
  /** Text a person sees around the cells: page headers and footers, validation lists and prompts. */
  readonly texts: { kind: 'headerFooter' | 'validation'; text: string }[];
}

const HEADERS_FOOTERS = new Set([
  'oddHeader',
  'oddFooter',
  'evenHeader',
  'evenFooter',
  'firstHeader',
  'firstFooter',
]);
const VALIDATION_TEXTS = ['prompt', 'promptTitle', 'error', 'errorTitle'];

/** The cell being read; one object, reused, since a sheet of 100,000 cases has some 1.6 million cells. */
interface OpenCell {
  open: boolean;
  row: number;
  column: number;
  type: string;
  value: string;
  inline: string;
  formula: string | null;
}

/**
 * Reads a worksheet part in one pass without building a model of its cells: a value per cell (a formula's
 * cached result), formula texts, merged areas and links. Rows and cells without an `r` follow the one
 * before, as the format allows.
 */
/** How far a long read has come (0 to 1), for a page to show. */
export type ReadProgress = (fraction: number) => void;

/** The part is given to the parser in pieces of this many characters, with a progress report after each. */
const PIECE = 4_000_000;

/** `sharedStrings`: the workbook's shared strings as cell values, made once (most cells repeat a few). */
export function readSheetXml(
  xml: string,
  sharedStrings: readonly CellValue[],
  progress?: ReadProgress,
): SheetXmlContent {
  const out: SheetXmlContent = { rows: [], formulas: [], merges: [], links: [], texts: [] };
  const parser = new SaxesParser<{ xmlns: false; position: false }>({ xmlns: false, position: false });
  const cell: OpenCell = { open: false, row: 0, column: 0, type: 'n', value: '', inline: '', formula: null };
  const values = new ValueCache();
  let capture: 'v' | 't' | 'f' | 'headerFooter' | 'validation' | null = null;
  let aside = '';
  let inRuby = false;
  const open = (name: string, attributes: Record<string, string>): void => {
    switch (name) {
      case 'c':
        openCell(cell, attributes);
        return;
      case 'v':
        capture = cell.open ? 'v' : null;
        return;
      case 'row': {
        const r = Number(attributes['r']);
        cell.row = Number.isInteger(r) && r > 0 ? r : cell.row + 1;
        cell.column = 0;
        return;
      }
      case 'f':
        if (cell.open) cell.formula = '';
        capture = cell.open ? 'f' : null;
        return;
      case 't':
        capture = cell.open && !inRuby ? 't' : null;
        return;
      case 'rPh':
        inRuby = true; // phonetic guides are not the cell's text
        return;
      case 'mergeCell': {
        const range = parseRange(attributes['ref'] ?? '');
        if (range) out.merges.push(range);
        return;
      }
      case 'hyperlink':
        addLink(out, localAttributes(attributes));
        return;
      case 'dataValidation':
        for (const key of VALIDATION_TEXTS)
          if (attributes[key]) out.texts.push({ kind: 'validation', text: unescapeOoxml(attributes[key]) });
        return;
      case 'formula1':
      case 'formula2':
        capture = cell.open ? null : 'validation';
        aside = '';
        return;
      default:
        if (HEADERS_FOOTERS.has(name)) {
          capture = 'headerFooter';
          aside = '';
          return;
        }
        if (name.includes(':')) open(localName(name), attributes);
    }
  };
  parser.on('opentag', (tag: SaxesTagPlain) => open(tag.name, tag.attributes));
  parser.on('text', (chunk) => {
    if (capture === 'v') cell.value += chunk;
    else if (capture === 't') cell.inline += chunk;
    else if (capture === 'f') cell.formula += chunk;
    else if (capture !== null) aside += chunk;
  });
  parser.on('closetag', (tag) => {
    const name = tag.name.includes(':') ? localName(tag.name) : tag.name;
    if (name === 'v' || name === 't' || name === 'f') capture = null;
    else if (capture === 'headerFooter' || capture === 'validation') {
      out.texts.push({ kind: capture, text: unescapeOoxml(aside) });
      capture = null;
    } else if (name === 'rPh') inRuby = false;
    else if (name === 'c' && cell.open) closeCell(cell, out, sharedStrings, values);
  });
  for (let at = 0; at < xml.length; at += PIECE) {
    parser.write(xml.slice(at, at + PIECE));
    progress?.(Math.min(1, (at + PIECE) / xml.length));
  }
  parser.close();
  return out;
}

function openCell(cell: OpenCell, attributes: Record<string, string>): void {
  const reference = attributes['r'];
  if (reference === undefined || !readPlainReference(reference, cell)) {
    const at = reference === undefined ? null : parseA1(reference);
    if (at) cell.row = at.row;
    cell.column = at ? at.column : cell.column + 1;
  }
  cell.open = true;
  cell.type = attributes['t'] ?? 'n';
  cell.value = '';
  cell.inline = '';
  cell.formula = null;
}

/**
 * A plain reference such as `AB12` into the cell's row and column, read by character codes: a sheet of
 * 100,000 cases has 1.6 million of them. False for anything else (`$A$1`, lower case), which parseA1 reads.
 */
function readPlainReference(reference: string, cell: OpenCell): boolean {
  let column = 0;
  let i = 0;
  for (; i < reference.length && i < 4; i++) {
    const code = reference.charCodeAt(i);
    if (code < 65 || code > 90) break;
    column = column * 26 + code - 64;
  }
  let row = 0;
  const letters = i;
  for (; i < reference.length; i++) {
    const code = reference.charCodeAt(i);
    if (code < 48 || code > 57) return false;
    row = row * 10 + code - 48;
  }
  if (letters === 0 || letters > 3 || row === 0) return false;
  cell.row = row;
  cell.column = column;
  return true;
}

function closeCell(
  cell: OpenCell,
  out: SheetXmlContent,
  sharedStrings: readonly CellValue[],
  values: ValueCache,
): void {
  cell.open = false;
  const value = values.of(cell, sharedStrings);
  // A cell with only a style is no value: rows that are only formatted read as empty, as in Excel.
  if (value.kind !== 'empty') (out.rows[cell.row - 1] ??= [])[cell.column - 1] = value;
  if (cell.formula)
    out.formulas.push({ row: cell.row, column: cell.column, kind: 'formula', text: cell.formula });
}

function addLink(out: SheetXmlContent, attrs: Record<string, string>): void {
  const range = parseRange(attrs['ref'] ?? '');
  if (!range) return;
  const relationshipId = attrs['r:id'] ?? attrs['id'];
  out.links.push({
    row: range.top,
    column: range.left,
    ...(relationshipId ? { relationshipId } : {}),
    ...(attrs['location'] ? { location: attrs['location'] } : {}),
  });
}

/**
 * One value object per distinct cell text, as shared strings are: a case sheet repeats a few units,
 * dates and ages over 100,000 rows, and a fresh object for each of its 1.6 million cells is most of what
 * the collector has to do. Values are never changed in place, so sharing them is safe. Bounded, so a
 * sheet of all-different cells costs no more than before.
 */
class ValueCache {
  private readonly known = new Map<string, CellValue>();

  of(cell: OpenCell, sharedStrings: readonly CellValue[]): CellValue {
    if (cell.type === 's') return cellValue(cell, sharedStrings);
    const key = `${cell.type}\u0000${cell.type === 'inlineStr' ? cell.inline : cell.value}`;
    const cached = this.known.get(key);
    if (cached) return cached;
    const value = cellValue(cell, sharedStrings);
    if (this.known.size < 200_000) this.known.set(key, value);
    return value;
  }
}

/** A cell's value by its type (`t`); a formula's cached result is its `<v>`. */
function cellValue(cell: OpenCell, sharedStrings: readonly CellValue[]): CellValue {
  switch (cell.type) {
    case 's':
      return cell.value === '' ? EMPTY : (sharedStrings[Number(cell.value)] ?? text(''));
    case 'inlineStr':
      return text(unescapeOoxml(cell.inline));
    case 'str':
      return text(unescapeOoxml(cell.value));
    case 'b':
      return cell.value === ''
        ? EMPTY
        : { kind: 'boolean', value: cell.value === '1' || cell.value === 'true' };
    case 'e':
      return cell.value === '' ? EMPTY : { kind: 'error', code: cell.value };
    case 'd':
      return isoDateValue(cell.value);
    default: {
      if (cell.value.trim() === '') return EMPTY;
      const value = Number(cell.value);
      return Number.isFinite(value) ? num(value) : text(cell.value);
    }
  }
}

/** A `t="d"` cell (ISO 8601, as some writers store dates) as Excel's serial number. */
function isoDateValue(iso: string): CellValue {
  const time = Date.parse(/[zZ]|[+-]\d\d:\d\d$/.test(iso) || !iso.includes('T') ? iso : `${iso}Z`);
  if (!Number.isFinite(time)) return iso === '' ? EMPTY : text(iso);
  return num(time / 86_400_000 + 25_569);
}
