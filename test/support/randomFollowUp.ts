import { num, text, type CellValue } from '../../src/core/cell';
import type { Codebook } from '../../src/core/codebook/types';

const EMPTY: CellValue = { kind: 'empty' };

/** A small random follow-up's case rows (fictitious, from a seed): labels of the codebook, blanks, dates, ages. */
export function randomCaseRows(codebook: Codebook, seed: number, cases: number): CellValue[][] {
  let state = seed >>> 0 || 1;
  const random = () => {
    // xorshift32: the same rows for the same seed, on every machine.
    state ^= state << 13;
    state ^= state >>> 17;
    state ^= state << 5;
    return (state >>> 0) / 0x100000000;
  };
  const pick = <T>(items: readonly T[]): T | undefined => items[Math.floor(random() * items.length)];
  return Array.from({ length: cases }, (_, i) =>
    codebook.variables.map((v): CellValue => {
      if (v.type === 'id') return text(`FIKTIV-${seed}-${i + 1}`);
      if (random() < 0.08) return EMPTY;
      switch (v.type) {
        case 'list':
        case 'orderedList': {
          const label = pick(v.values.map((o) => o.label));
          return label === undefined ? EMPTY : text(label);
        }
        case 'integer':
        case 'number':
          return num(Math.floor(random() * 70) + 12);
        case 'date':
          return num(45000 + Math.floor(random() * 300));
        case 'text':
          return EMPTY;
      }
      return EMPTY;
    }),
  );
}
