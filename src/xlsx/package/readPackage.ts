import { packageTexts } from './packageTexts';
import { refuse } from '../../core/refusals';
import { parseA1, parseRange } from '../../core/address';
import { EMPTY, text, type CellValue } from '../../core/cell';
import type { CellAside, PackageText, SheetValues, WorkbookValues } from '../../core/table/workbookValues';
import { OpcPackage, resolveTarget, type Relationship } from './opcPackage';
import { readSheetXml, type ReadProgress } from './readSheetXml';
import { child, childrenNamed, parseXml, unescapeOoxml, type XmlElement } from './xmlTree';

/** A sheet as the workbook part lists it, with its part. */
export interface SheetEntry {
  readonly name: string;
  readonly sheetId: number;
  readonly relationshipId: string;
  /** The worksheet part; '' for a chart sheet or a missing part (no cells to read). */
  readonly part: string;
}

/** The workbook part's name, from the package's own relationships (`xl/workbook.xml` by convention only). */
export function workbookPart(pkg: OpcPackage): string {
  const office = relationshipsOf(pkg, '').find((r) => r.kind === 'officeDocument');
  if (!office || !pkg.has(office.target)) throw refuse.damagedPart({ part: 'xl/workbook.xml' });
  return office.target;
}

/** The relationships of a part ('' for the package's own). */
export function relationshipsOf(pkg: OpcPackage, source: string): Relationship[] {
  const xml = pkg.text(source === '' ? '_rels/.rels' : OpcPackage.relsName(source));
  if (xml === null) return [];
  return childrenNamed(parseXml(xml), 'Relationship').map((r) => {
    const type = r.attrs['Type'] ?? '';
    const external = r.attrs['TargetMode'] === 'External';
    const target = r.attrs['Target'] ?? '';
    return {
      id: r.attrs['Id'] ?? '',
      type,
      kind: type.slice(type.lastIndexOf('/') + 1),
      target: external ? target : resolveTarget(source, target),
      external,
    };
  });
}

export function sheetEntries(pkg: OpcPackage, workbook: string): SheetEntry[] {
  const rels = relationshipsOf(pkg, workbook);
  const sheets = child(parseXml(pkg.text(workbook) ?? ''), 'sheets');
  return childrenNamed(sheets ?? emptyElement, 'sheet').map((sheet) => {
    const relationshipId = sheet.attrs['r:id'] ?? sheet.attrs['id'] ?? '';
    const rel = rels.find((r) => r.id === relationshipId);
    return {
      name: sheet.attrs['name'] ?? '',
      sheetId: Number(sheet.attrs['sheetId'] ?? 0),
      relationshipId,
      part: rel?.kind === 'worksheet' && pkg.has(rel.target) ? rel.target : '',
    };
  });
}

/** Reports, while a sheet is read, its name and how far the reading has come (0 to 1). */
export type SheetProgress = (sheet: string, fraction: number) => void;

/** Every sheet's values, tables, merged areas and asides, as the core reads a workbook. */
export function readPackageValues(pkg: OpcPackage, progress?: SheetProgress): WorkbookValues {
  const workbook = workbookPart(pkg);
  const sharedStrings = readSharedStrings(pkg, workbook);
  const entries = sheetEntries(pkg, workbook);
  const sheetOf = new Map(entries.map((e) => [e.part.toLowerCase(), e.name]));
  const texts = packageTexts(pkg, (part) => sheetOf.get(part.toLowerCase()));
  const sheets = entries.map((entry) =>
    readSheet(pkg, entry, sharedStrings, texts, progress && ((fraction) => progress(entry.name, fraction))),
  );
  return { sheets, texts };
}

function readSheet(
  pkg: OpcPackage,
  entry: SheetEntry,
  sharedStrings: readonly CellValue[],
  texts: PackageText[],
  progress?: ReadProgress,
): SheetValues {
  if (entry.part === '') return { name: entry.name, rows: [], tables: [] };
  const content = readSheetXml(pkg.text(entry.part) ?? '', sharedStrings, progress);
  for (const { kind, text } of content.texts) texts.push({ kind, text, sheet: entry.name });
  const rels = relationshipsOf(pkg, entry.part);
  const asides: CellAside[] = [...content.formulas, ...notesOf(pkg, rels)];
  for (const link of content.links) {
    const target = rels.find((r) => r.id === link.relationshipId)?.target ?? link.location;
    if (target) asides.push({ row: link.row, column: link.column, kind: 'link', text: target });
  }
  return {
    name: entry.name,
    rows: Array.from(content.rows, (row) => Array.from(row ?? [], (cell) => cell ?? EMPTY)),
    tables: rels.flatMap((r) => (r.kind === 'table' ? tableOf(pkg, r.target) : [])),
    asides,
    merges: content.merges,
  };
}

function tableOf(pkg: OpcPackage, part: string) {
  const xml = pkg.text(part);
  if (xml === null) return [];
  const table = parseXml(xml);
  const range = parseRange(table.attrs['ref'] ?? '');
  // Formulas name a table by its display name; writers that keep only `name` use it for both.
  const name = table.attrs['displayName'] ?? table.attrs['name'];
  return range && name ? [{ name, range }] : [];
}

function notesOf(pkg: OpcPackage, rels: readonly Relationship[]): CellAside[] {
  return rels.flatMap((rel) => {
    const xml = rel.kind === 'comments' ? pkg.text(rel.target) : null;
    if (xml === null) return [];
    const list = child(parseXml(xml), 'commentList');
    return childrenNamed(list ?? emptyElement, 'comment').flatMap((comment) => {
      const at = parseA1(comment.attrs['ref']?.split(':')[0] ?? '');
      const body = child(comment, 'text');
      const text = body ? richText(body) : '';
      return at && text !== '' ? [{ row: at.row, column: at.column, kind: 'note' as const, text }] : [];
    });
  });
}

function readSharedStrings(pkg: OpcPackage, workbook: string): CellValue[] {
  const rel = relationshipsOf(pkg, workbook).find((r) => r.kind === 'sharedStrings');
  const xml = rel ? pkg.text(rel.target) : null;
  return xml === null ? [] : childrenNamed(parseXml(xml), 'si').map((item) => text(richText(item)));
}

/** The text of a string item: its `<t>`, or its runs' `<t>`s; phonetic guides (`<rPh>`) are left out. */
function richText(item: XmlElement): string {
  const plain = child(item, 't');
  const runs = childrenNamed(item, 'r').map((run) => child(run, 't')?.text ?? '');
  return unescapeOoxml((plain?.text ?? '') + runs.join(''));
}

const emptyElement: XmlElement = {
  name: '',
  attrs: {},
  children: [],
  text: '',
  start: 0,
  end: 0,
  contentStart: 0,
  contentEnd: 0,
};
