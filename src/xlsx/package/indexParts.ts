import { refuse } from '../../core/refusals';
import { OpcPackage, relativeTarget } from './opcPackage';
import {
  applySplices,
  childrenNamed,
  escapeXml,
  parseXml,
  prefixOfTag,
  withPrefix,
  type Splice,
  type XmlElement,
} from './xmlTree';

export const CONTENT_TYPES = '[Content_Types].xml';
const RELATIONSHIPS_NS = 'http://schemas.openxmlformats.org/package/2006/relationships';
export const OFFICE_RELATIONSHIP = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';

export const CONTENT_TYPE = {
  worksheet: 'application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml',
  drawing: 'application/vnd.openxmlformats-officedocument.drawing+xml',
  chart: 'application/vnd.openxmlformats-officedocument.drawingml.chart+xml',
  table: 'application/vnd.openxmlformats-officedocument.spreadsheetml.table+xml',
} as const;

/**
 * `[Content_Types].xml`: overrides are added and removed as the tool's own parts come and go. Only the
 * difference is written, so a part removed and written again under the same name leaves it unchanged.
 */
export class ContentTypes {
  private readonly wanted = new Map<string, string | null>();

  constructor(private readonly pkg: OpcPackage) {}

  set(part: string, type: string): void {
    this.wanted.set(`/${part}`.toLowerCase(), `/${part}\u0000${type}`);
  }

  remove(part: string): void {
    this.wanted.set(`/${part}`.toLowerCase(), null);
  }

  save(): void {
    const xml = this.pkg.text(CONTENT_TYPES);
    if (xml === null) throw refuse.damagedPart({ part: '[Content_Types].xml' });
    const root = parseXml(xml);
    const overrides = childrenNamed(root, 'Override');
    const splices: Splice[] = [];
    const added: string[] = [];
    for (const [key, entry] of this.wanted) {
      const present = overrides.find((o) => (o.attrs['PartName'] ?? '').toLowerCase() === key);
      const [partName = '', type = ''] = entry === null ? [] : entry.split('\u0000');
      if (present && entry !== null && present.attrs['ContentType'] === type) continue;
      if (present) splices.push({ start: present.start, end: present.end, text: '' });
      if (entry !== null)
        added.push(`<Override PartName="${escapeXml(partName)}" ContentType="${escapeXml(type)}"/>`);
    }
    if (added.length > 0) splices.push(appendInto(xml, root, added.join('')));
    if (splices.length > 0) this.pkg.setText(CONTENT_TYPES, applySplices(xml, splices));
  }
}

/** An insertion just before `container`'s closing tag (its content's end), in its own namespace prefix. */
export function appendInto(xml: string, container: XmlElement, items: string): Splice {
  const text = withPrefix(items, prefixOfTag(xml, container));
  if (container.contentStart === container.end) {
    // An empty element written `<sheets/>`: becomes a pair of tags.
    const open = xml.slice(container.start, container.end).replace(/\s*\/>$/, '>');
    const name = /^<([\w:.-]+)/.exec(open)?.[1] ?? '';
    return { start: container.start, end: container.end, text: `${open}${text}</${name}>` };
  }
  return { start: container.contentEnd, end: container.contentEnd, text };
}

/** Adds one relationship to a part's relationships, keeping the others as they are; returns its id. */
export function addRelationship(pkg: OpcPackage, source: string, type: string, part: string): string {
  const name = OpcPackage.relsName(source);
  const xml =
    pkg.text(name) ??
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="${RELATIONSHIPS_NS}"></Relationships>`;
  const root = parseXml(xml);
  const taken = new Set(childrenNamed(root, 'Relationship').map((r) => r.attrs['Id'] ?? ''));
  let n = taken.size + 1;
  while (taken.has(`rId${n}`)) n++;
  const id = `rId${n}`;
  const item = `<Relationship Id="${id}" Type="${escapeXml(type)}" Target="${escapeXml(relativeTarget(source, part))}"/>`;
  pkg.setText(name, applySplices(xml, [appendInto(xml, root, item)]));
  return id;
}

/** A relationships part written whole (for a part the tool owns). */
export function relationshipsXml(items: readonly { id: string; type: string; target: string }[]): string {
  const rels = items.map(
    (r) => `<Relationship Id="${r.id}" Type="${escapeXml(r.type)}" Target="${escapeXml(r.target)}"/>`,
  );
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="${RELATIONSHIPS_NS}">${rels.join('')}</Relationships>`;
}

/** The first name `stem` + n + `ext` (n = 1, 2, …) that no part has. */
export function freeName(
  pkg: OpcPackage,
  stem: string,
  ext: string,
  taken: ReadonlySet<string> = new Set(),
): string {
  for (let n = 1; ; n++) {
    const name = `${stem}${n}${ext}`;
    if (!pkg.has(name) && !taken.has(name.toLowerCase())) return name;
  }
}
