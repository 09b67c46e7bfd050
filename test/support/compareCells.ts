import type { CellValue } from '../../src/core/cell';

/** Numbers agree to 1e-9 relative; an empty text result and an empty cell are the same thing to a reader. */
export function sameShown(expected: CellValue, actual: CellValue): boolean {
  const blank = (v: CellValue) => v.kind === 'empty' || (v.kind === 'text' && v.text === '');
  if (blank(expected) || blank(actual)) return blank(expected) && blank(actual);
  if (expected.kind === 'number' && actual.kind === 'number') {
    return Math.abs(expected.value - actual.value) <= 1e-9 * Math.max(1, Math.abs(expected.value));
  }
  return JSON.stringify(expected) === JSON.stringify(actual);
}
