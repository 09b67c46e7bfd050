import { refuse } from '../../core/refusals';
import { SaxesParser, type SaxesTagPlain } from 'saxes';

/**
 * One element of a small XML part, with where it stands in the text, so that an edit can replace exactly
 * it and leave every other byte of the part as it was. Names are local (the prefix dropped): writers
 * differ in prefixes (`x:row`, `row`), the format does not.
 */
export interface XmlElement {
  readonly name: string;
  readonly attrs: Readonly<Record<string, string>>;
  readonly children: XmlElement[];
  /** The text directly inside, joined (for `<t>`, `<v>`, `<f>`). */
  text: string;
  /** Offsets in the part's text: `start` at its `<`, `end` just past its closing `>`. */
  readonly start: number;
  end: number;
  /** Just past the open tag's `>` (for an empty element, equal to `end`). */
  readonly contentStart: number;
  /** At the closing tag's `<` (for an empty element, equal to `end`). */
  contentEnd: number;
}

export const localName = (name: string) => name.slice(name.indexOf(':') + 1);

/** Parses a whole part into elements; throws (saxes's error) when it is not well-formed. */
export function parseXml(xml: string): XmlElement {
  const parser = new SaxesParser<{ xmlns: false; position: true }>({ xmlns: false, position: true });
  const stack: XmlElement[] = [];
  let root: XmlElement | null = null;
  parser.on('opentag', (tag: SaxesTagPlain) => {
    const start = xml.lastIndexOf('<', parser.position - 1);
    const element: XmlElement = {
      name: localName(tag.name),
      attrs: localAttributes(tag.attributes),
      children: [],
      text: '',
      start,
      end: parser.position,
      contentStart: parser.position,
      contentEnd: parser.position,
    };
    stack.at(-1)?.children.push(element);
    root ??= element;
    if (!tag.isSelfClosing) stack.push(element);
  });
  parser.on('text', (text) => {
    const current = stack.at(-1);
    if (current) current.text += text;
  });
  parser.on('cdata', (text) => {
    const current = stack.at(-1);
    if (current) current.text += text;
  });
  parser.on('closetag', (tag) => {
    if (tag.isSelfClosing) return;
    const element = stack.pop();
    if (!element) return;
    element.end = parser.position;
    element.contentEnd = xml.lastIndexOf('<', parser.position - 1);
  });
  try {
    parser.write(xml).close();
  } catch {
    // saxes's own error names a line and column of a part the user never sees.
    throw refuse.damagedPart({ part: 'XML' });
  }
  if (!root) throw refuse.damagedPart({ part: 'XML' });
  return root;
}

export function localAttributes(attributes: Record<string, string>): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [name, value] of Object.entries(attributes)) {
    // `r:id` and `id` differ only by namespace; keep the prefixed one under its full name too.
    out[name] = value;
    const local = localName(name);
    if (!(local in out) || name === local) out[local] = value;
  }
  return out;
}

export function child(element: XmlElement, name: string): XmlElement | undefined {
  return element.children.find((c) => c.name === name);
}

export function childrenNamed(element: XmlElement, name: string): XmlElement[] {
  return element.children.filter((c) => c.name === name);
}

/**
 * Text for an attribute value or element content. Characters XML cannot hold are written as the format's
 * `_xHHHH_` escapes, and a literal `_xHHHH_` in the text is itself escaped (as `_x005F_xHHHH_`).
 */
export function escapeXml(text: string): string {
  // Most cell texts need nothing; a sheet of 100,000 cases has over a million of them.
  if (!NEEDS_ESCAPE.test(text)) return text;
  return text
    .replace(/_(x[0-9A-Fa-f]{4}_)/g, '_x005F_$1')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(
      // eslint-disable-next-line no-control-regex -- these are exactly the characters XML 1.0 cannot hold
      /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g,
      (c) => `_x${c.charCodeAt(0).toString(16).padStart(4, '0').toUpperCase()}_`,
    );
}

// eslint-disable-next-line no-control-regex -- the characters escapeXml changes, control characters among them
const NEEDS_ESCAPE = /[&<>"_\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/;

/** The format's `_xHHHH_` escapes in cell text, undone. */
export function unescapeOoxml(text: string): string {
  if (!text.includes('_x')) return text;
  return text.replace(/_x([0-9A-Fa-f]{4})_/g, (_, hex: string) => String.fromCharCode(parseInt(hex, 16)));
}

/**
 * Elements written for a part whose elements carry a prefix (`x:row`, as some writers save them), with
 * that prefix: without it they would stand in no namespace. `prefix` '' leaves them as they are.
 */
export function withPrefix(xml: string, prefix: string): string {
  return prefix === '' ? xml : xml.replace(/<(\/?)(?=[A-Za-z])/g, `<$1${prefix}:`);
}

/** The prefix an element's tag carries (`x` of `<x:sheetData>`), '' for none. */
export function prefixOfTag(xml: string, element: XmlElement): string {
  return /^<([\w.-]+):/.exec(xml.slice(element.start, element.contentStart))?.[1] ?? '';
}

/** One edit of a part's text: the characters from `start` to `end` become `text`. */
export interface Splice {
  readonly start: number;
  readonly end: number;
  readonly text: string;
}

/**
 * Applies edits that do not overlap; every other character stays. Insertions at one point keep the order
 * they were given in (the sort is stable), and come before a replacement that starts there.
 */
export function applySplices(xml: string, splices: readonly Splice[]): string {
  const ordered = [...splices].sort((a, b) => a.start - b.start || a.end - b.end);
  let out = '';
  let at = 0;
  for (const splice of ordered) {
    out += xml.slice(at, splice.start) + splice.text;
    at = splice.end;
  }
  return out + xml.slice(at);
}
