import { type Codebook, variableOf } from '../codebook/types';
import { refuse } from '../refusals';
import type { Settings } from '../settings';
import { CASE_SHEET_NAME, CASE_TABLE_NAME, missingVariables, type CaseTable } from '../table/caseTable';
import { locateCaseTable } from '../table/locateCaseTable';
import type { WorkbookValues } from '../table/workbookValues';
import { error, type Problem } from '../table/problem';
import { a1, type A1 } from '../address';
import { uncalculatedFormulas } from '../table/uncalculated';
import { CODEBOOK_SHEET_NAME } from '../layout/kodbokLayout';
import { readCodebookSheet } from './readCodebook';
import { usableSettings } from './readSettings';

export interface FollowUp {
  readonly table: CaseTable;
  readonly codebook: Codebook;
  readonly settings: Settings;
  readonly hasSettingsSheet: boolean;
  /** Problems in Kodbok; the results refuse to count while any is an error. */
  readonly codebookProblems: readonly Problem[];
  /** Case cells with a formula and no calculated value: the results refuse to count them as blank. */
  readonly uncalculated: readonly A1[];
}

export interface Cases {
  readonly table: CaseTable;
  readonly codebook: Codebook;
  readonly codebookProblems: readonly Problem[];
}

/** The case rows and the codebook, which is all the check needs; a workbook with no case rows is refused. */
export function readCases(workbook: WorkbookValues): Cases {
  const { codebook, problems, layout } = readCodebookSheet(workbook);
  const table = locateCaseTable(workbook, codebook);
  if (!table) throw noCasesRefusal(codebook);
  const missing = layout === null ? [codebookMissing(workbook, table)] : [];
  return { table, codebook, codebookProblems: [...missing, ...problems] };
}

/**
 * A follow-up whose Kodbok is gone (deleted, or renamed "Kodbok (2)" by a copy): its cases would be
 * checked and counted against the built-in codebook, not the team's, and every figure could be wrong
 * without a word. It is an error, at the sheet that looks like the renamed Kodbok where there is one.
 */
function codebookMissing(workbook: WorkbookValues, table: CaseTable): Problem {
  const renamed = workbook.sheets.find(
    (s) => s.name.toLowerCase() !== CODEBOOK_SHEET_NAME.toLowerCase() && /kodbok/i.test(s.name),
  );
  const where = renamed
    ? ` Bladet "${renamed.name}" ser ut att vara den med ett annat namn: byt tillbaka namnet till ${CODEBOOK_SHEET_NAME}.`
    : ` Har bladet bytt namn, byt tillbaka namnet till ${CODEBOOK_SHEET_NAME}.`;
  return {
    sheet: renamed?.name ?? table.sheetName,
    cell: a1(1, 1),
    ...error(
      'codebook-missing',
      `Bladet ${CODEBOOK_SHEET_NAME} saknas, så ärendena kan inte kontrolleras eller räknas mot lagets kodbok.${where} Annars lägger Reparera (--restore-codebook på kommandoraden) till den inbyggda kodboken; lagets egna värden och roller får då läggas till igen.`,
    ),
  };
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
  const uncalculated = uncalculatedFormulas(workbook, table);
  return { table, codebook, settings, hasSettingsSheet: found, codebookProblems, uncalculated };
}

/** The result sheet's formulas refer to the table `Arenden` and to every variable's column by name. */
export function assertReadyForResults(followUp: FollowUp): void {
  const { table, codebook } = followUp;
  if (!table.isNamedTable) {
    throw refuse.notATable({ sheet: table.sheetName, table: CASE_TABLE_NAME });
  }
  const wrong = followUp.codebookProblems.filter((p) => p.severity === 'error');
  const first = wrong[0];
  if (first) {
    throw refuse.codebookErrors({
      where: `${first.sheet}!${first.cell}`,
      message: first.message,
      more: wrong.length - 1,
    });
  }
  const [uncalculated, ...more] = followUp.uncalculated;
  if (uncalculated) {
    throw refuse.formulasNotCalculated({ where: `${table.sheetName}!${uncalculated}`, more: more.length });
  }
  const missing = missingVariables(table, codebook);
  if (missing.length > 0) {
    throw refuse.missingColumns({ table: CASE_TABLE_NAME, columns: missing.join(', ') });
  }
}
