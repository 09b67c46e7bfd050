import Personnummer from 'personnummer';
import type { CellValue } from '../cell';

/** 6 or 8 digits of date, an optional separator, 4 digits; not part of a longer run of digits. */
const CANDIDATE = /(?<!\d)(\d{6}|\d{8})[-+ ]?(\d{4})(?!\d)/g;

/**
 * True when the cell holds something that passes as a Swedish personal identity number or
 * co-ordination number (day + 60): a real date and a valid Luhn check digit.
 */
export function containsPersonalNumber(cell: CellValue): boolean {
  const candidates = candidateTexts(cell);
  return candidates.some((c) =>
    Personnummer.valid(c, { allowCoordinationNumber: true, allowInterimNumber: false }),
  );
}

function candidateTexts(cell: CellValue): string[] {
  if (cell.kind === 'number') {
    const digits = Number.isInteger(cell.value) && cell.value > 0 ? String(cell.value) : '';
    return digits.length === 10 || digits.length === 12 ? [digits] : [];
  }
  if (cell.kind !== 'text' || cell.text.length < 10) return [];
  return [...cell.text.matchAll(CANDIDATE)].map((m) => `${m[1] ?? ''}-${m[2] ?? ''}`);
}
