import Personnummer from 'personnummer';
import type { CellValue } from '../cell';

/**
 * 6 or 8 digits of date (its parts may stand apart, by a space or a dot: "19 12 12", "12.12.12"), a
 * separator as people type it (none, a hyphen or plus, a slash, spaces around it), 4 digits; not part of
 * a longer run of digits or of a decimal number (the decimals of a date-time serial in a pivot cache are no number).
 * Applied after `plainDigits`.
 */
const CANDIDATE =
  /(?<!\d)(?<!\d[.,])(\d{2}(?:\d{2})?)[ .]?(\d{2})[ .]?(\d{2}) *[-+/]? *(\d{4})(?!\d)(?![.,]\d)/g;

/** Nine digits standing alone: a number of someone born 2000–2009 whose leading zero a spreadsheet took. */
const ZERO_LOST = /(?<![\d.,])(\d{9})(?![\d.,])/g;

/**
 * Every form of digit, dash and space as plain ASCII: NFKC folds full-width digits and separators and the
 * no-break space; the dashes left (en and em dash, the non-breaking hyphen, minus) become "-".
 */
const plainDigits = (raw: string): string =>
  raw
    .normalize('NFKC')
    .replace(/[\u2010-\u2015\u2212\uFE58\uFE63]/g, '-')
    .replace(/[\s\u00A0\u2000-\u200B\u202F\u3000]+/g, ' ');

/**
 * True when the cell holds something that passes as a Swedish personal identity number or
 * co-ordination number (day + 60): a real date and a valid Luhn check digit.
 */
export function containsPersonalNumber(cell: CellValue): boolean {
  return candidateTexts(cell).some(passes);
}

/** The same for text a cell holds beside its value: a note, a link's target, a formula. */
export function textContainsPersonalNumber(raw: string): boolean {
  return candidatesIn(raw).some(passes);
}

const passes = (candidate: string) =>
  Personnummer.valid(candidate, { allowCoordinationNumber: true, allowInterimNumber: false });

function candidateTexts(cell: CellValue): string[] {
  if (cell.kind === 'number') {
    const digits = Number.isInteger(cell.value) && cell.value > 0 ? String(cell.value) : '';
    // A number loses its leading zeros: a number of someone born in 2005 (05MMDD and four digits) typed as
    // a number has nine digits, one born in 2000 (00MMDD…) eight.
    if (digits.length === 9) return [`0${digits}`];
    if (digits.length === 8) return [`00${digits}`];
    return digits.length === 10 || digits.length === 12 ? [digits] : [];
  }
  return cell.kind === 'text' ? candidatesIn(cell.text) : [];
}

function candidatesIn(raw: string): string[] {
  if (raw.length < 9) return [];
  const text = plainDigits(raw);
  return [
    ...[...text.matchAll(CANDIDATE)].map((m) => `${m[1] ?? ''}${m[2] ?? ''}${m[3] ?? ''}-${m[4] ?? ''}`),
    ...[...text.matchAll(ZERO_LOST)].map((m) => `0${m[1] ?? ''}`),
  ];
}
