import type { CellValue } from '../cell';
import { emptyRowTest, type CaseTable } from './caseTable';

/** Written on the result sheet before the fingerprint, and searched for when reading it back. */
export const FINGERPRINT_LABEL = 'Kontrollsumma för ärendena:';

/**
 * A short checksum (FNV-1a, 32 bits) of every case row's variables: the result sheet records the one it
 * was computed from, so the pane can say when the cases have changed since. Not a security measure.
 */
export function caseFingerprint(table: CaseTable): string {
  let hash = 0x811c9dc5;
  const isEmpty = emptyRowTest(table);
  const offsets = Object.values(table.columnOf)
    .map((column) => column - table.firstColumn)
    .sort((a, b) => a - b);
  for (const row of table.rows) {
    if (isEmpty(row)) continue;
    for (const offset of offsets) hash = mix(hash, `${serialise(row[offset])}\u001f`);
    hash = mix(hash, '\u001e');
  }
  return (hash >>> 0).toString(16).padStart(8, '0');
}

function serialise(cell: CellValue | undefined): string {
  if (!cell || cell.kind === 'empty') return '';
  return cell.kind === 'number' || cell.kind === 'boolean'
    ? `${cell.kind}:${cell.value}`
    : `${cell.kind}:${'text' in cell ? cell.text : cell.code}`;
}

function mix(hash: number, text: string): number {
  let h = hash;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h;
}
