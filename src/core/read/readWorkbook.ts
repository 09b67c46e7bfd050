import { type Codebook, variableOf } from '../codebook/types';
import { refuse } from '../refusals';
import type { Settings } from '../settings';
import { CASE_SHEET_NAME, CASE_TABLE_NAME, missingVariables, type CaseTable } from '../table/caseTable';
import { locateCaseTable } from '../table/locateCaseTable';
import type { WorkbookValues } from '../table/workbookValues';
import type { Problem } from '../table/problem';
import { readCodebookSheet } from './readCodebook';
import { usableSettings } from './readSettings';

export interface FollowUp {
  readonly table: CaseTable;
  readonly codebook: Codebook;
  readonly settings: Settings;
  readonly hasSettingsSheet: boolean;
  /** Problems in Kodbok; the results refuse to count while any is an error. */
  readonly codebookProblems: readonly Problem[];
}

export interface Cases {
  readonly table: CaseTable;
  readonly codebook: Codebook;
  readonly codebookProblems: readonly Problem[];
}

/** The case rows and the codebook, which is all the check needs; a workbook with no case rows is refused. */
export function readCases(workbook: WorkbookValues): Cases {
  const { codebook, problems } = readCodebookSheet(workbook);
  const table = locateCaseTable(workbook, codebook);
  if (!table) throw noCasesRefusal(codebook);
  return { table, codebook, codebookProblems: problems };
}

/** The refusal for a workbook without case rows, naming the ID column as this codebook calls it. */
export function noCasesRefusal(codebook: Codebook) {
  return refuse.noCases({
    table: CASE_TABLE_NAME,
    idHeader: variableOf(codebook, 'caseId').name,
    sheet: CASE_SHEET_NAME,
  });
}

/** Everything the figures need from a workbook. */
export function readFollowUp(workbook: WorkbookValues): FollowUp {
  const { table, codebook, codebookProblems } = readCases(workbook);
  const { settings, found } = usableSettings(workbook);
  return { table, codebook, settings, hasSettingsSheet: found, codebookProblems };
}

/** The result sheet's formulas refer to the table `Arenden` and to every variable's column by name. */
export function assertReadyForResults(followUp: FollowUp): void {
  const { table, codebook } = followUp;
  const wrong = followUp.codebookProblems.filter((p) => p.severity === 'error');
  const first = wrong[0];
  if (first) {
    throw refuse.codebookErrors({
      where: `${first.sheet}!${first.cell}`,
      message: first.message,
      more: wrong.length - 1,
    });
  }
  if (!table.isNamedTable) {
    throw refuse.notATable({ sheet: table.sheetName, table: CASE_TABLE_NAME });
  }
  const missing = missingVariables(table, codebook);
  if (missing.length > 0) {
    throw refuse.missingColumns({ table: CASE_TABLE_NAME, columns: missing.join(', ') });
  }
}
