import {
  escapeXml,
  applySplices,
  child,
  childrenNamed,
  parseXml,
  prefixOfTag,
  withPrefix,
  type Splice,
  type XmlElement,
} from './xmlTree';
import { appendInto } from './indexParts';

/** The worksheet's elements that come after `dataValidations` in the schema's order (CT_Worksheet). */
const AFTER_VALIDATIONS = [
  'hyperlinks',
  'printOptions',
  'pageMargins',
  'pageSetup',
  'headerFooter',
  'rowBreaks',
  'colBreaks',
  'customProperties',
  'cellWatches',
  'ignoredErrors',
  'smartTags',
  'drawing',
  'legacyDrawing',
  'legacyDrawingHF',
  'drawingHF',
  'picture',
  'oleObjects',
  'controls',
  'webPublishItems',
  'tableParts',
  'extLst',
];

/**
 * A table part with a new range (its `ref` and its filter's), and a new column appended when named.
 * Every other attribute and column stays as written.
 */
export function growTable(xml: string, ref: string, newColumn?: string): string {
  const table = parseXml(xml);
  const splices: Splice[] = [setAttribute(xml, table, 'ref', ref)];
  const filter = child(table, 'autoFilter');
  if (filter) splices.push(setAttribute(xml, filter, 'ref', ref));
  const columns = child(table, 'tableColumns');
  if (newColumn !== undefined && columns) {
    const existing = childrenNamed(columns, 'tableColumn');
    const id = Math.max(0, ...existing.map((c) => Number(c.attrs['id'] ?? 0))) + 1;
    const item = `<tableColumn id="${id}" name="${escapeXml(newColumn)}"/>`;
    splices.push(...appendToList(xml, columns, existing.length + 1, item));
  }
  return applySplices(xml, splices);
}

/** A column's width, splitting a `<col>` range that covers it so the columns beside it keep theirs. */
export function setColumnWidth(xml: string, column: number, width: number): string {
  const root = parseXml(xml);
  const prefix = prefixOfTag(xml, root);
  const own = withPrefix(`<col min="${column}" max="${column}" width="${width}" customWidth="1"/>`, prefix);
  const cols = child(root, 'cols');
  if (!cols) {
    const sheetData = child(root, 'sheetData');
    if (!sheetData) return xml;
    const text = `${withPrefix('<cols>', prefix)}${own}${withPrefix('</cols>', prefix)}`;
    return applySplices(xml, [{ start: sheetData.start, end: sheetData.start, text }]);
  }
  const items = childrenNamed(cols, 'col');
  const covering = items.find((c) => Number(c.attrs['min']) <= column && column <= Number(c.attrs['max']));
  if (!covering) {
    const next = items.find((c) => Number(c.attrs['min']) > column);
    const at = next ? next.start : cols.contentEnd;
    return applySplices(xml, [{ start: at, end: at, text: own }]);
  }
  const text = xml.slice(covering.start, covering.end);
  const piece = (min: number, max: number) =>
    text.replace(/\bmin="\d+"/, `min="${min}"`).replace(/\bmax="\d+"/, `max="${max}"`);
  const min = Number(covering.attrs['min']);
  const max = Number(covering.attrs['max']);
  const pieces = [
    min < column ? piece(min, column - 1) : '',
    own,
    column < max ? piece(column + 1, max) : '',
  ];
  return applySplices(xml, [{ start: covering.start, end: covering.end, text: pieces.join('') }]);
}

/** Data validations appended to the sheet's list, or a list made where the schema puts it. */
export function addValidations(xml: string, items: readonly string[]): string {
  if (items.length === 0) return xml;
  const root = parseXml(xml);
  const list = child(root, 'dataValidations');
  if (list) {
    const count = childrenNamed(list, 'dataValidation').length + items.length;
    return applySplices(xml, appendToList(xml, list, count, items.join('')));
  }
  const next = root.children.find((c) => AFTER_VALIDATIONS.includes(c.name));
  const at = next ? next.start : root.contentEnd;
  const text = withPrefix(
    `<dataValidations count="${items.length}">${items.join('')}</dataValidations>`,
    prefixOfTag(xml, root),
  );
  return applySplices(xml, [{ start: at, end: at, text }]);
}

/** The element's open tag with one attribute set (added when missing). */
function setAttribute(xml: string, element: XmlElement, name: string, value: string): Splice {
  const open = xml.slice(
    element.start,
    element.contentStart === element.end ? element.end : element.contentStart,
  );
  const pattern = new RegExp(`(\\s${name}=)"[^"]*"`);
  const text = pattern.test(open)
    ? open.replace(pattern, `$1"${escapeXml(value)}"`)
    : open.replace(/^(<[\w:.-]+)/, `$1 ${name}="${escapeXml(value)}"`);
  return { start: element.start, end: element.start + open.length, text };
}

/** A list element (`<tableColumns>`, `<dataValidations>`) with items appended and its count set. */
function appendToList(xml: string, list: XmlElement, count: number, items: string): Splice[] {
  const counted = setAttribute(xml, list, 'count', String(count));
  if (list.contentStart !== list.end) return [counted, appendInto(xml, list, items)];
  // `<dataValidations count="0"/>`: written out as a pair of tags.
  const name = /^<([\w:.-]+)/.exec(counted.text)?.[1] ?? list.name;
  return [
    {
      start: list.start,
      end: list.end,
      text: `${counted.text.replace(/\s*\/>$/, '>')}${withPrefix(items, prefixOfTag(xml, list))}</${name}>`,
    },
  ];
}
