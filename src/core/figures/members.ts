import { foldCase, matchKey, numberOf } from '../cell';
import type { VariableKey } from '../codebook/types';
import { columnValues, type CaseTable } from '../table/caseTable';
import type { Condition, GroupSpec } from './groups';
import type { RowFacts } from './rowFacts';

export interface ColumnCache {
  readonly keysOf: (variable: VariableKey) => readonly (string | null)[];
  /** The rows holding each match key of a variable, in row order. */
  readonly rowsByKey: (variable: VariableKey) => ReadonlyMap<string, readonly number[]>;
  readonly numbersOf: (variable: VariableKey) => readonly (number | null)[];
}

/** Each variable's match keys and numbers, worked out once however many groups test them. */
export function columnCache(table: CaseTable, facts: RowFacts): ColumnCache {
  const keys = new Map<VariableKey, readonly (string | null)[]>();
  const numbers = new Map<VariableKey, readonly (number | null)[]>();
  const indexes = new Map<VariableKey, ReadonlyMap<string, readonly number[]>>();
  const cache: ColumnCache = {
    keysOf: (variable) => {
      const known = keys.get(variable) ?? facts.keys[variable] ?? columnValues(table, variable).map(matchKey);
      keys.set(variable, known);
      return known;
    },
    numbersOf: (variable) => {
      const known = numbers.get(variable) ?? columnValues(table, variable).map(numberOf);
      numbers.set(variable, known);
      return known;
    },
    rowsByKey: (variable) => {
      const known = indexes.get(variable) ?? indexRows(cache.keysOf(variable));
      indexes.set(variable, known);
      return known;
    },
  };
  return cache;
}

function indexRows(keys: readonly (string | null)[]): Map<string, number[]> {
  const index = new Map<string, number[]>();
  keys.forEach((key, i) => {
    if (key === null) return;
    const rows = index.get(key);
    if (rows) rows.push(i);
    else index.set(key, [i]);
  });
  return index;
}

/** The rows of a group: starting from the rows of its first label (an index look-up), then filtered. */
export function memberRows(spec: GroupSpec, facts: RowFacts, columns: ColumnCache): readonly number[] {
  const [first, ...rest] = spec.conditions;
  if (!first) return facts.caseRows;
  const candidates =
    first.kind === 'label'
      ? (columns.rowsByKey(first.variable).get(foldCase(first.label)) ?? [])
      : facts.caseRows.filter(conditionTest(first, columns));
  const tests = rest.map((c) => conditionTest(c, columns));
  return tests.length === 0 ? candidates : candidates.filter((i) => tests.every((test) => test(i)));
}

function conditionTest(condition: Condition, { keysOf, numbersOf }: ColumnCache): (row: number) => boolean {
  if (condition.kind === 'label') {
    const keys = keysOf(condition.variable);
    const wanted = foldCase(condition.label);
    return (i: number) => keys[i] === wanted;
  }
  const values = numbersOf(condition.variable);
  const { from, toExclusive } = condition;
  return (i: number) => {
    const v = values[i];
    return v !== null && v !== undefined && v >= from && (toExclusive === null || v < toExclusive);
  };
}
