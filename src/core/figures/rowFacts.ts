import { foldCase, isBlank, matchKey, numberOf } from '../cell';
import type { Role } from '../codebook/roles';
import type { Codebook, VariableKey } from '../codebook/types';
import { cellOf, isEmptyRow, type CaseTable } from '../table/caseTable';

/** What the figures need of one role column for one row: its role, blank, or something else. */
export type RoleFact = Role | 'blank' | 'unlabelled' | 'other';

/**
 * Everything the figures read from a row, worked out once per row so that each group is a cheap scan.
 * Every fact follows the workbook's formulas: COUNTIFS matching for labels, ISNUMBER for numbers.
 */
export interface RowFacts {
  readonly count: number;
  readonly empty: readonly boolean[];
  readonly keys: Readonly<Partial<Record<VariableKey, readonly (string | null)[]>>>;
  readonly numbers: Readonly<Partial<Record<VariableKey, readonly (number | null)[]>>>;
  readonly situation: readonly RoleFact[];
  readonly reactualisation: readonly RoleFact[];
  readonly completion: readonly RoleFact[];
  readonly severity: readonly RoleFact[];
  readonly investigationDays: readonly (number | null)[];
}

const KEYED: readonly VariableKey[] = [
  'unit',
  'gender',
  'drug',
  'severity',
  'interventionType',
  'completion',
];

export function rowFacts(table: CaseTable, codebook: Codebook): RowFacts {
  const count = table.rows.length;
  const indices = Array.from({ length: count }, (_, i) => i);
  const keys: Partial<Record<VariableKey, (string | null)[]>> = {};
  for (const key of KEYED) keys[key] = indices.map((i) => matchKey(cellOf(table, i, key)));
  const numbersOf = (key: VariableKey) => indices.map((i) => numberOf(cellOf(table, i, key)));
  const actualised = numbersOf('actualisedOn');
  const investigated = numbersOf('investigationClosedOn');
  return {
    count,
    empty: table.rows.map(isEmptyRow),
    keys,
    numbers: { age: numbersOf('age') },
    situation: roleFacts(table, codebook, 'situation'),
    reactualisation: roleFacts(table, codebook, 'reactualisation'),
    completion: roleFacts(table, codebook, 'completion'),
    severity: roleFacts(table, codebook, 'severity'),
    investigationDays: indices.map((i) => daysBetween(actualised[i] ?? null, investigated[i] ?? null)),
  };
}

function daysBetween(start: number | null, end: number | null): number | null {
  return start !== null && end !== null && end >= start ? end - start : null;
}

function roleFacts(table: CaseTable, codebook: Codebook, key: VariableKey): RoleFact[] {
  const variable = codebook.variables.find((v) => v.key === key);
  const roleByKey = new Map<string, Role | null>();
  for (const option of variable?.values ?? []) {
    if (!roleByKey.has(foldCase(option.label))) roleByKey.set(foldCase(option.label), option.role);
  }
  return table.rows.map((_, i) => {
    const cell = cellOf(table, i, key);
    if (isBlank(cell)) return 'blank';
    const found = roleByKey.get(matchKey(cell) ?? '\u0000');
    if (found === undefined) return 'other';
    return found ?? 'unlabelled';
  });
}
