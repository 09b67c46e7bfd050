import type { CellValue } from '../../src/core/cell';
import { DEFAULT_CODEBOOK } from '../../src/core/codebook/defaultCodebook';
import type { Codebook } from '../../src/core/codebook/types';
import { computeResults } from '../../src/core/figures/compute';
import { useLinearSolver, type LinearSolver } from '../../src/core/masking/linearSolver';
import type { MaskPattern } from '../../src/core/masking/pattern';
import { resultsSheetPlan } from '../../src/core/plan/resultsSheet';
import type { Settings } from '../../src/core/settings';
import { variableHeaders } from '../../src/core/table/caseTable';
import { auditMasking } from './maskingAudit';
import { shownOnPlan } from './shownSheet';
import { tableOf } from './tables';

/**
 * The result sheet the core plans for these case rows, and the attack on what it shows. With `solvers`,
 * the pattern is planned with one solver and attacked with another (the attack is most of the work).
 */
export function auditOf(
  rows: readonly (readonly CellValue[])[],
  settings: Settings,
  pattern?: MaskPattern,
  codebook: Codebook = DEFAULT_CODEBOOK,
  solvers?: { readonly plan: LinearSolver; readonly attack: LinearSolver },
) {
  const table = tableOf(rows, codebook);
  const results = computeResults(table, codebook, settings);
  if (solvers) useLinearSolver(solvers.plan);
  const plan = resultsSheetPlan({
    codebook,
    settings,
    headers: variableHeaders(table, codebook),
    results,
    fingerprint: '00000000',
    ...(pattern ? { pattern } : {}),
  });
  if (solvers) useLinearSolver(solvers.attack);
  return {
    results,
    plan,
    leaks: auditMasking(results, settings.minCount, shownOnPlan(plan), settings.masking === 'round'),
  };
}
