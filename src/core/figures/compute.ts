import { foldCase, isBlank, numberOf } from '../cell';
import type { Codebook, VariableKey } from '../codebook/types';
import { matchKey } from '../cell';
import type { Settings } from '../settings';
import { columnValues, type CaseTable } from '../table/caseTable';
import { allGroups, type Condition, type GroupSpec } from './groups';
import { rowFacts, type RowFacts } from './rowFacts';
import { SEVERITY_LEVELS } from '../codebook/roles';
import { mean, median, ratio } from './stats';

/** The last severity level is the "heavier problem profile" of the dependence share. */
const HIGHEST_SEVERITY = SEVERITY_LEVELS[SEVERITY_LEVELS.length - 1];
import type { DataQuality, GroupFigures, Results } from './types';

/** The figures of every group, counted exactly as the result sheet's formulas count them. */
export function computeResults(table: CaseTable, codebook: Codebook, settings: Settings): Results {
  const facts = rowFacts(table, codebook);
  const columns = columnCache(table, facts);
  const groups = allGroups(codebook, settings).map((spec) =>
    figuresOf(spec, memberRows(spec, facts, columns), facts, settings),
  );
  const cases = facts.caseRows.length;
  return { cases, groups, dataQuality: dataQuality(table, codebook, facts, cases) };
}

interface ColumnCache {
  readonly keysOf: (variable: VariableKey) => readonly (string | null)[];
  /** The rows holding each match key of a variable, in row order. */
  readonly rowsByKey: (variable: VariableKey) => ReadonlyMap<string, readonly number[]>;
  readonly numbersOf: (variable: VariableKey) => readonly (number | null)[];
}

/** Each variable's match keys and numbers, worked out once however many groups test them. */
function columnCache(table: CaseTable, facts: RowFacts): ColumnCache {
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
function memberRows(spec: GroupSpec, facts: RowFacts, columns: ColumnCache): readonly number[] {
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

function figuresOf(
  spec: GroupSpec,
  rows: readonly number[],
  facts: RowFacts,
  settings: Settings,
): GroupFigures {
  const c = tallyRows(rows, facts, settings.investigationLimitDays);
  const n = rows.length;
  const known = c.positive + c.unchanged + c.worse;
  return {
    by: spec.by,
    key: spec.key,
    n,
    known,
    positive: c.positive,
    unchanged: c.unchanged,
    worse: c.worse,
    dropout: c.dropout,
    positiveRate: ratio(c.positive, known),
    unchangedRate: ratio(c.unchanged, known),
    worseRate: ratio(c.worse, known),
    dropoutRate: ratio(c.dropout, n),
    completed: c.completed,
    interrupted: c.interrupted,
    completionRate: ratio(c.completed, c.completed + c.interrupted),
    reactualisation: { none: c.reNone, positive: c.rePositive, negative: c.reNegative, unknown: c.reUnknown },
    investigationDays: {
      n: c.days.length,
      median: median(c.days),
      mean: mean(c.days),
      overLimit: c.overLimit,
    },
    medianAge: median(c.ages),
    dependenceShare: ratio(c.severityHighest, c.severityKnown),
    ageCount: c.ages.length,
    severityKnown: c.severityKnown,
    severityHighest: c.severityHighest,
  };
}

/** Every count of a group in one pass over its rows: this is the hot loop at 100,000 cases. */
function tallyRows(rows: readonly number[], facts: RowFacts, limit: number) {
  const c = {
    positive: 0,
    unchanged: 0,
    worse: 0,
    dropout: 0,
    completed: 0,
    interrupted: 0,
    reNone: 0,
    rePositive: 0,
    reNegative: 0,
    reUnknown: 0,
    severityKnown: 0,
    severityHighest: 0,
    overLimit: 0,
    days: new Array<number>(),
    ages: new Array<number>(),
  };
  const ages = facts.numbers.age ?? [];
  for (const i of rows) {
    const situation = facts.situation[i];
    if (situation === 'positive') c.positive++;
    else if (situation === 'unchanged') c.unchanged++;
    else if (situation === 'worse') c.worse++;
    else if (situation === 'unknown' || situation === 'blank') c.dropout++;
    const completion = facts.completion[i];
    if (completion === 'completed') c.completed++;
    else if (completion === 'interrupted') c.interrupted++;
    const re = facts.reactualisation[i];
    if (re === 'none') c.reNone++;
    else if (re === 'positive') c.rePositive++;
    else if (re === 'negative') c.reNegative++;
    else if (re === 'unknown' || re === 'blank') c.reUnknown++;
    const severity = facts.severity[i];
    if (severity === 'level1' || severity === 'level2' || severity === HIGHEST_SEVERITY) c.severityKnown++;
    if (severity === HIGHEST_SEVERITY) c.severityHighest++;
    const days = facts.investigationDays[i];
    if (days !== null && days !== undefined) {
      c.days.push(days);
      if (days > limit) c.overLimit++;
    }
    const age = ages[i];
    if (age !== null && age !== undefined) c.ages.push(age);
  }
  return c;
}

function dataQuality(table: CaseTable, codebook: Codebook, facts: RowFacts, cases: number): DataQuality[] {
  const present = codebook.variables.filter((v) => table.columnOf[v.key] !== undefined);
  const offsets = present.map((v) => (table.columnOf[v.key] ?? 0) - table.firstColumn);
  const missing = present.map(() => 0);
  // One pass over the rows rather than one per variable: at 100,000 rows the copies cost more than the counting.
  table.rows.forEach((row, i) => {
    if (facts.empty[i]) return;
    offsets.forEach((offset, v) => {
      const cell = row[offset];
      if (cell === undefined || isBlank(cell)) missing[v] = (missing[v] ?? 0) + 1;
    });
  });
  return present.map((v, i) => ({
    variable: v.name,
    filled: cases - (missing[i] ?? 0),
    missing: missing[i] ?? 0,
  }));
}
