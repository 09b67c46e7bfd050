import ExcelJS from 'exceljs';
import type { CellValue } from '../../../src/core/cell';
import { DEFAULT_CODEBOOK } from '../../../src/core/codebook/defaultCodebook';
import type { Codebook } from '../../../src/core/codebook/types';
import { newWorkbookPlan } from '../../../src/core/plan/workbookPlan';
import { DEFAULT_SETTINGS, type Settings } from '../../../src/core/settings';
import { renderWorkbook, type RenderOptions } from './renderPlan';

const DEFAULT_RENDER: RenderOptions = { cachedResults: true };

export interface NewWorkbookInput {
  readonly rows?: readonly (readonly CellValue[])[];
  readonly extraColumns?: readonly string[];
  readonly settings?: Settings;
  readonly codebook?: Codebook;
}

/**
 * A new follow-up workbook in one go: Ärenden (with the given rows, as they are), Kodbok, Inställningar.
 * For fixtures and the benchmark, which need rows no action would write (errors, extra columns).
 */
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
