import { problemTally } from '../core/plural';
import type { Problem } from '../core/table/problem';
import type { Output } from './io';

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
      : `${problemTally(errors.length, warnings.length)}${errors.length > 0 ? ' Rätta felen innan resultatet redovisas.' : ''}`,
  );
}
