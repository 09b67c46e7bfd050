import type { CellValue } from '../cell';
import type { Codebook, VariableKey } from '../codebook/types';
import { error, type Finding } from '../table/problem';
import { containsPersonalNumber } from './personalNumber';
import { checkRow } from './rowRules';
import { checkValue, type CheckContext } from './valueRules';

/**
 * Every rule of one case, per variable: each cell alone, the two-cell rules of its row, and (for the
 * form, which writes what it is given) the personnummer guard. The check and the case form both call
 * this, so a case the form saves meets the same rules the check applies afterwards; the check runs the
 * guard itself over every cell of every sheet.
 */
export function caseFindings(
  codebook: Codebook,
  cellOf: (key: VariableKey) => CellValue,
  context: CheckContext,
  { guardPersonalNumbers = false }: { guardPersonalNumbers?: boolean } = {},
): Map<VariableKey, Finding[]> {
  const findings = new Map<VariableKey, Finding[]>();
  const add = (key: VariableKey, finding: Finding) =>
    findings.set(key, [...(findings.get(key) ?? []), finding]);
  for (const variable of codebook.variables) {
    const cell = cellOf(variable.key);
    if (guardPersonalNumbers && containsPersonalNumber(cell))
      add(variable.key, personalNumberFinding(variable.name));
    for (const finding of checkValue(variable, cell, context)) add(variable.key, finding);
  }
  for (const { variable, ...finding } of checkRow(codebook, cellOf)) add(variable, finding);
  return findings;
}

/** A personnummer in a field of the form: refused, saying what to write instead. */
export const personalNumberFinding = (field: string): Finding =>
  error(
    'personal-number',
    `${field} ser ut att innehålla ett personnummer eller samordningsnummer och sparas inte: uppföljningen får inte innehålla personuppgifter. Använd ett eget löpnummer som Ärende-ID (t.ex. V-014), och skriv inga personuppgifter i kommentaren.`,
  );

/** Another case has this Ärende-ID: the check's and the form's one message. */
export const duplicateIdFinding = (id: string, firstRow: number): Finding =>
  error('duplicate-id', `Ärende-ID ${id} finns redan på rad ${firstRow}. Varje ärende ska ha ett eget ID.`);
