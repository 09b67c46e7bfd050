import { solve, type Constraint } from 'yalps';
import type { CellValue } from '../../src/core/cell';
import { measureOf } from '../../src/core/figures/evaluate';
import { FIGURES, type FigureId } from '../../src/core/figures/figureRegistry';
import { shownValue } from '../../src/core/figures/masking';
import type { RowSet } from '../../src/core/figures/measures';
import type { Results } from '../../src/core/figures/types';

/**
 * The attack on a masked result sheet (issue 10): everything the sheet shows, and every relation a reader
 * knows between its cells, as linear constraints; then, for each hidden count, the smallest and largest
 * value it can take (a linear-programming bound, as sdcTable's audit computes it). A count is protected
 * when that range holds at least t values.
 *
 * Relations: within a group, n = known + dropout, known = improved + unchanged + worse, the
 * re-actualisation counts add up to n, completed + interrupted and investigations over the limit are at
 * most what they are part of; every rate is its numerator over its denominator (a shown rate is exact: a
 * reader can widen the column); the groups of every breakdown add up to the total, and under each unit its
 * gender groups add up to the unit. Not yet modelled: the data-quality table, medians and means, and the
 * disjunction behind a hidden rate (see shownRate below).
 */
export interface Leak {
  readonly group: string;
  readonly figure: FigureId;
  readonly min: number;
  readonly max: number;
  /** The hidden count itself, for checking that the audit is sound. */
  readonly truth: number;
}

type Terms = ReadonlyMap<string, number>;

const COUNTS: readonly FigureId[] = FIGURES.filter((f) => f.measure.kind === 'count').map((f) => f.id);

/** A count figure's id for a set of rows, or the several whose sum it is (completed + interrupted). */
function countsOf(set: RowSet): FigureId[] | null {
  const same = (a: RowSet, b: RowSet) => JSON.stringify(a) === JSON.stringify(b);
  const single = FIGURES.find((f) => f.measure.kind === 'count' && same(f.measure.rows, set));
  if (single) return [single.id];
  if (set.kind !== 'roles' || set.roles.length < 2) return null;
  const parts = set.roles.map((role) => countsOf({ ...set, roles: [role] }));
  return parts.every((p) => p !== null && p.length === 1) ? parts.flatMap((p) => p ?? []) : null;
}

/**
 * The constraints over the hidden counts only: a count the sheet shows is a constant, folded into the
 * bounds, so the model has as many variables as there are hidden counts.
 */
class Constraints {
  readonly list: { terms: Terms; bound: Constraint }[] = [];
  readonly known = new Map<string, number>();

  add(terms: Terms, bound: Constraint): void {
    let constant = 0;
    const unknown = new Map<string, number>();
    for (const [name, coefficient] of terms) {
      const value = this.known.get(name);
      if (value === undefined) unknown.set(name, coefficient);
      else constant += coefficient * value;
    }
    if (unknown.size === 0) return;
    const shift = (x: number | undefined) => (x === undefined ? undefined : x - constant);
    const shifted: Constraint =
      bound.equal !== undefined
        ? { equal: bound.equal - constant }
        : { min: shift(bound.min), max: shift(bound.max) };
    this.list.push({ terms: unknown, bound: shifted });
  }
}

const variable = (group: number, figure: FigureId) => `${group}:${figure}`;
const sumOf = (names: readonly string[], coefficient = 1): [string, number][] =>
  names.map((n) => [n, coefficient]);

export function auditMasking(results: Results, t: number): Leak[] {
  const groups = results.breakdowns.flatMap((b) =>
    b.groups.map((g, i) => ({ g, spec: b.breakdown.groups[i] })),
  );
  const c = new Constraints();
  const hidden: { group: number; figure: FigureId }[] = [];
  // Counts first, so that every relation after them knows which counts are constants.
  groups.forEach(({ g }, i) => {
    for (const figure of FIGURES) {
      if (figure.measure.kind !== 'count') continue;
      const shown = shownValue(measureOf(g.measures, figure.id), t);
      shownCount(c, variable(i, figure.id), shown, t);
      if (shown.kind === 'text' && shown.text.startsWith('<')) hidden.push({ group: i, figure: figure.id });
    }
  });
  groups.forEach(({ g }, i) => {
    for (const figure of FIGURES) {
      const shown = shownValue(measureOf(g.measures, figure.id), t);
      if (figure.measure.kind === 'rate') {
        const num = countsOf(figure.measure.numerator);
        const den = countsOf(figure.measure.denominator);
        if (num && den)
          shownRate(
            c,
            num.map((f) => variable(i, f)),
            den.map((f) => variable(i, f)),
            shown,
          );
      }
    }
    withinGroup(c, i);
  });
  acrossGroups(c, results);
  const component = components(c);
  return hidden.flatMap(({ group, figure }) => {
    const name = variable(group, figure);
    const own = component(name);
    const min = bound(own, name, 'minimize');
    const max = bound(own, name, 'maximize');
    const values = Math.floor(max + 1e-6) - Math.ceil(min - 1e-6) + 1;
    const key = groups[group]?.g;
    const label = `${key?.by ?? ''} ${key?.key.join(' / ') ?? ''}`.trim();
    const truth = measureOf(key?.measures ?? new Map(), figure);
    return values < t
      ? [{ group: label, figure, min, max, truth: truth.kind === 'count' ? truth.count : NaN }]
      : [];
  });
}

function shownCount(c: Constraints, name: string, shown: CellValue, t: number): void {
  if (shown.kind === 'number') c.known.set(name, shown.value);
  else c.add(new Map([[name, 1]]), { min: 1, max: t - 1 });
}

function shownRate(c: Constraints, num: string[], den: string[], shown: CellValue): void {
  const denominator = new Map(sumOf(den));
  if (shown.kind === 'number') {
    // numerator − rate × denominator = 0, exactly as far as floating point carries it.
    const terms = new Map<string, number>(sumOf(num));
    for (const d of den) terms.set(d, (terms.get(d) ?? 0) - shown.value);
    c.add(terms, { min: -1e-6, max: 1e-6 });
  } else if (shown.kind === 'text' && shown.text === '–') {
    // "–": the denominator is not 0, and one of numerator, denominator, complement is 1 … t−1. That "one
    // of" is no linear constraint; keeping only what is linear is sound but gives a weaker attacker (a
    // mixed-integer model of the disjunction would be exact).
    c.add(denominator, { min: 1 });
  } else if (shown.kind === 'text' && shown.text === '') c.add(denominator, { equal: 0 });
}

function withinGroup(c: Constraints, i: number): void {
  const v = (f: FigureId) => variable(i, f);
  const equal = (left: FigureId, right: readonly FigureId[]) =>
    c.add(new Map<string, number>([[v(left), 1], ...sumOf(right.map(v), -1)]), { equal: 0 });
  const atMost = (parts: readonly FigureId[], whole: FigureId) =>
    c.add(new Map<string, number>([[v(whole), -1], ...sumOf(parts.map(v))]), { max: 0 });
  equal('n', ['known', 'dropout']);
  equal('known', ['positive', 'unchanged', 'worse']);
  equal('n', ['reNone', 'rePositive', 'reNegative', 'reUnknown']);
  atMost(['completed', 'interrupted'], 'n');
  atMost(['investigations'], 'n');
  atMost(['investigationsOver'], 'investigations');
}

function acrossGroups(c: Constraints, results: Results): void {
  let offset = 0;
  const starts = results.breakdowns.map((b) => {
    const start = offset;
    offset += b.groups.length;
    return start;
  });
  const total = starts[results.breakdowns.findIndex((b) => b.breakdown.id === 'total')] ?? 0;
  const unitBreakdown = results.breakdowns.findIndex((b) => b.breakdown.id === 'unit');
  results.breakdowns.forEach((b, bi) => {
    if (b.breakdown.id === 'total') return;
    const members = b.groups.map((_, gi) => (starts[bi] ?? 0) + gi);
    for (const f of COUNTS) {
      c.add(
        new Map<string, number>([[variable(total, f), -1], ...sumOf(members.map((m) => variable(m, f)))]),
        {
          equal: 0,
        },
      );
    }
    if (b.breakdown.id !== 'unit+gender') return;
    // Under each unit of the codebook, its gender groups add up to the unit's own row.
    const units = results.breakdowns[unitBreakdown]?.breakdown.groups ?? [];
    units.forEach((unit, ui) => {
      const under = b.breakdown.groups.flatMap((g, gi) =>
        g.key.length === 2 && g.key[0] === unit.key[0] ? [(starts[bi] ?? 0) + gi] : [],
      );
      if (under.length === 0) return;
      const unitIndex = (starts[unitBreakdown] ?? 0) + ui;
      for (const f of COUNTS) {
        c.add(
          new Map<string, number>([[variable(unitIndex, f), -1], ...sumOf(under.map((m) => variable(m, f)))]),
          {
            equal: 0,
          },
        );
      }
    });
  });
}

type Listed = Constraints['list'];

/** The constraints that reach a variable through shared unknowns: the rest cannot move its bounds. */
function components(c: Constraints): (name: string) => Listed {
  const parent = new Map<string, string>();
  const find = (x: string): string => {
    const p = parent.get(x) ?? x;
    if (p === x) return x;
    const root = find(p);
    parent.set(x, root);
    return root;
  };
  for (const { terms } of c.list) {
    const [first, ...rest] = [...terms.keys()];
    if (first === undefined) continue;
    for (const other of rest) parent.set(find(other), find(first));
  }
  const byRoot = new Map<string, Listed>();
  for (const entry of c.list) {
    const first = entry.terms.keys().next().value;
    if (first === undefined) continue;
    const root = find(first);
    byRoot.set(root, [...(byRoot.get(root) ?? []), entry]);
  }
  return (name) => byRoot.get(find(name)) ?? [];
}

/** The smallest or largest value `name` can take under every constraint (a linear-programming bound). */
function bound(list: Listed, name: string, direction: 'minimize' | 'maximize'): number {
  const constraints = new Map<string, Constraint>();
  const variables = new Map<string, Map<string, number>>();
  list.forEach(({ terms, bound: range }, i) => {
    constraints.set(`c${i}`, range);
    for (const [v, coefficient] of terms) {
      const coefficients = variables.get(v) ?? new Map<string, number>();
      coefficients.set(`c${i}`, coefficient);
      variables.set(v, coefficients);
    }
  });
  variables.get(name)?.set('objective', 1);
  const solution = solve({ direction, objective: 'objective', constraints, variables });
  if (solution.status !== 'optimal') throw new Error(`audit: ${solution.status} for ${name}`);
  return solution.result;
}
