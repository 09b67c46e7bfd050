import { cellText, type CellValue } from '../core/cell';
import { error, type Finding } from '../core/table/problem';
import { checkValue } from '../core/check/valueRules';
import type { Codebook, VariableKey } from '../core/codebook/types';
import type { CaseValues } from './caseRows';

/**
 * The check of a case typed into the form, per variable, before anything is written. `idTakenAt`: the
 * Excel row of another case with the same Ärende-ID, if the workbook has one.
 */
export function formFindings(
  codebook: Codebook,
  values: CaseValues,
  today: number,
  idTakenAt: number | null,
): Map<VariableKey, Finding[]> {
  const findings = new Map<VariableKey, Finding[]>();
  for (const variable of codebook.variables) {
    const list = checkValue(variable, values[variable.key] ?? { kind: 'empty' }, { today });
    if (variable.key === 'caseId' && idTakenAt !== null) list.push(duplicateId(values.caseId, idTakenAt));
    if (list.length > 0) findings.set(variable.key, list);
  }
  return findings;
}

function duplicateId(id: CellValue | undefined, row: number): Finding {
  return error('duplicate-id', `Ärende-ID ${cellText(id)} finns redan på rad ${row}.`);
}
