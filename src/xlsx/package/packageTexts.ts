import type { PackageText, PackageTextKind } from '../../core/table/workbookValues';
import type { OpcPackage } from './opcPackage';
import { unescapeOoxml } from './xmlTree';

/**
 * Every text a person can see in the package outside the cells (`WorkbookValues.texts`), for the
 * personnummer guard: each XML part's text and attribute values, named by what the part is. The cells
 * themselves (sheetData, shared strings) are read with their addresses elsewhere; styles, themes and
 * the package's own bookkeeping hold nothing a person typed.
 */
export function packageTexts(
  pkg: OpcPackage,
  sheetNameOf: (part: string) => string | undefined,
): PackageText[] {
  const texts: PackageText[] = [];
  for (const name of pkg.names()) {
    const kind = kindOf(name);
    if (kind === null) continue;
    const sheet = sheetNameOf(name);
    for (const [partKind, xml] of pieces(kind, pkg.text(name) ?? ''))
      for (const text of textsIn(xml)) texts.push({ kind: partKind, text, ...(sheet ? { sheet } : {}) });
  }
  return texts;
}

/** A part in the pieces a person knows apart: the workbook's sheet names from its defined names. */
function pieces(kind: PackageTextKind | 'workbook', xml: string): [PackageTextKind, string][] {
  const element = (tag: string) =>
    [...xml.matchAll(new RegExp(`<(?:\\w+:)?${tag}\\b[\\s\\S]*?</(?:\\w+:)?${tag}>`, 'g'))]
      .map((m) => m[0])
      .join('');
  if (kind === 'workbook') {
    const sheetNames = [...xml.matchAll(/<(?:\w+:)?sheet\b[^>]*>/g)].map((m) => m[0]).join('');
    return [
      ['sheetName', sheetNames],
      ['definedName', element('definedNames')],
    ];
  }
  return [[kind, xml]];
}

/** What a part is to a person, or null for a part that holds nothing a person typed. */
function kindOf(part: string): PackageTextKind | 'workbook' | null {
  const name = part.toLowerCase();
  if (!name.endsWith('.xml') && !name.endsWith('.vml')) return null;
  if (/^xl\/(sharedstrings|styles|calcchain)\.xml$|^xl\/theme\/|^\[content_types\]|\.rels$/.test(name))
    return null;
  if (name === 'xl/workbook.xml') return 'workbook';
  // A worksheet is read once, by the sheet reader, which keeps its headers, footers and validations.
  if (/^xl\/worksheets\/[^/]+\.xml$/.test(name)) return null;
  if (name.startsWith('docprops/') || name.startsWith('customxml/')) return 'properties';
  if (name.startsWith('xl/threadedcomments/') || name.startsWith('xl/persons/')) return 'threadedComment';
  if (name.startsWith('xl/pivotcache/') || name.startsWith('xl/pivottables/')) return 'pivotCache';
  if (name.startsWith('xl/charts/')) return 'chart';
  if (name.startsWith('xl/drawings/')) return 'drawing';
  // Comments (notes) are read with their cells; anything else a writer may add is read as well.
  if (/^xl\/comments\d*\.xml$/.test(name)) return null;
  return 'other';
}

/**
 * The text nodes and attribute values of an XML part, entities and the format's escapes resolved (a
 * digit may be written `&#49;`). Each node is read alone: joining them would make numbers out of a
 * chart's neighbouring values.
 */
function textsIn(xml: string): string[] {
  const nodes = [...xml.matchAll(/>([^<]+)</g)].map((m) => plain(m[1] ?? '')).filter((t) => t.trim() !== '');
  const attributes = [...xml.matchAll(/\s[\w:.-]+=(?:"([^"]*)"|'([^']*)')/g)].map((m) =>
    plain(m[1] ?? m[2] ?? ''),
  );
  return [...attributes, ...nodes].filter((t) => t.length >= 7);
}

const codePoint = (n: number) => (n >= 0 && n <= 0x10ffff ? String.fromCodePoint(n) : '');

const ENTITIES: Record<string, string> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" };

const plain = (raw: string) =>
  unescapeOoxml(
    raw.replace(/&(#x[0-9a-f]+|#\d+|\w+);/gi, (whole, name: string) =>
      name.startsWith('#x') || name.startsWith('#X')
        ? codePoint(parseInt(name.slice(2), 16))
        : name.startsWith('#')
          ? codePoint(Number(name.slice(1)))
          : (ENTITIES[name] ?? whole),
    ),
  );
