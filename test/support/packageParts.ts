import { unzipSync } from 'fflate';
import { childrenNamed, parseXml } from '../../src/xlsx/package/xmlTree';

/** Every part of an .xlsx by its name (a leading '/' dropped, as openpyxl writes some), unpacked. */
export function partsOf(bytes: Uint8Array): Map<string, Uint8Array> {
  const parts = new Map<string, Uint8Array>();
  for (const [name, data] of Object.entries(unzipSync(bytes)))
    if (!name.endsWith('/')) parts.set(name.replace(/^\//, ''), data);
  return parts;
}

export const textOf = (bytes: Uint8Array | undefined) => new TextDecoder().decode(bytes);

/** Names of the parts whose bytes differ, or that only one side has. */
export function changedParts(before: Map<string, Uint8Array>, after: Map<string, Uint8Array>): string[] {
  const names = new Set([...before.keys(), ...after.keys()]);
  return [...names].filter((name) => {
    const a = before.get(name);
    const b = after.get(name);
    return !a || !b || a.length !== b.length || a.some((byte, i) => byte !== b[i]);
  });
}

/**
 * The elements `after` has in the container that `before` lacks (by their text). With them taken out,
 * `after` must read exactly as `before`: nothing else was edited.
 */
export function addedEntries(before: string, after: string, container: string | null, item: string) {
  const listOf = (xml: string) => {
    const root = parseXml(xml);
    const parent = container === null ? root : childrenNamed(root, container)[0];
    return parent ? childrenNamed(parent, item).map((e) => xml.slice(e.start, e.end)) : [];
  };
  const old = new Set(listOf(before));
  const added = listOf(after).filter((entry) => !old.has(entry));
  const rest = added.reduce((xml, entry) => xml.replace(entry, ''), after);
  return { added, rest, restIsBefore: rest === before };
}

/** Whether each list of styles.xml starts with exactly the items it had: appended to, never changed. */
export function stylesOnlyAppended(before: string, after: string): boolean {
  const lists = ['numFmts', 'fonts', 'fills', 'borders', 'cellStyleXfs', 'cellXfs', 'cellStyles', 'dxfs'];
  const items = (xml: string, list: string) => {
    const parent = childrenNamed(parseXml(xml), list)[0];
    return parent ? parent.children.map((e) => xml.slice(e.start, e.end)) : [];
  };
  return lists.every((list) => {
    const old = items(before, list);
    return (
      items(after, list)
        .slice(0, old.length)
        .every((entry, i) => entry === old[i]) && items(after, list).length >= old.length
    );
  });
}
