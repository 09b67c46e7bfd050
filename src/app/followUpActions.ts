import { EMPTY, type CellValue } from '../core/cell';
import { checkWorkbook } from '../core/check/checkFollowUp';
import type { Problem } from '../core/check/problem';
import type { VariableKey } from '../core/codebook/types';
import { DEFAULT_CODEBOOK } from '../core/codebook/defaultCodebook';
import { importCsv } from '../core/csv/importCsv';
import { refuse } from '../core/refusals';
import type { Results } from '../core/figures/types';
import { codebookSheetPlan, CODEBOOK_SHEET_NAME } from '../core/plan/codebookSheet';
import { casesSheetPlan } from '../core/plan/casesSheet';
import { RESULTS_SHEET_NAME } from '../core/plan/resultsSheet';
import { settingsSheetPlan, SETTINGS_SHEET_NAME } from '../core/plan/settingsSheet';
import { resultsPlan } from '../core/plan/workbookPlan';
import type { WorkbookPort } from '../core/port/workbookPort';
import { assertReadyForResults, readCases, readFollowUp } from '../core/read/readWorkbook';
import { readCodebook, readCodebookSheet } from '../core/read/readCodebook';
import { KodbokEdits } from '../core/codebook/kodbokEdits';
import type { Codebook } from '../core/codebook/types';
import { learnedMessage, learnValues } from '../core/csv/learnValues';
import { CodebookActions } from './codebookActions';
import { saveUnlessErrors, type SaveOutcome } from './saveOutcome';
import { SettingsActions } from './settingsActions';
import { rowOfA1, type A1 } from '../core/address';
import { DEFAULT_SETTINGS, type Settings } from '../core/settings';
import { locateCaseTable } from '../core/table/locateCaseTable';
import { emptyRowTest } from '../core/table/caseTable';
import { maskedResultsJson, type MaskedResultsJson } from '../core/masking/maskedJson';
import type { ResultsSheetPlan } from '../core/plan/resultsSheet';
import { caseFingerprint } from '../core/table/fingerprint';
import { findSheet, type WorkbookValues } from '../core/table/workbookValues';
import { caseRowAt, listCases, type CaseField, type CaseList } from './caseList';
import { caseValuesAt, toTableRow, valuesOf, type CaseValues } from './caseRows';
import { formFindings } from './caseForm';
import { headlineTable, type HeadlineTable } from './headlineFigures';
import { RemovalActions } from './caseRemoval';
import { FixActions } from './fixActions';
import { exampleCases } from './exampleCases';
import { resultTables, type ResultTable } from './resultTables';
import { resultsFingerprint } from './resultsSheetText';
import { formulaLimitProblems, refuseBeyondExcelLimits } from './excelLimits';

export interface ImportSummary {
  readonly cases: number;
  readonly extraColumns: readonly string[];
  readonly missingColumns: readonly string[];
  /** "Lade till 1 värde i kodboken för Enhet: Beroendemottagningen.", one per list that learned values. */
  readonly learned: readonly string[];
  /** How many rows and values were read (all kept), and each column kept under a name of its own. */
  readonly notices: readonly string[];
}

export type FollowUpStatus =
  | { readonly kind: 'none' }
  | {
      readonly kind: 'ready';
      readonly cases: number;
      /** Kodbok or Inställningar, if the workbook lacks them: a repair adds them. */
      readonly missingSheets: readonly string[];
      /** null: no result sheet yet. */
      readonly resultsStale: boolean | null;
    };

export { EXAMPLE_ID_PREFIX } from './caseRemoval';
export { exampleCases } from './exampleCases';

/** Everything the task pane and the web page do to a follow-up, over a workbook port. */
export class FollowUpActions {
  /** The codebook tab's actions over the same workbook. */
  readonly codebook: CodebookActions;
  /** The settings tab's. */
  readonly settings: SettingsActions;
  /** Removing a case (and undoing it), and the fictitious cases. */
  readonly removal: RemovalActions;
  /** The check as a worklist, and fixing one slip on many rows. */
  readonly fixes: FixActions;

  constructor(
    private readonly port: WorkbookPort,
    /** Today as a date serial, for the check's future-date rule. */
    private readonly today: () => number,
  ) {
    this.codebook = new CodebookActions(port);
    this.settings = new SettingsActions(port);
    this.removal = new RemovalActions(port);
    this.fixes = new FixActions(port, () => this.check());
  }

  async status(): Promise<FollowUpStatus> {
    const values = await this.port.readValues();
    const table = locateCaseTable(values, readCodebook(values));
    if (!table) return { kind: 'none' };
    // The same rule as the figures and the check: a row is a case when any variable is filled.
    const isEmpty = emptyRowTest(table);
    const cases = table.rows.filter((row) => !isEmpty(row)).length;
    const missingSheets = [CODEBOOK_SHEET_NAME, SETTINGS_SHEET_NAME].filter(
      (name) => !findSheet(values, name),
    );
    const written = resultsFingerprint(values);
    const current = caseFingerprint(readCases(values).table);
    return {
      kind: 'ready',
      cases,
      missingSheets,
      resultsStale: written === null ? null : written !== current,
    };
  }

  /** Creates the follow-up sheets; refuses where any of them exists, so no sheet with data is overwritten. */
  async create(settings: Settings = DEFAULT_SETTINGS, codebook: Codebook = DEFAULT_CODEBOOK): Promise<void> {
    const values = await this.port.readValues();
    if (locateCaseTable(values, codebook)) {
      throw refuse.followUpExists({});
    }
    const plans = [casesSheetPlan(codebook, []), codebookSheetPlan(codebook), settingsSheetPlan(settings)];
    const taken = plans.find((p) => findSheet(values, p.name));
    if (taken) throw refuse.sheetExists({ sheet: taken.name });
    await this.port.writeSheets(plans, []);
  }

  /**
   * Adds a missing Kodbok or Inställningar sheet, and brings an older Kodbok up to date (only the cells
   * this version adds); never touches the case rows. Returns what it did, one line each.
   */
  async repair(): Promise<string[]> {
    const values = await this.port.readValues();
    if (!locateCaseTable(values, readCodebook(values))) return [];
    const plans = [codebookSheetPlan(DEFAULT_CODEBOOK), settingsSheetPlan(DEFAULT_SETTINGS)].filter(
      (p) => !findSheet(values, p.name),
    );
    if (plans.length > 0) await this.port.writeSheets(plans, []);
    const done = plans.map((p) => `La till bladet ${p.name}.`);
    const reading = readCodebookSheet(values);
    if (reading.layout && !reading.upToDate) {
      await this.port.setCells(KodbokEdits.of(reading).upgrade(reading));
      done.push(`Uppdaterade bladet ${CODEBOOK_SHEET_NAME} till den här versionen (inga ärenden ändrades).`);
    }
    return done;
  }

  /** Appends the 79 fictitious example cases, their IDs marked FIKTIV-, with two slips for the check to find. */
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
  async importCsv(csvText: string): Promise<ImportSummary> {
    const reading = readCodebookSheet(await this.port.readValues());
    const imported = importCsv(csvText, reading.codebook);
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

  async check(): Promise<Problem[]> {
    const values = await this.port.readValues({ links: true });
    return [...checkWorkbook(values, { today: this.today() }), ...formulaLimitProblems(values)];
  }

  /** Writes the fix of one problem into its cell, and nothing else. */
  async applyFix(problem: Problem): Promise<void> {
    if (!problem.fix) throw refuse.noFix({});
    await this.port.setCells([{ sheet: problem.sheet, cell: problem.cell, value: problem.fix }]);
  }

  /**
   * Creates or replaces the result sheet; returns the figures, and the headline figures and sentences it
   * shows. A sheet of that name (in any letter case) is replaced only when it carries the tool's checksum
   * line, or with `replaceForeign` (the command line's --force): a sheet the user made is never lost.
   */
  async writeResults(options: { readonly replaceForeign?: boolean } = {}): Promise<{
    results: Results;
    sheet: ResultsSheetPlan;
    sentences: string[];
    headline: HeadlineTable;
    /** Every breakdown as the sheet shows it, with its chart's data. */
    tables: ResultTable[];
    /** What a reader of the sheet sees, in the `--json` shape (`results --json --masked`). */
    masked: MaskedResultsJson;
  }> {
    const values = await this.port.readValues();
    const followUp = readFollowUp(values);
    assertReadyForResults(followUp);
    const existing = findSheet(values, RESULTS_SHEET_NAME);
    if (existing && resultsFingerprint(values) === '' && !options.replaceForeign)
      throw refuse.foreignResultsSheet({ sheet: existing.name });
    const { sheet, results } = resultsPlan(followUp);
    refuseBeyondExcelLimits(sheet);
    const replace = [existing?.name ?? RESULTS_SHEET_NAME];
    await this.port.writeSheets(
      followUp.hasSettingsSheet ? [sheet] : [settingsSheetPlan(followUp.settings), sheet],
      replace,
    );
    return {
      results,
      sheet,
      sentences: [...sheet.sentences],
      headline: headlineTable(results, sheet.pattern),
      tables: resultTables(results, sheet.pattern, followUp.settings),
      masked: maskedResultsJson(results, sheet.pattern),
    };
  }

  /** The workbook's own codebook, which the case form is built from. */
  async formCodebook(): Promise<Codebook> {
    return readCodebookSheet(await this.port.readValues()).codebook;
  }

  /** The case row holding the selected cell, or null when the selection is not in the case table. */
  async selectedCaseRow(): Promise<number | null> {
    const selected = await this.port.selectedCell();
    if (!selected) return null;
    const { table } = readCases(await this.port.readValues());
    const row = rowOfA1(selected.cell);
    const index = row - table.headerRow - 1;
    return selected.sheet === table.sheetName && index >= 0 && index < table.rows.length ? index : null;
  }

  /** The cases, for a case list beside the form (the web page, where there is no sheet to look at). */
  async cases(): Promise<CaseList> {
    return listCases(await this.port.readValues());
  }

  /** The whole case row holding a cell, to show beside a problem; null outside the case table. */
  async caseRowAt(sheet: string, cell: A1): Promise<CaseField[] | null> {
    return caseRowAt(await this.port.readValues(), sheet, cell);
  }

  /** The values of one case row, for the form to edit. */
  async readCase(rowIndex: number): Promise<CaseValues> {
    const { table, codebook } = readCases(await this.port.readValues());
    return caseValuesAt(table, codebook, rowIndex);
  }

  /**
   * Checks a case from the form and, if it has no error, appends it (rowIndex null) or replaces that row.
   * Returns the findings per variable; nothing is written while any is an error.
   */
  async saveCase(values: CaseValues, rowIndex: number | null): Promise<SaveOutcome<VariableKey>> {
    const current = await this.port.readValues();
    const { table, codebook } = readCases(current);
    const findings = formFindings(codebook, values, this.today(), table, rowIndex);
    return saveUnlessErrors(findings, () =>
      rowIndex === null
        ? this.appendCases([values], undefined, current).then(() => undefined)
        : this.port.updateCaseRow(rowIndex, toTableRow(table, codebook, values, table.rows[rowIndex])),
    );
  }

  /**
   * Fills the table's trailing empty rows first (a new table has one, since an Excel table cannot be
   * empty), then appends the rest below it.
   */
  /** Appends cases (into the table's empty rows first); `extras` are values of the table's own columns, by header. */
  private async appendCases(
    cases: readonly CaseValues[],
    extras?: { readonly names: readonly string[]; readonly rows: readonly (readonly CellValue[])[] },
    /** The workbook as the caller just read it: saving a case reads it once, not twice. */
    read?: WorkbookValues,
  ): Promise<number> {
    const values: WorkbookValues = read ?? (await this.port.readValues());
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
