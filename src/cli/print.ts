import type { Problem } from '../core/check/problem';
import type { Results } from '../core/figures/types';
import type { SheetPlan } from '../core/plan/types';
import type { Output } from './io';
import { sentencesOf } from '../app/resultsSheetText';

export function printProblems(problems: readonly Problem[], io: Output): void {
  const errors = problems.filter((p) => p.severity === 'error');
  const warnings = problems.filter((p) => p.severity === 'warning');
  for (const p of [...errors, ...warnings]) {
    io.out(
      `${`${p.sheet}!${p.cell}`.padEnd(14)} ${p.severity === 'error' ? 'fel     ' : 'varning '} ${p.message}`,
    );
  }
  io.out(
    problems.length === 0
      ? 'Inga problem hittades.'
      : `${errors.length} fel och ${warnings.length} varningar.${errors.length > 0 ? ' Rätta felen innan resultatet redovisas.' : ''}`,
  );
}

/** The headline figures as the result sheet's own summary sentences, masked as there. */
export function printResults(results: Results, sheet: SheetPlan, target: string, io: Output): void {
  io.out(`Resultatbladet är skrivet i ${target} (bladet ${sheet.name}). ${results.cases} ärenden.`);
  for (const sentence of sentencesOf(sheet)) io.out(`  ${sentence}`);
}
