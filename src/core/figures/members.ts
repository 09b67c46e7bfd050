import { foldCase, isBlank, numberOf } from '../cell';
import { findVariable, type Codebook, type VariableKey } from '../codebook/types';
import { labelKeyer } from '../labels';
import { columnValues, type CaseTable } from '../table/caseTable';
import type { Condition, GroupSpec } from './groups';
import type { RowFacts } from './rowFacts';

export interface ColumnCache {
  /** Each row's match key for the variable's labels (labels.ts): what COUNTIFS would match it with. */
  readonly keysOf: (variable: VariableKey) => readonly (string | null)[];
  /** The rows holding each match key of a variable, in row order. */
  readonly rowsByKey: (variable: VariableKey) => ReadonlyMap<string, readonly number[]>;
  readonly numbersOf: (variable: VariableKey) => readonly (number | null)[];
  readonly blanksOf: (variable: VariableKey) => readonly boolean[];
}

/** Each variable's match keys and numbers, worked out once however many groups test them. */
export function columnCache(table: CaseTable, codebook: Codebook, facts: RowFacts): ColumnCache {
  const memo = <T>() => new Map<VariableKey, T>();
  const keys = memo<readonly (string | null)[]>();
  const numbers = memo<readonly (number | null)[]>();
  const blanks = memo<readonly boolean[]>();
  const indexes = memo<ReadonlyMap<string, readonly number[]>>();
  const once = <T>(map: Map<VariableKey, T>, variable: VariableKey, make: () => T): T => {
    const known = map.get(variable) ?? make();
    map.set(variable, known);
    return known;
  };
  const cache: ColumnCache = {
    keysOf: (variable) =>
      once(keys, variable, () => {
        const labels = findVariable(codebook, variable)?.values.map((v) => v.label) ?? [];
        return facts.keys[variable] ?? columnValues(table, variable).map(labelKeyer(labels));
      }),
    numbersOf: (variable) => once(numbers, variable, () => columnValues(table, variable).map(numberOf)),
    blanksOf: (variable) => once(blanks, variable, () => columnValues(table, variable).map(isBlank)),
    rowsByKey: (variable) => once(indexes, variable, () => indexRows(cache.keysOf(variable))),
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

function conditionTest(condition: Condition, columns: ColumnCache): (row: number) => boolean {
  switch (condition.kind) {
    case 'label': {
      const keys = columns.keysOf(condition.variable);
      const wanted = foldCase(condition.label);
      return (i) => keys[i] === wanted;
    }
    case 'blank': {
      const blanks = columns.blanksOf(condition.variable);
      return (i) => blanks[i] === true;
    }
    case 'otherValue': {
      const keys = columns.keysOf(condition.variable);
      const blanks = columns.blanksOf(condition.variable);
      const labels = new Set(condition.labels.map(foldCase));
      return (i) => blanks[i] === false && !labels.has(keys[i] ?? '\u0000');
    }
    case 'range':
      return inRange(columns.numbersOf(condition.variable), condition.from, condition.toExclusive);
    case 'outsideRange': {
      const inside = inRange(columns.numbersOf(condition.variable), condition.from, condition.toExclusive);
      return (i) => !inside(i);
    }
  }
}

function inRange(values: readonly (number | null)[], from: number, toExclusive: number | null) {
  return (i: number) => {
    const v = values[i];
    return v !== null && v !== undefined && v >= from && (toExclusive === null || v < toExclusive);
  };
}
