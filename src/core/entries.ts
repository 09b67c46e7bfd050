import { EMPTY, num, text, type CellValue } from './cell';
import { parseTextDate } from './dates';

/**
 * One reader per kind of value, for every place a value enters: the case form, import, and the check's
 * fixes. What one of them reads as a date or a number, the others read as the same; what none can read
 * stays the text it was, for the check to name.
 */

/** A date as typed or exported (2024-01-15, 240115, 5/2-24, 12 februari 2024…): its serial, or the text. */
export function readDateEntry(typed: string, today?: number): CellValue {
  if (typed.trim() === '') return EMPTY;
  const serial = parseTextDate(typed, today);
  return serial === null ? text(typed) : num(serial);
}

/**
 * A number as typed or exported: 45, 4,5, and a number with its unit as journals write it ("45 år",
 * "3 st", "120 dagar"). The unit adds nothing the column does not say.
 */
const NUMBER_WITH_UNIT = /^(-?\d+(?:[.,]\d+)?)(?:\s*(?:år|st|dagar|dag|dgr|mån|månader|veckor|v))?\.?$/i;

export function readNumberEntry(typed: string): CellValue {
  const trimmed = typed.trim();
  if (trimmed === '') return EMPTY;
  const match = NUMBER_WITH_UNIT.exec(trimmed);
  return match ? num(Number((match[1] ?? '').replace(',', '.'))) : text(typed);
}
