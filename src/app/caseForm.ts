import { cellText } from '../core/cell';
import type { Finding } from '../core/table/problem';
import { caseFindings, duplicateIdFinding } from '../core/check/caseRules';
import type { Codebook, VariableKey } from '../core/codebook/types';
import type { CaseValues } from './caseRows';

/**
 * The check of a case typed into the form, per variable, before anything is written: the check's own
 * rules for the case (each value, the row's date order and the like) and the personnummer guard, so that
 * nothing identifying is saved. `idTakenAt`: the Excel row of another case with the same Ärende-ID.
 */
export function formFindings(
  codebook: Codebook,
  values: CaseValues,
  today: number,
  idTakenAt: number | null,
): Map<VariableKey, Finding[]> {
  const findings = caseFindings(
    codebook,
    (key) => values[key] ?? { kind: 'empty' },
    { today },
    {
      guardPersonalNumbers: true,
    },
  );
  if (idTakenAt !== null)
    findings.set('caseId', [
      ...(findings.get('caseId') ?? []),
      duplicateIdFinding(cellText(values.caseId).trim(), idTakenAt),
    ]);
  return findings;
}
