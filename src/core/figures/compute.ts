import { foldCase, isBlank } from '../cell';
import type { Codebook, VariableKey } from '../codebook/types';
import { matchKey } from '../cell';
import type { Settings } from '../settings';
import { cellOf, type CaseTable } from '../table/caseTable';
import { allGroups, type Condition, type GroupSpec } from './groups';
import { rowFacts, type RoleFact, type RowFacts } from './rowFacts';
import { mean, median, ratio } from './stats';
import type { DataQuality, GroupFigures, Results } from './types';

/** The figures of every group, counted exactly as the result sheet's formulas count them. */
export function computeResults(table: CaseTable, codebook: Codebook, settings: Settings): Results {
  const facts = rowFacts(table, codebook);
  const keyCache = new Map<VariableKey, (string | null)[]>();
  const keysOf = (variable: VariableKey) => {
    let keys = keyCache.get(variable) ?? facts.keys[variable]?.slice();
    if (!keys) keys = table.rows.map((_, i) => matchKey(cellOf(table, i, variable)));
    keyCache.set(variable, keys);
    return keys;
  };
  const groups = allGroups(codebook, settings).map((spec) =>
    figuresOf(spec, memberRows(spec, facts, table, keysOf), facts, settings),
  );
  const cases = facts.empty.filter((e) => !e).length;
  return { cases, groups, dataQuality: dataQuality(table, codebook, facts, cases) };
}

function memberRows(
  spec: GroupSpec,
  facts: RowFacts,
  table: CaseTable,
  keysOf: (v: VariableKey) => (string | null)[],
): number[] {
  const tests = spec.conditions.map((c) => conditionTest(c, table, keysOf));
  const members: number[] = [];
  for (let i = 0; i < facts.count; i++) {
    if (tests.length === 0 ? !facts.empty[i] : tests.every((t) => t(i))) members.push(i);
  }
  return members;
}

function conditionTest(
  condition: Condition,
  table: CaseTable,
  keysOf: (v: VariableKey) => (string | null)[],
) {
  if (condition.kind === 'label') {
    const keys = keysOf(condition.variable);
    const wanted = foldCase(condition.label);
    return (i: number) => keys[i] === wanted;
  }
  const values = table.rows.map((_, i) => {
    const cell = cellOf(table, i, condition.variable);
    return cell.kind === 'number' ? cell.value : null;
  });
  const { from, toExclusive } = condition;
  return (i: number) => {
    const v = values[i];
    return v !== null && v !== undefined && v >= from && (toExclusive === null || v < toExclusive);
  };
}

function figuresOf(spec: GroupSpec, rows: number[], facts: RowFacts, settings: Settings): GroupFigures {
  const tally = (column: readonly RoleFact[], ...wanted: RoleFact[]) =>
    rows.reduce((sum, i) => sum + (wanted.includes(column[i] ?? 'other') ? 1 : 0), 0);
  const n = rows.length;
  const [positive, unchanged, worse] = [
    tally(facts.situation, 'positive'),
    tally(facts.situation, 'unchanged'),
    tally(facts.situation, 'worse'),
  ];
  const known = positive + unchanged + worse;
  const dropout = tally(facts.situation, 'unknown', 'blank');
  const completed = tally(facts.completion, 'completed');
  const interrupted = tally(facts.completion, 'interrupted');
  const days = pick(rows, facts.investigationDays);
  const ages = pick(rows, facts.numbers.age ?? []);
  const severityHighest = tally(facts.severity, 'level3');
  const severityKnown = tally(facts.severity, 'level1', 'level2', 'level3');
  return {
    by: spec.by,
    key: spec.key,
    n,
    known,
    positive,
    unchanged,
    worse,
    dropout,
    positiveRate: ratio(positive, known),
    unchangedRate: ratio(unchanged, known),
    worseRate: ratio(worse, known),
    dropoutRate: ratio(dropout, n),
    completed,
    interrupted,
    completionRate: ratio(completed, completed + interrupted),
    reactualisation: {
      none: tally(facts.reactualisation, 'none'),
      positive: tally(facts.reactualisation, 'positive'),
      negative: tally(facts.reactualisation, 'negative'),
      unknown: tally(facts.reactualisation, 'unknown', 'blank'),
    },
    investigationDays: {
      n: days.length,
      median: median(days),
      mean: mean(days),
      overLimit: days.filter((d) => d > settings.investigationLimitDays).length,
    },
    medianAge: median(ages),
    dependenceShare: ratio(severityHighest, severityKnown),
    ageCount: ages.length,
    severityKnown,
    severityHighest,
  };
}

function pick(rows: readonly number[], values: readonly (number | null)[]): number[] {
  const picked: number[] = [];
  for (const i of rows) {
    const v = values[i];
    if (v !== null && v !== undefined) picked.push(v);
  }
  return picked;
}

function dataQuality(table: CaseTable, codebook: Codebook, facts: RowFacts, cases: number): DataQuality[] {
  return codebook.variables
    .filter((v) => table.columnOf[v.key] !== undefined)
    .map((v) => {
      let missing = 0;
      for (let i = 0; i < facts.count; i++)
        if (!facts.empty[i] && isBlank(cellOf(table, i, v.key))) missing++;
      return { variable: v.name, filled: cases - missing, missing };
    });
}
