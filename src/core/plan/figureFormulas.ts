import type { Measure, RowSet, Sample } from '../figures/measures';
import { countCell, rateCell, statCell, type MaskingRefs } from './cellFormulas';
import type { GroupFormulas } from './groupFormulas';

export interface SettingRefs extends MaskingRefs {
  /** The investigation time limit in days. */
  readonly limit: string;
}

/** A figure's measure as the formula of one group's cell, masked by the sheet's rule; the same measure the core evaluates. */
export function figureFormula(
  measure: Measure,
  f: GroupFormulas,
  refs: SettingRefs,
  rounding: boolean,
): { readonly text: string; readonly array: boolean } {
  switch (measure.kind) {
    case 'count':
      return {
        text: countCell(rowsFormula(measure.rows, f, refs), refs, rounding),
        array: needsArray(measure.rows),
      };
    case 'rate':
      return {
        text: rateCell(
          rowsFormula(measure.numerator, f, refs),
          rowsFormula(measure.denominator, f, refs),
          refs,
          rounding,
        ),
        array: needsArray(measure.numerator) || needsArray(measure.denominator),
      };
    case 'median':
    case 'mean': {
      const sample = sampleFormula(measure.of, f);
      const stat = measure.kind === 'median' ? 'MEDIAN' : 'AVERAGE';
      return { text: statCell(`${stat}(${sample})`, `COUNT(${sample})`, refs.t), array: true };
    }
  }
}

/** How many of the group's rows are in the set, as a formula expression. */
function rowsFormula(set: RowSet, f: GroupFormulas, refs: SettingRefs): string {
  switch (set.kind) {
    case 'all':
      return f.n();
    case 'roles':
      return f.withRoles(set.variable, set.roles, set.blank ?? false);
    case 'investigated':
      return `COUNT(${f.investigationDays()})`;
    case 'investigatedOverLimit':
      return `COUNT(${f.investigationsOver(refs.limit)})`;
  }
}

/** Counting over per-row arrays (IF inside COUNT) needs an array formula. */
const needsArray = (set: RowSet) => set.kind === 'investigated' || set.kind === 'investigatedOverLimit';

function sampleFormula(sample: Sample, f: GroupFormulas): string {
  return sample === 'age' ? f.ages() : f.investigationDays();
}
