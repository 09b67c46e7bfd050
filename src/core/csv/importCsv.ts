import { printable } from '../printable';
import { EMPTY, num, text, type CellValue } from '../cell';
import { type Codebook, type Variable, variableOf } from '../codebook/types';
import { parseTextDate } from '../dates';
import { refuse } from '../refusals';
import { parseCsv } from './csvText';
import { extraColumnNames } from './extraColumns';

/** An Excel sheet's rows and columns (the header takes a row). */
const SHEET_ROWS = 1_048_576;
const SHEET_COLUMNS = 16_384;

export interface ImportedCases {
  /** Rows in the codebook's column order, then the CSV's own extra columns. */
  readonly rows: CellValue[][];
  readonly extraColumns: string[];
  /** Codebook variables the CSV had no column for (left empty). */
  readonly missingColumns: string[];
  /** What was read and kept, and each column kept under a name of its own (Swedish lines). */
  readonly notices: string[];
}

/**
 * Reads a case list exported from Excel or another system. Every row and value is kept: a number or a date
 * that reads cleanly in a number or date column becomes one; anything else stays the text it was, for the
 * check to report. A column whose header is blank, repeats an earlier one or lies beyond the header is
 * kept too, under a name of its own, and a notice says so; a quote that never closes is refused with its
 * line, since everything after it would run into one value.
 */
export function importCsv(csvText: string, codebook: Codebook): ImportedCases {
  const parsed = parseCsv(csvText);
  if (parsed.unclosedQuoteLine !== null) throw refuse.csvQuote({ line: parsed.unclosedQuoteLine });
  const [rawHeader, ...body] = parsed.records;
  if (!rawHeader || rawHeader.every((h) => h.trim() === '')) throw refuse.csvEmpty({});
  const width = body.reduce((w, r) => Math.max(w, r.length), rawHeader.length);
  // An Excel sheet's own bounds: more would not fit the case sheet, and is refused before it is built.
  if (body.length + 1 > SHEET_ROWS || width > SHEET_COLUMNS)
    throw refuse.csvTooWide({
      rows: body.length,
      width,
      maxRows: SHEET_ROWS - 1,
      maxColumns: SHEET_COLUMNS,
    });
  const header = Array.from({ length: width }, (_, i) => (rawHeader[i] ?? '').normalize('NFC').trim());
  const columns = header.map((h) => findVariable(codebook, h));
  if (!columns.some((v) => v !== null)) {
    throw refuse.csvNoVariable({
      example: variableOf(codebook, 'caseId').name,
      header: printable(header.join(', '), 200),
    });
  }
  // A variable's second column is no variable: its values are kept as an extra column.
  columns.forEach((v, i) => {
    if (v && columns.indexOf(v) < i) columns[i] = null;
  });
  const hasValue = (i: number) => body.some((r) => (r[i] ?? '') !== '');
  const extraIndices = header.flatMap((h, i) =>
    columns[i] === null && (h !== '' || hasValue(i)) ? [i] : [],
  );
  const extras = extraColumnNames(header, extraIndices, codebook, rawHeader.length);
  const rows = body.map((record) => {
    const byVariable = codebook.variables.map((v) => {
      const i = columns.indexOf(v);
      return i < 0 ? EMPTY : readValue(record[i] ?? '', v);
    });
    return [...byVariable, ...extraIndices.map((i) => readValue(record[i] ?? '', null))];
  });
  const values = body.reduce((n, r) => n + r.filter((v) => v !== '').length, 0);
  return {
    rows,
    extraColumns: extras.names,
    missingColumns: codebook.variables.filter((v) => !columns.includes(v)).map((v) => v.name),
    notices: [
      `Läste ${rows.length} ${rows.length === 1 ? 'rad' : 'rader'} och ${values} ifyllda värden; alla är med.`,
      ...extras.notices,
    ],
  };
}

function findVariable(codebook: Codebook, header: string): Variable | null {
  const wanted = header.toLowerCase();
  return codebook.variables.find((v) => v.name.normalize('NFC').toLowerCase() === wanted) ?? null;
}

const CLEAN_NUMBER = /^-?\d+(?:[.,]\d+)?$/;

function readValue(raw: string, variable: Variable | null): CellValue {
  if (raw === '') return EMPTY;
  const trimmed = raw.trim();
  const type = variable?.type ?? 'number';
  if ((type === 'integer' || type === 'number') && CLEAN_NUMBER.test(trimmed)) {
    return num(Number(trimmed.replace(',', '.')));
  }
  if (type === 'date') {
    const serial = parseTextDate(trimmed);
    if (serial !== null && /^\d{4}-\d{1,2}-\d{1,2}$|^\d{1,2}\/\d{1,2}\/\d{4}$/.test(trimmed))
      return num(serial);
  }
  return text(raw);
}
