import { checkWorkbook, personalNumberProblems } from '../core/check/checkFollowUp';
import type { Problem } from '../core/table/problem';
import type { VariableKey, Codebook } from '../core/codebook/types';
import { DEFAULT_CODEBOOK } from '../core/codebook/defaultCodebook';
import { refuse } from '../core/refusals';
import type { Results } from '../core/figures/types';
import { codebookSheetPlan } from '../core/plan/codebookSheet';
import { CODEBOOK_SHEET_NAME } from '../core/layout/kodbokLayout';
import { casesSheetPlan } from '../core/plan/casesSheet';
import { RESULTS_SHEET_NAME, type ResultsSheetPlan } from '../core/plan/resultsSheet';
import { settingsSheetPlan } from '../core/plan/settingsSheet';
import { SETTINGS_SHEET_NAME } from '../core/layout/settingsLayout';
import { resultsPlan } from '../core/plan/workbookPlan';
import type { WorkbookPort } from '../core/port/workbookPort';
import { assertReadyForResults, readCases, readFollowUp } from '../core/read/readWorkbook';
import { readCodebook, readCodebookSheet } from '../core/read/readCodebook';
import { KodbokEdits } from '../core/plan/kodbokEdits';
import { CodebookActions } from './codebookActions';
import type { SaveOutcome } from './saveOutcome';
import { SettingsActions } from './settingsActions';
import type { A1 } from '../core/address';
import { DEFAULT_SETTINGS, type Settings } from '../core/settings';
import { locateCaseTable } from '../core/table/locateCaseTable';
import { emptyRowTest } from '../core/table/caseTable';
import { maskedResultsJson, type MaskedResultsJson } from '../core/masking/maskedJson';
import { caseFingerprint } from '../core/table/fingerprint';
import { findSheet, type WorkbookValues } from '../core/table/workbookValues';
import { caseRowAt, listCases, type CaseField, type CaseList } from './caseList';
import type { CaseValues } from './caseRows';
import { headlineTable, type HeadlineTable } from './headlineFigures';
import { RemovalActions } from './caseRemoval';
import { CaseEntry, type OpenedCase } from './caseEntry';
import { CaseImport, type ImportSummary } from './caseImport';
import { FixActions } from './fixActions';
import { resultTables, type ResultTable } from './resultTables';
import { resultsFingerprint } from './resultsSheetText';
import { formulaLimitProblems, refuseBeyondExcelLimits } from './excelLimits';

export type { ImportSummary } from './caseImport';

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
  private readonly entry: CaseEntry;
  private readonly imports: CaseImport;

  constructor(
    private readonly port: WorkbookPort,
    /** Today as a date serial, for the check's future-date rule. */
    private readonly today: () => number,
  ) {
    this.codebook = new CodebookActions(port);
    this.settings = new SettingsActions(port);
    this.removal = new RemovalActions(port);
    this.entry = new CaseEntry(port, today);
    this.imports = new CaseImport(port, this.removal, today);
    this.fixes = new FixActions(port, () => this.checked());
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
   * this version adds); never touches the case rows. Returns what it did, one line each. A missing Kodbok
   * is restored as the built-in codebook, which is not the team's (its own values and roles must be added
   * again): the pane's Reparera says so before; `restoreCodebook: false` leaves it missing, for the check
   * and the results to refuse.
   */
  async repair({ restoreCodebook = true }: { restoreCodebook?: boolean } = {}): Promise<string[]> {
    const values = await this.port.readValues();
    if (!locateCaseTable(values, readCodebook(values))) return [];
    const plans = [
      ...(restoreCodebook ? [codebookSheetPlan(DEFAULT_CODEBOOK)] : []),
      settingsSheetPlan(DEFAULT_SETTINGS),
    ].filter((p) => !findSheet(values, p.name));
    if (plans.length > 0) await this.port.writeSheets(plans, []);
    const done = plans.map((p) =>
      p.name === CODEBOOK_SHEET_NAME
        ? `La till bladet ${p.name} med den inbyggda kodboken: lägg till lagets egna värden och roller igen.`
        : `La till bladet ${p.name}.`,
    );
    const reading = readCodebookSheet(values);
    if (reading.layout && !reading.upToDate) {
      await this.port.setCells(KodbokEdits.of(reading).upgrade(reading));
      done.push(`Uppdaterade bladet ${CODEBOOK_SHEET_NAME} till den här versionen (inga ärenden ändrades).`);
    }
    return done;
  }

  /**
   * Inserts the 79 fictitious cases. Into a follow-up that has real cases only when `confirmed`: they would
   * count in its results until removed, so without it the refusal says so, for the pane to ask.
   */
  insertExample(confirmed = false): Promise<number> {
    return this.imports.insertExample(confirmed);
  }

  /**
   * Appends a CSV file's cases; every row and value is kept, for the check to report. Values of the
   * grouping lists that the codebook lacks (a third unit) are added to Kodbok, one line each in `learned`.
   */
  importCsv(csvText: string, options: { withoutPersonalNumbers?: boolean } = {}): Promise<ImportSummary> {
    return this.imports.importCsv(csvText, options);
  }

  async check(): Promise<Problem[]> {
    return (await this.checked()).problems;
  }

  /** The check, with the values it read. */
  private async checked(): Promise<{ values: WorkbookValues; problems: Problem[] }> {
    const values = await this.port.readValues({ links: true });
    const problems = [...checkWorkbook(values, { today: this.today() }), ...formulaLimitProblems(values)];
    return { values, problems };
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
    /** The errors the check finds in what the results rest on: the surfaces say so beside them. */
    errors: number;
  }> {
    const values = await this.port.readValues();
    const followUp = readFollowUp(values);
    assertReadyForResults(followUp);
    // A result sheet is what leaves the team: not while the workbook holds a personnummer anywhere.
    const [identified, ...more] = personalNumberProblems(values);
    if (identified)
      throw refuse.personalNumberFound({
        where: `${identified.sheet}!${identified.cell}`,
        more: more.length,
      });
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
      errors: checkWorkbook(values, { today: this.today() }).filter((p) => p.severity === 'error').length,
    };
  }

  /** The workbook's own codebook, which the case form is built from. */
  formCodebook(): Promise<Codebook> {
    return this.entry.formCodebook();
  }

  /** The case row holding the selected cell, or null when the selection is not in the case table. */
  async selectedCaseRow(): Promise<number | null> {
    return this.entry.caseRowOf(await this.port.selectedCell());
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
    return (await this.entry.openCase(rowIndex)).values;
  }

  /** One case row for the form to edit, with the Excel row it stands on and the codebook. */
  openCase(rowIndex: number): Promise<OpenedCase> {
    return this.entry.openCase(rowIndex);
  }

  /**
   * Checks a case from the form and, if it has no error, appends it (rowIndex null) or replaces that row.
   * Returns the findings per variable; nothing is written while any is an error.
   */
  saveCase(values: CaseValues, rowIndex: number | null): Promise<SaveOutcome<VariableKey>> {
    return this.entry.saveCase(values, rowIndex);
  }
}
