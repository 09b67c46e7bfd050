import type { CellValue } from '../../src/core/cell';
import { DEFAULT_CODEBOOK } from '../../src/core/codebook/defaultCodebook';
import type { Codebook } from '../../src/core/codebook/types';
import { computeResults } from '../../src/core/figures/compute';
import type { MaskPattern } from '../../src/core/masking/pattern';
import { resultsSheetPlan } from '../../src/core/plan/resultsSheet';
import type { Settings } from '../../src/core/settings';
import { variableHeaders } from '../../src/core/table/caseTable';
import { auditMasking } from './maskingAudit';
import { shownOnPlan } from './shownSheet';
import { tableOf } from './tables';

/** The result sheet the core plans for these case rows, and the attack on what it shows. */
export function auditOf(
  rows: readonly (readonly CellValue[])[],
  settings: Settings,
  pattern?: MaskPattern,
  codebook: Codebook = DEFAULT_CODEBOOK,
) {
  const table = tableOf(rows, codebook);
  const results = computeResults(table, codebook, settings);
  const plan = resultsSheetPlan({
    codebook,
    settings,
    headers: variableHeaders(table, codebook),
    results,
    fingerprint: '00000000',
    ...(pattern ? { pattern } : {}),
  });
  return {
    results,
    plan,
    leaks: auditMasking(results, settings.minCount, shownOnPlan(plan), settings.masking === 'round'),
  };
}
