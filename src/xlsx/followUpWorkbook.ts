import ExcelJS from 'exceljs';
import type { CellValue } from '../core/cell';
import { checkWorkbook as checkValues } from '../core/check/checkFollowUp';
import type { Problem } from '../core/check/problem';
import { DEFAULT_CODEBOOK } from '../core/codebook/defaultCodebook';
import type { Codebook } from '../core/codebook/types';
import type { Results } from '../core/figures/types';
import { assertReadyForResults, readFollowUp } from '../core/read/readWorkbook';
import { RESULTS_SHEET_NAME } from '../core/plan/resultsSheet';
import { settingsSheetPlan } from '../core/plan/settingsSheet';
import { newWorkbookPlan, resultsPlan } from '../core/plan/workbookPlan';
import type { SheetPlan } from '../core/plan/types';
import { DEFAULT_SETTINGS, type Settings } from '../core/settings';
import { readWorkbookValues } from './readValues';
import { renderSheet, renderWorkbook, type RenderOptions } from './renderPlan';

const DEFAULT_RENDER: RenderOptions = { cachedResults: true };

export interface NewWorkbookInput {
  readonly rows?: readonly (readonly CellValue[])[];
  readonly extraColumns?: readonly string[];
  readonly settings?: Settings;
  readonly codebook?: Codebook;
}

/** A new follow-up workbook: Ärenden (with the given rows), Kodbok, Inställningar. */
export function createFollowUpWorkbook(input: NewWorkbookInput = {}): ExcelJS.Workbook {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'uppfoljning';
  const plan = newWorkbookPlan(
    input.codebook ?? DEFAULT_CODEBOOK,
    input.settings ?? DEFAULT_SETTINGS,
    input.rows ?? [],
    input.extraColumns ?? [],
  );
  renderWorkbook(workbook, plan, DEFAULT_RENDER);
  return workbook;
}

/**
 * Writes (or rewrites) the result sheet and returns the figures it shows. Only the result sheet is
 * replaced, and Inställningar is added if it is missing; the case rows are never touched.
 */
export function writeResultsSheet(
  workbook: ExcelJS.Workbook,
  options: RenderOptions = DEFAULT_RENDER,
): { results: Results; sheet: SheetPlan } {
  const followUp = readFollowUp(readWorkbookValues(workbook));
  assertReadyForResults(followUp);
  const { sheet, results } = resultsPlan(followUp);
  const old = workbook.getWorksheet(RESULTS_SHEET_NAME);
  if (old) workbook.removeWorksheet(old.id);
  if (!followUp.hasSettingsSheet) renderSheet(workbook, settingsSheetPlan(followUp.settings), options);
  renderSheet(workbook, sheet, options);
  workbook.calcProperties.fullCalcOnLoad = true;
  return { results, sheet };
}

/** The check of a workbook as it stands. */
export function checkWorkbook(workbook: ExcelJS.Workbook, today: number): Problem[] {
  return checkValues(readWorkbookValues(workbook), { today });
}
