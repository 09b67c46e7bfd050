import { printable } from '../printable';
import type { Codebook } from '../codebook/types';

/** Excel's limit for a table column's name. */
export const MAX_COLUMN_NAME = 255;

/**
 * The names the CSV's extra columns get in the case table, and a notice for each that could not keep its
 * header: a table's column names are unique regardless of letter case and at most 255 characters, and a
 * blank one, a repeated one or one beyond the header row has no name of its own.
 */
export function extraColumnNames(
  header: readonly string[],
  extraIndices: readonly number[],
  codebook: Codebook,
  headerWidth: number,
): { names: string[]; notices: string[] } {
  const taken = new Set(codebook.variables.map((v) => v.name.toLowerCase()));
  const names: string[] = [];
  const notices: string[] = [];
  for (const i of extraIndices) {
    const own = (header[i] ?? '').slice(0, MAX_COLUMN_NAME);
    const base = own === '' ? `Kolumn ${i + 1}` : own;
    let name = base;
    for (let k = 2; taken.has(name.toLowerCase()); k++) name = `${base.slice(0, MAX_COLUMN_NAME - 6)} (${k})`;
    taken.add(name.toLowerCase());
    names.push(name);
    const where = `Kolumn ${i + 1}`;
    if (i >= headerWidth)
      notices.push(
        `${where} har värden men ingen rubrik (fler fält än rubrikraden): behölls som "${printable(name)}".`,
      );
    else if (own === '')
      notices.push(`${where} har värden men tom rubrik: behölls som "${printable(name)}".`);
    else if (name !== (header[i] ?? ''))
      notices.push(
        `${where}, "${printable(header[i] ?? '')}", behölls som "${printable(name)}" (namnet fanns redan eller var för långt).`,
      );
  }
  return { names, notices };
}
