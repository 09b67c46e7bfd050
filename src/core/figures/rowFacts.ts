import { foldCase, isBlank, numberOf } from '../cell';
import { findVariable, type Codebook, type VariableKey, type Role } from '../codebook/types';
import { labelKeyer, type LabelKeyer } from '../labels';
import { columnValues, emptyRowTest, type CaseTable } from '../table/caseTable';

/** What the figures need of one role column for one row: its role, blank, or something else. */
export type RoleFact = Role | 'blank' | 'unlabelled' | 'other';

/** The lists whose roles the figures count. */
export type RoleVariable = 'situation' | 'reactualisation' | 'completion' | 'severity';

/**
 * Everything the figures read from a row, worked out once per row so that each group is a cheap scan.
 * Every fact follows the workbook's formulas: COUNTIFS matching for labels, ISNUMBER for numbers.
 */
export interface RowFacts {
  readonly count: number;
  readonly empty: readonly boolean[];
  /** The indices of the rows that are not empty: the cases. */
  readonly caseRows: readonly number[];
  readonly keys: Readonly<Partial<Record<VariableKey, readonly (string | null)[]>>>;
  readonly numbers: Readonly<Partial<Record<VariableKey, readonly (number | null)[]>>>;
  readonly roles: Readonly<Record<RoleVariable, readonly RoleFact[]>>;
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
  const keys: Partial<Record<VariableKey, (string | null)[]>> = {};
  for (const key of KEYED) keys[key] = columnValues(table, key).map(keyerOf(codebook, key));
  const numbersOf = (key: VariableKey) => columnValues(table, key).map(numberOf);
  const actualised = numbersOf('actualisedOn');
  const investigated = numbersOf('investigationClosedOn');
  const empty = table.rows.map(emptyRowTest(table));
  const caseRows: number[] = [];
  empty.forEach((isEmpty, i) => {
    if (!isEmpty) caseRows.push(i);
  });
  return {
    count,
    empty,
    caseRows,
    keys,
    numbers: { age: numbersOf('age') },
    roles: {
      situation: roleFacts(table, codebook, 'situation'),
      reactualisation: roleFacts(table, codebook, 'reactualisation'),
      completion: roleFacts(table, codebook, 'completion'),
      severity: roleFacts(table, codebook, 'severity'),
    },
    investigationDays: actualised.map((start, i) => daysBetween(start, investigated[i] ?? null)),
  };
}

/** How the figures match a variable's cells to its labels (labels.ts). */
export function keyerOf(codebook: Codebook, key: VariableKey): LabelKeyer {
  return labelKeyer(findVariable(codebook, key)?.values.map((v) => v.label) ?? []);
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
  const keyOf = keyerOf(codebook, key);
  return columnValues(table, key).map((cell) => {
    if (isBlank(cell)) return 'blank';
    const found = roleByKey.get(keyOf(cell) ?? '\u0000');
    if (found === undefined) return 'other';
    return found ?? 'unlabelled';
  });
}
