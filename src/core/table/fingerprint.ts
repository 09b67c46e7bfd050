import type { CellValue } from '../cell';
import { emptyRowTest, variableColumns, type CaseTable } from './caseTable';

/** Written on the result sheet before the fingerprint, and searched for when reading it back. */
export const FINGERPRINT_LABEL = 'Kontrollsumma för ärendena:';

/**
 * A short checksum (FNV-1a, 32 bits) of every case row's variables: the result sheet records the one it
 * was computed from, so the pane can say when the cases have changed since. Not a security measure.
 */
export function caseFingerprint(table: CaseTable): string {
  let hash = 0x811c9dc5;
  const isEmpty = emptyRowTest(table);
  const offsets = variableColumns(table)
    .map((column) => column - table.firstColumn)
    .sort((a, b) => a - b);
  const texts = new Map<string, number>();
  for (const row of table.rows) {
    if (isEmpty(row)) continue;
    for (const offset of offsets) hash = mixCell(hash, row[offset], texts);
    hash = mixWord(hash, ROW_END);
  }
  return (hash >>> 0).toString(16).padStart(8, '0');
}

const ROW_END = 0x1e;
const words = new Uint32Array(2);
const number = new Float64Array(words.buffer);

/** One cell into the hash without building strings: at 100,000 rows that would cost more than the figures. */
function mixCell(hash: number, cell: CellValue | undefined, texts: Map<string, number>): number {
  if (!cell || cell.kind === 'empty') return mixWord(hash, 1);
  switch (cell.kind) {
    case 'number':
      number[0] = cell.value;
      return mixWord(mixWord(mixWord(hash, 2), words[0] ?? 0), words[1] ?? 0);
    case 'boolean':
      return mixWord(hash, cell.value ? 3 : 4);
    case 'text':
      return mixWord(mixWord(hash, 5), textHash(cell.text, texts));
    case 'error':
      return mixWord(mixWord(hash, 6), textHash(cell.code, texts));
  }
}

/** FNV-1a of a text, remembered: the same labels stand in thousands of rows. */
function textHash(text: string, texts: Map<string, number>): number {
  let known = texts.get(text);
  if (known === undefined) {
    known = 0x811c9dc5;
    for (let i = 0; i < text.length; i++) known = mixWord(known, text.charCodeAt(i));
    texts.set(text, known);
  }
  return known;
}

function mixWord(hash: number, word: number): number {
  return Math.imul(hash ^ word, 0x01000193);
}
