import { text } from '../cell';
import { variableOf } from '../codebook/defaultCodebook';
import type { Codebook, VariableKey } from '../codebook/types';
import type { FigureId } from '../figures/figureRegistry';
import type { Condition, GroupSpec } from '../figures/groups';
import type { Results } from '../figures/types';
import { labelKeyer } from '../labels';
import { COUNT_FIGURES, figureCell, maskableCounts, qualityCell, type MaskCellId } from './cells';

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
export function maskRelations(results: Results, codebook: Codebook): Relation[] {
  const relations: Relation[] = [];
  const sum = (whole: MaskCellId, parts: readonly MaskCellId[], kind: Relation['kind'] = 'equal') =>
    relations.push({ kind, terms: [[whole, -1], ...parts.map((p) => [p, 1] as const)] });
  results.groups.forEach((_, g) => withinGroup(g, sum));
  results.groups.forEach((_, g) => denominators(g, relations));
  const total = results.groups.findIndex((g) => g.by === 'total');
  const indexOf = new Map(results.groups.map((g, i) => [g, i]));
  for (const { breakdown, groups } of results.breakdowns) {
    if (breakdown.by === 'total') continue;
    const members = groups.map((g) => indexOf.get(g) ?? -1);
    for (const f of COUNT_FIGURES)
      sum(
        figureCell(total, f),
        members.map((m) => figureCell(m, f)),
      );
  }
  unitsAndGenders(results, indexOf, sum);
  completionGroups(results, codebook, indexOf, relations);
  dataQuality(results, indexOf, total, sum);
  return trueOnes(relations, maskableCounts(results));
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

function withinGroup(g: number, sum: Sum): void {
  const c = (f: FigureId) => figureCell(g, f);
  sum(c('n'), [c('known'), c('dropout')]);
  sum(c('known'), [c('positive'), c('unchanged'), c('worse')]);
  sum(c('n'), [c('reNone'), c('rePositive'), c('reNegative'), c('reUnknown')]);
  sum(c('n'), [c('completed'), c('interrupted')], 'atMost');
  sum(c('n'), [c('investigations')], 'atMost');
  sum(c('investigations'), [c('investigationsOver')], 'atMost');
}

/** Every rate of a group with a denominator tells the reader it is not 0. */
function denominators(g: number, relations: Relation[]): void {
  for (const parts of [['n'], ['known'], ['completed', 'interrupted']] as const)
    relations.push({ kind: 'atLeastOne', terms: parts.map((f) => [figureCell(g, f), 1] as const) });
}

/** Under each unit its gender rows add up to the unit; a catch-all unit row is the same row in both tables. */
function unitsAndGenders(results: Results, indexOf: Map<unknown, number>, sum: Sum): void {
  const units = results.breakdowns.find((b) => b.breakdown.by === 'unit')?.groups ?? [];
  const split = results.breakdowns.find((b) => b.breakdown.by === 'unit+gender')?.groups ?? [];
  for (const unit of units) {
    const under = split.filter((g) => g.key[0] === unit.key[0]).map((g) => indexOf.get(g) ?? -1);
    if (under.length === 0) continue;
    const u = indexOf.get(unit) ?? -1;
    for (const f of COUNT_FIGURES)
      sum(
        figureCell(u, f),
        under.map((m) => figureCell(m, f)),
      );
  }
}

/** A group of one completion label counts all its cases as completed, as interrupted, or as neither. */
function completionGroups(
  results: Results,
  codebook: Codebook,
  indexOf: Map<unknown, number>,
  relations: Relation[],
): void {
  const variable = variableOf(codebook, 'completion');
  const keyOf = labelKeyer(variable.values.map((v) => v.label));
  const roleOf = new Map(variable.values.map((v) => [keyOf(text(v.label)), v.role]));
  const groups = results.breakdowns.find((b) => b.breakdown.by === 'completion');
  groups?.groups.forEach((group, i) => {
    const spec: GroupSpec | undefined = groups.breakdown.groups[i];
    const condition = spec?.conditions[0];
    if (condition?.kind !== 'label') return;
    const role = roleOf.get(keyOf(text(condition.label)));
    const g = indexOf.get(group) ?? -1;
    for (const f of ['completed', 'interrupted'] as const) {
      const whole = role === f ? [[figureCell(g, 'n'), -1] as const] : [];
      relations.push({ kind: 'equal', terms: [[figureCell(g, f), 1], ...whole] });
    }
  });
}

const OUTCOME_PARTS: Partial<Record<VariableKey, readonly FigureId[]>> = {
  situation: ['known', 'dropout'],
  reactualisation: ['reNone', 'rePositive', 'reNegative', 'reUnknown'],
};

/** Filled + missing = all cases; a list's missing and not-in-codebook cells are its catch-all rows. */
function dataQuality(results: Results, indexOf: Map<unknown, number>, total: number, sum: Sum): void {
  const rowOf = (variable: VariableKey, kind: Condition['kind']) => {
    for (const { breakdown, groups } of results.breakdowns) {
      if (breakdown.by === 'unit+gender') continue;
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
    sum(figureCell(total, 'n'), [qualityCell(i, 'filled'), qualityCell(i, 'missing')]);
    // A Situation or Återaktualisering value the codebook lacks counts in no outcome: the total's
    // outcomes and its not-in-codebook cell add up to n (each group's, where they are not all 0, only to ≤ n).
    const parts = OUTCOME_PARTS[q.key];
    if (parts && q.notInCodebook !== null)
      sum(figureCell(total, 'n'), [
        ...parts.map((f) => figureCell(total, f)),
        qualityCell(i, 'notInCodebook'),
      ]);
    const blank = rowOf(q.key, 'blank');
    if (blank !== undefined) sum(figureCell(blank, 'n'), [qualityCell(i, 'missing')]);
    const other = rowOf(q.key, 'otherValue');
    if (other !== undefined && q.notInCodebook !== null)
      sum(figureCell(other, 'n'), [qualityCell(i, 'notInCodebook')]);
    const outside = rowOf(q.key, 'outsideRange');
    if (outside !== undefined) sum(figureCell(outside, 'n'), [qualityCell(i, 'missing')], 'atMost');
  });
}
