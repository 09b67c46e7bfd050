import { cellText, type CellValue } from '../core/cell';
import { caseIdKey } from '../core/check/caseId';
import { error, type Finding } from '../core/check/problem';
import { checkValue } from '../core/check/valueRules';
import type { Codebook, VariableKey } from '../core/codebook/types';
import type { CaseTable } from '../core/table/caseTable';
import { caseValuesAt, type CaseValues } from './caseRows';

/** The check of a case typed into the form, per variable, before anything is written. */
export function formFindings(
  codebook: Codebook,
  values: CaseValues,
  today: number,
  table: CaseTable,
  rowIndex: number | null,
): Map<VariableKey, Finding[]> {
  const findings = new Map<VariableKey, Finding[]>();
  for (const variable of codebook.variables) {
    const list = checkValue(variable, values[variable.key] ?? { kind: 'empty' }, { today });
    if (variable.key === 'caseId') list.push(...duplicateId(table, codebook, values.caseId, rowIndex));
    if (list.length > 0) findings.set(variable.key, list);
  }
  return findings;
}

function duplicateId(
  table: CaseTable,
  codebook: Codebook,
  id: CellValue | undefined,
  rowIndex: number | null,
): Finding[] {
  const wanted = caseIdKey(id);
  if (wanted === null) return [];
  const clash = table.rows.findIndex(
    (_, i) => i !== rowIndex && caseIdKey(caseValuesAt(table, codebook, i).caseId) === wanted,
  );
  return clash < 0
    ? []
    : [error('duplicate-id', `Ärende-ID ${cellText(id)} finns redan på rad ${table.headerRow + 1 + clash}.`)];
}
