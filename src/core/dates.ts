import { isValid, parse } from 'date-fns';
import { sv } from 'date-fns/locale/sv';

/** An Excel date serial (days since 1899-12-30). Branded: an age or a count of days is not a date. */
export type DateSerial = number & { readonly __brand: 'DateSerial' };

const MS_PER_DAY = 86_400_000;
const UNIX_EPOCH_SERIAL = 25_569;

export function serialFromYmd(year: number, month: number, day: number): DateSerial {
  return toSerial(Date.UTC(year, month - 1, day) / MS_PER_DAY + UNIX_EPOCH_SERIAL);
}

export function serialFromUtcDate(date: Date): DateSerial {
  return toSerial(date.getTime() / MS_PER_DAY + UNIX_EPOCH_SERIAL);
}

export function utcDateFromSerial(serial: number): Date {
  return new Date(Math.round((serial - UNIX_EPOCH_SERIAL) * MS_PER_DAY));
}

/** 2019-03-05 for a serial; the bare number when it is no date at all, so a message never fails. */
export function isoFromSerial(serial: number): string {
  const date = utcDateFromSerial(serial);
  return Number.isNaN(date.getTime()) ? String(serial) : date.toISOString().slice(0, 10);
}

function toSerial(value: number): DateSerial {
  // eslint-disable-next-line @typescript-eslint/consistent-type-assertions -- the one place the brand is given
  return value as DateSerial;
}

/** Dates a follow-up can hold: from 1990 to 2100. Anything else in a date column is a typing error. */
export const EARLIEST_PLAUSIBLE: DateSerial = serialFromYmd(1990, 1, 1);
export const LATEST_PLAUSIBLE: DateSerial = serialFromYmd(2100, 12, 31);

export function isPlausibleSerial(value: number): boolean {
  return value >= EARLIEST_PLAUSIBLE && value <= LATEST_PLAUSIBLE;
}

/**
 * The ways people type or paste a date, Swedish first: 2019-03-05, 5/3/2019, 5 mars 2019, 05-03-2024,
 * 5/3 2024, 2024.03.05, and the short forms of journals: 240305 and 5/3-24 (a two-digit year is
 * 1950–2049, as date-fns reads it beside 2000). One reader for the form, import and the check.
 */
const TEXT_DATE_FORMATS = [
  'yyyy-MM-dd',
  'yyyy-M-d',
  'yyyyMMdd',
  'yyMMdd',
  'd/M/yyyy',
  'd/M-yy',
  'd/M-yyyy',
  'd/M yyyy',
  'd-M-yyyy',
  'd.M.yyyy',
  'yyyy.M.d',
  'd MMMM yyyy',
  'd MMM yyyy',
];

/**
 * 2019-03-05, the form nearly every file holds, read without the general parser (a CSV of 100,000 cases
 * has some 400,000 dates); null when it is not that form or no real date, for the general parser to try.
 */
function isoDate(text: string): DateSerial | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (!match) return null;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  date.setUTCFullYear(year); // years below 100 are not 19xx
  const real =
    date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
  return real ? serialFromYmd(year, month, day) : null;
}

/**
 * Reads a date typed as text; null when it is not one unambiguous, real date. Given `today`, a short
 * form (240305, 5/3-24) that would read as a later day is no date: "310224" is not 2031-02-24.
 */
export function parseTextDate(raw: string, today?: number): DateSerial | null {
  const trimmed = raw.trim().replace(/\s+/g, ' ');
  if (trimmed === '') return null;
  const iso = isoDate(trimmed);
  if (iso !== null) return iso;
  for (const format of TEXT_DATE_FORMATS) {
    // The short forms are digits of a fixed length: "2403051" or "5/3-2" are no dates.
    if (format === 'yyMMdd' && !/^\d{6}$/.test(trimmed)) continue;
    if (format === 'd/M-yy' && !/^\d{1,2}\/\d{1,2}-\d{2}$/.test(trimmed)) continue;
    const parsed = parse(trimmed, format, new Date(2000, 0, 1), { locale: sv });
    // A four-digit year typed with fewer digits ("5/3/24") is no year 24: left for the check to name.
    const shortYear = format.includes('yyyy') && parsed.getFullYear() < 1000;
    if (isValid(parsed) && !shortYear) {
      const serial = serialFromYmd(parsed.getFullYear(), parsed.getMonth() + 1, parsed.getDate());
      const guessedCentury = format.includes('yy') && !format.includes('yyyy');
      return guessedCentury && today !== undefined && serial > today ? null : serial;
    }
  }
  return null;
}
