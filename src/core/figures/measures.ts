import type { Role } from '../codebook/types';
import type { FigureId } from './figureId';
import type { RoleVariable } from './rowFacts';

/** A set of a group's rows that a figure counts: what the core counts and what the formula counts. */
export type RowSet =
  | { readonly kind: 'all' }
  /** Rows whose value in a role list has one of `roles`; with `blank`, blank cells too. */
  | {
      readonly kind: 'roles';
      readonly variable: RoleVariable;
      readonly roles: readonly Role[];
      readonly blank?: boolean;
    }
  /** Rows with both investigation dates, in order. */
  | { readonly kind: 'investigated' }
  /** Investigated rows that took longer than the limit in Inställningar. */
  | { readonly kind: 'investigatedOverLimit' };

/** Numbers over a group's rows for a median or a mean. */
export type Sample = 'investigationDays' | 'age';

/** What a figure is, declared once: the core evaluates it (evaluate.ts), the plan writes it as a formula. */
export type Measure =
  | { readonly kind: 'count'; readonly rows: RowSet }
  | { readonly kind: 'rate'; readonly numerator: RowSet; readonly denominator: RowSet }
  /** `sample`: the count of the row that says how many values the statistic rests on (masking hides it with them). */
  | { readonly kind: 'median' | 'mean'; readonly of: Sample; readonly sample: FigureId };

/** A figure's value for one group, with what masking needs (the counts behind it). */
export type MeasureValue =
  | { readonly kind: 'count'; readonly count: number }
  | { readonly kind: 'rate'; readonly numerator: number; readonly denominator: number }
  | { readonly kind: 'stat'; readonly value: number | null; readonly count: number };

/** The unmasked value: a count, a fraction (null without a denominator), a median or mean (null without values). */
export function plainValue(value: MeasureValue): number | null {
  switch (value.kind) {
    case 'count':
      return value.count;
    case 'rate':
      return value.denominator === 0 ? null : value.numerator / value.denominator;
    case 'stat':
      return value.value;
  }
}
