import { CoreUsageError } from '../errors';
import { FIGURES, type Figure, type FigureId } from './figureRegistry';
import type { MeasureValue, RowSet, Sample } from './measures';
import type { RowFacts } from './rowFacts';
import { mean, median } from './stats';

/** Every figure's value for one group's rows; each distinct set of rows is counted once. */
export function evaluateFigures(
  rows: readonly number[],
  facts: RowFacts,
  limit: number,
  figures: readonly Figure[] = FIGURES,
): ReadonlyMap<FigureId, MeasureValue> {
  const counts = new Map<string, number>();
  const countOf = (set: RowSet) => {
    const key = JSON.stringify(set);
    let known = counts.get(key);
    if (known === undefined) {
      known = countRows(rows, set, facts, limit);
      counts.set(key, known);
    }
    return known;
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

/** How many of the group's rows are in `set`: this is the hot loop at 100,000 cases. */
function countRows(rows: readonly number[], set: RowSet, facts: RowFacts, limit: number): number {
  switch (set.kind) {
    case 'all':
      return rows.length;
    case 'roles': {
      const roles = new Set<string>(set.roles);
      if (set.blank) roles.add('blank');
      const column = facts.roles[set.variable];
      let n = 0;
      for (const i of rows) if (roles.has(column[i] ?? '')) n++;
      return n;
    }
    case 'investigated':
    case 'investigatedOverLimit': {
      const over = set.kind === 'investigatedOverLimit';
      let n = 0;
      for (const i of rows) {
        const days = facts.investigationDays[i];
        if (days !== null && days !== undefined && (!over || days > limit)) n++;
      }
      return n;
    }
  }
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
