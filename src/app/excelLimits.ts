import { a1 } from '../core/address';
import type { Problem } from '../core/table/problem';
import type { Codebook, VariableKey } from '../core/codebook/types';
import type { ResultsSheetPlan } from '../core/plan/resultsSheet';
import { resultsPlan } from '../core/plan/workbookPlan';
import { readCodebookSheet } from '../core/read/readCodebook';
import { assertReadyForResults, readFollowUp } from '../core/read/readWorkbook';
import { refuse } from '../core/refusals';
import type { WorkbookValues } from '../core/table/workbookValues';

/** Excel's limit for one formula; LibreOffice accepts longer ones, Excel repairs the file. */
export const MAX_FORMULA_LENGTH = 8192;

/** The first formula of the result sheet longer than Excel allows, with its cell; null when none is. */
export function formulaBeyondExcel(
  sheet: ResultsSheetPlan,
): { cell: string; length: number; formula: string } | null {
  for (const cell of sheet.cells)
    if (cell.content.kind === 'formula' && cell.content.formula.length > MAX_FORMULA_LENGTH)
      return {
        cell: a1(cell.row, cell.column),
        length: cell.content.formula.length,
        formula: cell.content.formula,
      };
  return null;
}

/**
 * `results` writes nothing when a formula would pass Excel's limit: the labels of a list are written into
 * the formulas of its catch-all rows, so many long labels for one role can make one too long.
 */
export function refuseBeyondExcelLimits(sheet: ResultsSheetPlan): void {
  const found = formulaBeyondExcel(sheet);
  if (found)
    throw refuse.formulaTooLong({ cell: found.cell, length: found.length, limit: MAX_FORMULA_LENGTH });
}

/**
 * The check's finding for the same limit, at the Kodbok row of the variable whose labels fill the formula,
 * so it is listed before `results` refuses. Nothing when the workbook is not ready for results at all:
 * the check reports why already.
 */
export function formulaLimitProblems(values: WorkbookValues): Problem[] {
  let sheet: ResultsSheetPlan;
  try {
    const followUp = readFollowUp(values);
    assertReadyForResults(followUp);
    sheet = resultsPlan(followUp).sheet;
  } catch {
    return [];
  }
  const found = formulaBeyondExcel(sheet);
  if (!found) return [];
  const { codebook, layout } = readCodebookSheet(values);
  const key = variableFillingFormula(codebook, found.formula);
  const row = key === null ? undefined : layout?.variableRows.get(key);
  const refusal = refuse.formulaTooLong({
    cell: found.cell,
    length: found.length,
    limit: MAX_FORMULA_LENGTH,
  });
  return [
    {
      severity: 'error',
      code: 'formula-too-long',
      sheet: layout?.sheet ?? 'Kodbok',
      cell: a1(row ?? 1, 1),
      message: refusal.message,
    },
  ];
}

/** The variable whose labels, written into the formula as text, take the most of its length. */
function variableFillingFormula(codebook: Codebook, formula: string): VariableKey | null {
  let best: { key: VariableKey; length: number } | null = null;
  for (const variable of codebook.variables) {
    const length = variable.values
      .filter((v) => formula.includes(`"${v.label.replace(/"/g, '""')}"`))
      .reduce((sum, v) => sum + v.label.length, 0);
    if (length > 0 && (!best || length > best.length)) best = { key: variable.key, length };
  }
  return best?.key ?? null;
}
