import { text } from '../cell';
import { variableOf, type Codebook, type VariableKey, type Role } from '../codebook/types';
import { caseCount, countSums, rateDenominators } from '../figures/arithmetic';
import { FIGURES, type Figure, type FigureId } from '../figures/figureRegistry';
import { isTotal, type Condition } from '../figures/groups';
import type { Results } from '../figures/types';
import { labelKeyer } from '../labels';
import { figureCell, maskableCounts, qualityCell, type MaskCellId } from './cells';

/**
 * Σ coefficient × count is 0 (`equal`), at most 0 (`atMost`), or at least 1 (`atLeastOne`: a rate's
 * denominator that is not 0, which a rate showing a value or `–` instead of a blank tells the reader).
 */
export interface Relation {
  readonly kind: 'equal' | 'atMost' | 'atLeastOne';
  readonly terms: readonly (readonly [MaskCellId, number])[];
}

/**
 * Every relation between the counts of a result sheet that a reader can know from the method alone:
 * the arithmetic a committee member does with a printout. Secondary suppression protects against these;
 * a relation missing here is a hole, so the test suite attacks the sheet with its own, separate list.
 */
export function maskRelations(
  results: Results,
  codebook: Codebook,
  figures: readonly Figure[] = FIGURES,
): Relation[] {
  const relations: Relation[] = [];
  const sum = (whole: MaskCellId, parts: readonly MaskCellId[], kind: Relation['kind'] = 'equal') =>
    relations.push({ kind, terms: [[whole, -1], ...parts.map((p) => [p, 1] as const)] });
  const counts = countFiguresOf(figures);
  results.groups.forEach((_, g) => withinGroup(g, sum, figures));
  results.groups.forEach((_, g) => denominators(g, relations, figures));
  const total = results.groups.findIndex(isTotal);
  const indexOf = new Map(results.groups.map((g, i) => [g, i]));
  for (const { breakdown, groups } of results.breakdowns) {
    if (isTotal(breakdown)) continue;
    const members = groups.map((g) => indexOf.get(g) ?? -1);
    for (const f of counts)
      sum(
        figureCell(total, f),
        members.map((m) => figureCell(m, f)),
      );
  }
  splits(results, indexOf, sum, counts);
  singleRoleGroups(results, codebook, indexOf, relations, figures);
  dataQuality(results, indexOf, total, sum, figures);
  return trueOnes(relations, maskableCounts(results, figures));
}

/**
 * The relations as this data has them. A value the codebook lacks in Situation or Återaktualisering is
 * neither known nor dropout, so "n = known + dropout" becomes "n ≥ known + dropout"; a model that held a
 * false equation would be infeasible, and one a reader could not use is no protection to plan for.
 */
function trueOnes(relations: readonly Relation[], values: ReadonlyMap<MaskCellId, number>): Relation[] {
  const sumOf = (r: Relation) => r.terms.reduce((s, [id, c]) => s + c * (values.get(id) ?? NaN), 0);
  return relations.flatMap((r): Relation[] => {
    const sum = sumOf(r);
    if (r.kind === 'equal' ? sum === 0 : r.kind === 'atLeastOne' ? sum >= 1 : sum <= 0) return [r];
    return r.kind === 'equal' && sum < 0 ? [{ ...r, kind: 'atMost' }] : [];
  });
}

type Sum = (whole: MaskCellId, parts: readonly MaskCellId[], kind?: Relation['kind']) => void;

/** The registry's arithmetic within one group's row (known = positive + unchanged + worse, …). */
function withinGroup(g: number, sum: Sum, figures: readonly Figure[]): void {
  for (const { whole, parts, kind } of countSums(figures))
    sum(
      figureCell(g, whole),
      parts.map((p) => figureCell(g, p)),
      kind,
    );
}

/** Every rate of a group with a denominator tells the reader it is not 0. */
function denominators(g: number, relations: Relation[], figures: readonly Figure[]): void {
  for (const parts of rateDenominators(figures))
    relations.push({ kind: 'atLeastOne', terms: parts.map((f) => [figureCell(g, f), 1] as const) });
}

/** Under each group of a breakdown its split rows add up to it (unit by gender); a catch-all row is one row in both. */
function splits(
  results: Results,
  indexOf: Map<unknown, number>,
  sum: Sum,
  counts: readonly FigureId[],
): void {
  for (const { breakdown, groups: split } of results.breakdowns) {
    const parent = breakdown.split && results.breakdowns.find((b) => b.breakdown.id === breakdown.split?.of);
    for (const group of parent?.groups ?? []) {
      const under = split.filter((g) => g.key[0] === group.key[0]).map((g) => indexOf.get(g) ?? -1);
      if (under.length === 0) continue;
      const u = indexOf.get(group) ?? -1;
      for (const f of counts)
        sum(
          figureCell(u, f),
          under.map((m) => figureCell(m, f)),
        );
    }
  }
}

/**
 * A group of one label of a role list counts each of its cases in a count by that list's roles, or in
 * none: a group of a "completed" label has completed = n and interrupted = 0.
 */
function singleRoleGroups(
  results: Results,
  codebook: Codebook,
  indexOf: Map<unknown, number>,
  relations: Relation[],
  figures: readonly Figure[],
): void {
  const n = caseCount(figures);
  for (const { breakdown, groups } of results.breakdowns) {
    const byRoles = figures.flatMap((f) =>
      f.measure.kind === 'count' &&
      f.measure.rows.kind === 'roles' &&
      f.measure.rows.variable === breakdown.variable
        ? [{ id: f.id, roles: f.measure.rows.roles }]
        : [],
    );
    if (byRoles.length === 0 || breakdown.variable === undefined) continue;
    const roleOf = labelRoles(codebook, breakdown.variable);
    groups.forEach((group, i) => {
      const condition = breakdown.groups[i]?.conditions[0];
      if (condition?.kind !== 'label') return;
      const role = roleOf(condition.label);
      const g = indexOf.get(group) ?? -1;
      for (const { id, roles } of byRoles) {
        const whole = role !== undefined && roles.includes(role) ? [[figureCell(g, n), -1] as const] : [];
        relations.push({ kind: 'equal', terms: [[figureCell(g, id), 1], ...whole] });
      }
    });
  }
}

function labelRoles(codebook: Codebook, key: VariableKey): (label: string) => Role | undefined {
  const variable = variableOf(codebook, key);
  const keyOf = labelKeyer(variable.values.map((v) => v.label));
  const roleOf = new Map(variable.values.map((v) => [keyOf(text(v.label)), v.role]));
  return (label) => roleOf.get(keyOf(text(label))) ?? undefined;
}

/** Filled + missing = all cases; a list's missing and not-in-codebook cells are its catch-all rows. */
function dataQuality(
  results: Results,
  indexOf: Map<unknown, number>,
  total: number,
  sum: Sum,
  figures: readonly Figure[],
): void {
  const n = caseCount(figures);
  // The lists whose counts add up to n (situation: known + dropout): a value the codebook lacks counts in none.
  const outcomes = new Map<VariableKey, readonly FigureId[]>(
    countSums(figures).flatMap((s) =>
      s.whole === n && s.kind === 'equal' && s.variable !== undefined ? [[s.variable, s.parts] as const] : [],
    ),
  );
  const rowOf = (variable: VariableKey, kind: Condition['kind']) => {
    for (const { breakdown, groups } of results.breakdowns) {
      if (breakdown.split) continue;
      const i = breakdown.groups.findIndex(
        (s) =>
          s.conditions.length === 1 &&
          s.conditions[0]?.kind === kind &&
          s.conditions[0].variable === variable,
      );
      const group = groups[i];
      if (group) return indexOf.get(group);
    }
    return undefined;
  };
  results.dataQuality.forEach((q, i) => {
    sum(figureCell(total, n), [qualityCell(i, 'filled'), qualityCell(i, 'missing')]);
    // A Situation or Återaktualisering value the codebook lacks counts in no outcome: the total's
    // outcomes and its not-in-codebook cell add up to n (each group's, where they are not all 0, only to ≤ n).
    const parts = outcomes.get(q.key);
    if (parts && q.notInCodebook !== null)
      sum(figureCell(total, n), [...parts.map((f) => figureCell(total, f)), qualityCell(i, 'notInCodebook')]);
    const blank = rowOf(q.key, 'blank');
    if (blank !== undefined) sum(figureCell(blank, n), [qualityCell(i, 'missing')]);
    const other = rowOf(q.key, 'otherValue');
    if (other !== undefined && q.notInCodebook !== null)
      sum(figureCell(other, n), [qualityCell(i, 'notInCodebook')]);
    const outside = rowOf(q.key, 'outsideRange');
    if (outside !== undefined) sum(figureCell(outside, n), [qualityCell(i, 'missing')], 'atMost');
  });
}

const countFiguresOf = (figures: readonly Figure[]): FigureId[] =>
  figures.filter((f) => f.measure.kind === 'count').map((f) => f.id);
