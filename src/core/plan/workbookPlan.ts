import type { CellValue } from '../cell';
import type { Codebook } from '../codebook/types';
import { computeResults } from '../figures/compute';
import type { Results } from '../figures/types';
import type { FollowUp } from '../read/readWorkbook';
import type { Settings } from '../settings';
import { variableHeaders } from '../table/caseTable';
import { caseFingerprint } from '../table/fingerprint';
import { casesSheetPlan } from './casesSheet';
import { codebookSheetPlan } from './codebookSheet';
import { resultsSheetPlan, type ResultsSheetPlan } from './resultsSheet';
import { settingsSheetPlan } from './settingsSheet';
import type { WorkbookPlan } from './types';

/** A whole new follow-up workbook: the case sheet (with these rows), the codebook, the settings. */
export function newWorkbookPlan(
  codebook: Codebook,
  settings: Settings,
  caseRows: readonly (readonly CellValue[])[],
  extraColumns: readonly string[] = [],
): WorkbookPlan {
  return {
    sheets: [
      casesSheetPlan(codebook, caseRows, extraColumns),
      codebookSheetPlan(codebook),
      settingsSheetPlan(settings),
    ],
  };
}

/** The result sheet of a follow-up read from a workbook, with the figures it shows. */
export function resultsPlan(followUp: FollowUp): { sheet: ResultsSheetPlan; results: Results } {
  const results = computeResults(followUp.table, followUp.codebook, followUp.settings);
  const sheet = resultsSheetPlan({
    codebook: followUp.codebook,
    settings: followUp.settings,
    headers: variableHeaders(followUp.table, followUp.codebook),
    results,
    fingerprint: caseFingerprint(followUp.table),
  });
  return { sheet, results };
}
