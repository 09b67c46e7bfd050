import { EMPTY, type CellValue } from '../core/cell';
import { importCsv } from '../core/csv/importCsv';
import { learnedMessage, learnValues } from '../core/csv/learnValues';
import { KodbokEdits } from '../core/plan/kodbokEdits';
import type { WorkbookPort } from '../core/port/workbookPort';
import { readCodebookSheet } from '../core/read/readCodebook';
import { readCases } from '../core/read/readWorkbook';
import { refuse } from '../core/refusals';
import { emptyRowTest } from '../core/table/caseTable';
import type { RemovalActions } from './caseRemoval';
import { toTableRow, valuesOf, type CaseValues } from './caseRows';
import { exampleCases } from './exampleCases';

export interface ImportSummary {
  readonly cases: number;
  readonly extraColumns: readonly string[];
  readonly missingColumns: readonly string[];
  /** "Lade till 1 värde i kodboken för Enhet: Beroendemottagningen.", one per list that learned values. */
  readonly learned: readonly string[];
  /** How many rows and values were read (all kept), and each column kept under a name of its own. */
  readonly notices: readonly string[];
}

/** Many cases at once: a CSV file's and the fictitious example's. They read the whole workbook once. */
export class CaseImport {
  constructor(
    private readonly port: WorkbookPort,
    private readonly removal: RemovalActions,
    /** Today as a date serial: a short date form that would read as a later day is no date. */
    private readonly today: () => number,
  ) {}

  /**
   * Inserts the 79 fictitious cases. Into a follow-up that has real cases only when `confirmed`: they would
   * count in its results until removed, so without it the refusal says so, for the pane to ask.
   */
  async insertExample(confirmed = false): Promise<number> {
    if (!confirmed) {
      const { others } = await this.removal.exampleCount();
      if (others > 0) throw refuse.exampleAmongCases({ cases: others });
    }
    return this.appendCases(exampleCases());
  }

  /**
   * Appends a CSV file's cases; every row and value is kept, for the check to report. Values of the
   * grouping lists that the codebook lacks (a third unit) are added to Kodbok, one line each in `learned`.
   */
  async importCsv(
    csvText: string,
    options: { withoutPersonalNumbers?: boolean } = {},
  ): Promise<ImportSummary> {
    const reading = readCodebookSheet(await this.port.readValues());
    const imported = importCsv(csvText, reading.codebook, { today: this.today(), ...options });
    const { learned } = learnValues(reading.codebook, imported.rows);
    if (learned.length > 0) {
      const edits = KodbokEdits.of(reading);
      await this.port.setCells(
        learned.flatMap((l) =>
          edits.addValues(
            l.variable,
            l.labels.map((label) => ({ label, role: null })),
          ),
        ),
      );
    }
    await this.addExtraColumns(imported.extraColumns);
    const width = reading.codebook.variables.length;
    const cases = await this.appendCases(
      imported.rows.map((row) => valuesOf(reading.codebook, row)),
      { names: imported.extraColumns, rows: imported.rows.map((row) => row.slice(width)) },
    );
    return {
      cases,
      extraColumns: imported.extraColumns,
      missingColumns: imported.missingColumns,
      learned: learned.map(learnedMessage),
      notices: imported.notices,
    };
  }

  /** The CSV's own columns, right of the case table, each once (a name the table has in any case is reused). */
  private async addExtraColumns(names: readonly string[]): Promise<void> {
    const { table } = readCases(await this.port.readValues());
    const has = new Set(table.headers.map(headerKey));
    let column = table.firstColumn + table.headers.length;
    for (const header of names) {
      if (has.has(headerKey(header))) continue;
      has.add(headerKey(header));
      const width = Math.min(30, Math.max(12, header.length + 2));
      await this.port.addCaseColumn({
        sheet: table.sheetName,
        header,
        column,
        width,
        validations: [],
        formats: [],
      });
      column++;
    }
  }

  /**
   * Appends cases, the import's and the example's, filling the table's trailing empty rows first (a new
   * table has one, since an Excel table cannot be empty). `extras` are values of the table's own columns,
   * by header.
   */
  private async appendCases(
    cases: readonly CaseValues[],
    extras?: { readonly names: readonly string[]; readonly rows: readonly (readonly CellValue[])[] },
  ): Promise<number> {
    const values = await this.port.readValues();
    const { table, codebook } = readCases(values);
    const isEmpty = emptyRowTest(table);
    let firstFree = table.rows.length;
    while (firstFree > 0 && isEmpty(table.rows[firstFree - 1] ?? [])) firstFree--;
    const at = (extras?.names ?? []).map((name) => table.headers.map(headerKey).indexOf(headerKey(name)));
    const rows = cases.map((c, r) => {
      const row = toTableRow(table, codebook, c);
      at.forEach((i, k) => {
        if (i >= 0) row[i] = extras?.rows[r]?.[k] ?? EMPTY;
      });
      return row;
    });
    const intoEmpty = rows.slice(0, table.rows.length - firstFree);
    for (const [i, row] of intoEmpty.entries()) await this.port.updateCaseRow(firstFree + i, row);
    if (rows.length > intoEmpty.length) await this.port.appendCaseRows(rows.slice(intoEmpty.length));
    return cases.length;
  }
}

/** A table column's name as Excel compares names: letter case does not count. */
const headerKey = (header: string): string => header.trim().toLowerCase();
