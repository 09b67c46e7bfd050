import type { Finding } from '../core/table/problem';

/**
 * What an action that writes a user's input reports, the case form's and the settings' alike: whether it
 * wrote, and the findings per field. Nothing is written while any finding is an error; a refusal (no
 * follow-up, a sheet missing) is thrown instead.
 */
export interface SaveOutcome<Field extends string> {
  readonly saved: boolean;
  readonly findings: ReadonlyMap<Field, readonly Finding[]>;
}

/** Writes unless a finding is an error, and reports which it did. */
export async function saveUnlessErrors<Field extends string>(
  findings: ReadonlyMap<Field, readonly Finding[]>,
  write: () => Promise<void>,
): Promise<SaveOutcome<Field>> {
  const blocked = [...findings.values()].some((list) => list.some((f) => f.severity === 'error'));
  if (!blocked) await write();
  return { saved: !blocked, findings };
}

/** The messages of the errors, for a status line. */
export function errorMessages(outcome: SaveOutcome<string>): string {
  return [...outcome.findings.values()]
    .flat()
    .filter((f) => f.severity === 'error')
    .map((f) => f.message)
    .join(' ');
}
