import { printable } from '../printable';
import { EMPTY, text, type CellValue } from '../cell';
import { type Codebook, type Variable, variableOf } from '../codebook/types';
import { readDateEntry, readNumberEntry } from '../entries';
import { containsPersonalNumber } from '../check/personalNumber';
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
export function importCsv(
  csvText: string,
  codebook: Codebook,
  { today, withoutPersonalNumbers = false }: ImportOptions = {},
): ImportedCases {
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
      return i < 0 ? EMPTY : readValue(record[i] ?? '', v, today);
    });
    return [...byVariable, ...extraIndices.map((i) => readValue(record[i] ?? '', null))];
  });
  const values = body.reduce((n, r) => n + r.filter((v) => v !== '').length, 0);
  const columnNames = [...codebook.variables.map((v) => v.name), ...extras.names];
  const identifying = personalNumbersIn(rows, columnNames);
  if (identifying.length > 0 && !withoutPersonalNumbers)
    throw refuse.csvPersonalNumbers({ places: placesText(identifying), count: identifying.length });
  for (const { row, column } of identifying) (rows[row] ?? [])[column] = EMPTY;
  return {
    rows,
    extraColumns: extras.names,
    missingColumns: codebook.variables.filter((v) => !columns.includes(v)).map((v) => v.name),
    notices: [
      `Läste ${rows.length} ${rows.length === 1 ? 'rad' : 'rader'} och ${values} ifyllda värden; alla är med.`,
      ...extras.notices,
      ...(identifying.length > 0
        ? [
            `${identifying.length === 1 ? '1 värde' : `${identifying.length} värden`} som såg ut som personnummer lämnades tomma: ${placesText(identifying)}.`,
          ]
        : []),
    ],
  };
}

export interface ImportOptions {
  /** Today as a date serial: a short date form that would read as a later day is no date. */
  readonly today?: number;
  /** Leave values the personnummer guard flags empty (and list them) instead of refusing the file. */
  readonly withoutPersonalNumbers?: boolean;
}

interface Place {
  readonly row: number;
  readonly column: number;
  readonly name: string;
}

/** Every value that looks like a personnummer, by row and column: nothing identifying gets in. */
function personalNumbersIn(rows: readonly CellValue[][], names: readonly string[]): Place[] {
  return rows.flatMap((cells, row) =>
    cells.flatMap((cell, column) =>
      containsPersonalNumber(cell) ? [{ row, column, name: names[column] ?? '' }] : [],
    ),
  );
}

/** "rad 3 (Kommentar), rad 7 (Ärende-ID)": the file's line (the header is line 1), at most ten named. */
const placesText = (places: readonly Place[]) =>
  places
    .slice(0, 10)
    .map((p) => `rad ${p.row + 2} (${p.name})`)
    .join(', ') + (places.length > 10 ? ` och ${places.length - 10} till` : '');

function findVariable(codebook: Codebook, header: string): Variable | null {
  const wanted = header.toLowerCase();
  return codebook.variables.find((v) => v.name.normalize('NFC').toLowerCase() === wanted) ?? null;
}

/** A value of a CSV cell, read as the form reads what is typed (entries.ts); the rest stays text. */
function readValue(raw: string, variable: Variable | null, today?: number): CellValue {
  if (raw === '') return EMPTY;
  const type = variable?.type ?? 'number';
  const read =
    type === 'integer' || type === 'number'
      ? readNumberEntry(raw)
      : type === 'date'
        ? readDateEntry(raw, today)
        : null;
  return read?.kind === 'number' ? read : text(raw);
}
