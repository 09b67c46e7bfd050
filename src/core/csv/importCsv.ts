import Papa from 'papaparse';
import { EMPTY, num, text, type CellValue } from '../cell';
import type { Codebook, Variable } from '../codebook/types';
import { parseTextDate } from '../dates';
import { refuse } from '../refusals';
import { variableOf } from '../codebook/defaultCodebook';

export interface ImportedCases {
  /** Rows in the codebook's column order, then the CSV's own extra columns. */
  readonly rows: CellValue[][];
  readonly extraColumns: string[];
  /** Codebook variables the CSV had no column for (left empty). */
  readonly missingColumns: string[];
}

/**
 * Reads a case list exported from Excel or another system. Every row and value is kept: a number or a date
 * that reads cleanly in a number or date column becomes one; anything else stays the text it was, for the
 * check to report.
 */
export function importCsv(csvText: string, codebook: Codebook): ImportedCases {
  const parsed = Papa.parse<string[]>(csvText.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n'), {
    delimitersToGuess: [';', ',', '\t'],
    skipEmptyLines: 'greedy',
  });
  const [header, ...body] = parsed.data;
  if (!header || header.every((h) => h.trim() === '')) {
    throw refuse.csvEmpty({});
  }
  const columns = header.map((h) => findVariable(codebook, h));
  if (!columns.some((v) => v !== null)) {
    throw refuse.csvNoVariable({ example: variableOf(codebook, 'caseId').name, header: header.join(', ') });
  }
  const extraIndices = header.flatMap((h, i) => (columns[i] === null && h.trim() !== '' ? [i] : []));
  const rows = body.map((record) => {
    const byVariable = codebook.variables.map((v) => {
      const i = columns.indexOf(v);
      return i < 0 ? EMPTY : readValue(record[i] ?? '', v);
    });
    return [...byVariable, ...extraIndices.map((i) => readValue(record[i] ?? '', null))];
  });
  return {
    rows,
    extraColumns: extraIndices.map((i) => (header[i] ?? '').trim()),
    missingColumns: codebook.variables.filter((v) => !columns.includes(v)).map((v) => v.name),
  };
}

function findVariable(codebook: Codebook, header: string): Variable | null {
  const wanted = header.trim().toLowerCase();
  return codebook.variables.find((v) => v.name.toLowerCase() === wanted) ?? null;
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
