import { CoreUsageError } from '../errors';
import { FIGURES, type Figure, type FigureId } from './figureRegistry';
import type { MeasureValue, RowSet, Sample } from './measures';
import type { RoleFact, RoleVariable, RowFacts } from './rowFacts';
import { mean, median } from './stats';

/** Every figure's value for one group's rows; each distinct set of rows is counted once. */
export function evaluateFigures(
  rows: readonly number[],
  facts: RowFacts,
  limit: number,
  figures: readonly Figure[] = FIGURES,
): ReadonlyMap<FigureId, MeasureValue> {
  const tallies = new Map<RoleVariable | 'days', Map<string, number>>();
  // One pass per role list (and one over the investigation days) per group, however many figures count it:
  // this is the hot loop at 100,000 cases.
  const tallyOf = (variable: RoleVariable | 'days') => {
    let tally = tallies.get(variable);
    if (!tally) {
      tally = variable === 'days' ? daysTally(rows, facts, limit) : roleTally(rows, facts.roles[variable]);
      tallies.set(variable, tally);
    }
    return tally;
  };
  const countOf = (set: RowSet): number => {
    switch (set.kind) {
      case 'all':
        return rows.length;
      case 'roles': {
        const tally = tallyOf(set.variable);
        const wanted = set.blank ? [...set.roles, 'blank'] : set.roles;
        return wanted.reduce((n, role) => n + (tally.get(role) ?? 0), 0);
      }
      case 'investigated':
        return tallyOf('days').get('all') ?? 0;
      case 'investigatedOverLimit':
        return tallyOf('days').get('over') ?? 0;
    }
  };
  const values = new Map<FigureId, MeasureValue>();
  for (const { id, measure } of figures) {
    switch (measure.kind) {
      case 'count':
        values.set(id, { kind: 'count', count: countOf(measure.rows) });
        break;
      case 'rate':
        values.set(id, {
          kind: 'rate',
          numerator: countOf(measure.numerator),
          denominator: countOf(measure.denominator),
        });
        break;
      case 'median':
      case 'mean': {
        const sample = sampleOf(rows, measure.of, facts);
        const value = measure.kind === 'median' ? median(sample) : mean(sample);
        values.set(id, { kind: 'stat', value, count: sample.length });
        break;
      }
    }
  }
  return values;
}

/** How many of the group's rows hold each role (or blank, unlabelled, other) of one list. */
function roleTally(rows: readonly number[], column: readonly RoleFact[]): Map<string, number> {
  const tally = new Map<string, number>();
  for (const i of rows) {
    const fact = column[i];
    if (fact !== undefined) tally.set(fact, (tally.get(fact) ?? 0) + 1);
  }
  return tally;
}

/** How many of the group's rows have investigation days, and how many of those are over the limit. */
function daysTally(rows: readonly number[], facts: RowFacts, limit: number): Map<string, number> {
  let all = 0;
  let over = 0;
  for (const i of rows) {
    const days = facts.investigationDays[i];
    if (days === null || days === undefined) continue;
    all++;
    if (days > limit) over++;
  }
  return new Map([
    ['all', all],
    ['over', over],
  ]);
}

function sampleOf(rows: readonly number[], sample: Sample, facts: RowFacts): number[] {
  const source = sample === 'age' ? (facts.numbers.age ?? []) : facts.investigationDays;
  const values: number[] = [];
  for (const i of rows) {
    const v = source[i];
    if (v !== null && v !== undefined) values.push(v);
  }
  return values;
}

/** A group's value of one figure; every group has every figure. */
export function measureOf(values: ReadonlyMap<FigureId, MeasureValue>, id: FigureId): MeasureValue {
  const value = values.get(id);
  if (!value) throw new CoreUsageError(`No value of figure ${id}`);
  return value;
}
