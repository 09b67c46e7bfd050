import Papa from 'papaparse';

/** A CSV file's records, as Excel and other systems write them (`;`, `,` or tab; BOM and line ends as they come). */
export interface ParsedCsv {
  readonly records: string[][];
  /** The line (1-based) of a quote that never closes: everything after it would run into one value. */
  readonly unclosedQuoteLine: number | null;
}

export function parseCsv(csvText: string): ParsedCsv {
  const plain = csvText.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
  const parsed = Papa.parse<string[]>(plain, {
    delimitersToGuess: [';', ',', '\t'],
    skipEmptyLines: 'greedy',
  });
  const broken = parsed.errors.find((e) => e.type === 'Quotes');
  return {
    records: parsed.data,
    unclosedQuoteLine: broken ? plain.slice(0, broken.index ?? 0).split('\n').length : null,
  };
}

/**
 * A value a spreadsheet would run as a formula when it opens the file (`=HYPERLINK(…)`, `+cmd|…`, `@SUM…`,
 * or one starting with a tab or carriage return), with any apostrophes an earlier escape put before it.
 */
const RUNNABLE = /^'*[=+\-@\t\r]/;

/** How the tool writes a value into a CSV file: a runnable one behind an apostrophe, so it stays text (OWASP). */
export const CSV_ESCAPE = RUNNABLE;

/** A value as the tool wrote it, read back: the apostrophe its escape added is taken away again. */
export const unescapeCsvValue = (value: string): string =>
  value.startsWith("'") && RUNNABLE.test(value) ? value.slice(1) : value;
