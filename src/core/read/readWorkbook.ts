import type { Codebook } from '../codebook/types';
import { WorkbookShapeError } from '../errors';
import type { Settings } from '../settings';
import { CASE_SHEET_NAME, CASE_TABLE_NAME, missingVariables, type CaseTable } from '../table/caseTable';
import { locateCaseTable } from '../table/locateCaseTable';
import type { WorkbookValues } from '../table/workbookValues';
import type { Problem } from '../check/problem';
import { variableOf } from '../codebook/defaultCodebook';
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
  if (!table) {
    throw new WorkbookShapeError(
      `Hittar inga ärenden: arbetsboken har ingen tabell som heter ${CASE_TABLE_NAME} och ingen rubrikrad med ` +
        `"${variableOf(codebook, 'caseId').name}". Skapa en ny uppföljning eller lägg in rubrikerna på bladet ${CASE_SHEET_NAME}.`,
    );
  }
  return { table, codebook, codebookProblems: problems };
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
    const more = wrong.length > 1 ? ` (och ${wrong.length - 1} fel till; kör kontrollen)` : '';
    throw new WorkbookShapeError(
      `Kodboken har fel, så resultatet skulle räknas fel: ${first.sheet}!${first.cell}: ${first.message}${more}`,
    );
  }
  if (!table.isNamedTable) {
    throw new WorkbookShapeError(
      `Ärendena på bladet ${table.sheetName} ligger inte i en Excel-tabell som heter ${CASE_TABLE_NAME}, och ` +
        `resultatbladets formler räknar på den tabellen. Markera ärendena och välj Infoga > Tabell, och ge tabellen namnet ${CASE_TABLE_NAME}.`,
    );
  }
  const missing = missingVariables(table, codebook);
  if (missing.length > 0) {
    throw new WorkbookShapeError(`Tabellen ${CASE_TABLE_NAME} saknar kolumnerna: ${missing.join(', ')}.`);
  }
}
