import { num, text, type CellValue } from '../cell';
import type { MeasureValue } from './measures';

/**
 * How the result sheet shows figures: the minimum reported count t (0 or 1: no masking) and whether the
 * counts and rates it shows are rounded (Inställningar's "avrunda"; only with masking on).
 */
export interface ShowRule {
  readonly t: number;
  readonly rounding: boolean;
}

const rounds = (rule: ShowRule) => rule.rounding && rule.t > 1;

/** The base a shown count is rounded to. */
export const COUNT_ROUNDING_BASE = 5;
/**
 * A rounded rate is a whole number of twentieths (5 %). RCSTAT rounds so where the group is small; here
 * every rate is, which protects at least as much and keeps the formula short: a finer step for large
 * groups would name the denominator twice more, and a catch-all row's rate formula would pass Excel's
 * 8,192 characters.
 */
export const RATE_STEPS = 20;

/**
 * What the result sheet shows for a figure. The same rules are written into the sheet's formulas
 * (plan/cellFormulas.ts); these are the core's side, computed in the same order so the values agree.
 */
export function shownCount(count: number, rule: ShowRule): CellValue {
  if (isSmall(count, rule.t)) return text(`<${rule.t}`);
  return num(rounds(rule) ? roundedCount(count) : count);
}

/** A count to the nearest 5, as MROUND writes it: a whole count is never halfway. */
export const roundedCount = (count: number): number =>
  Math.round(count / COUNT_ROUNDING_BASE) * COUNT_ROUNDING_BASE;

/** A small count, which the sheet hides (the primary rule), and a rate beside it would give away: 1 … t−1. */
export const isSmall = (count: number, t: number): boolean => count >= 1 && count < t;

/**
 * A rate with no denominator is blank; one whose numerator, denominator or complement (denominator −
 * numerator) is a small count is "–", since shown beside its counts it would give a hidden one away.
 */
export function shownRate(numerator: number, denominator: number, rule: ShowRule): CellValue {
  const { t } = rule;
  if (denominator === 0) return text('');
  const hidden = isSmall(numerator, t) || isSmall(denominator, t) || isSmall(denominator - numerator, t);
  if (hidden) return text('–');
  if (!rounds(rule)) return num(numerator / denominator);
  return num(Math.round((RATE_STEPS * numerator) / denominator) / RATE_STEPS);
}

/** A median or mean over `count` values: blank without values, "–" when they are too few. */
export function shownStat(value: number | null, count: number, t: number): CellValue {
  if (count === 0 || value === null) return text('');
  return count < t ? text('–') : num(value);
}

/** Any figure's value as the sheet shows it. */
export function shownValue(value: MeasureValue, rule: ShowRule): CellValue {
  switch (value.kind) {
    case 'count':
      return shownCount(value.count, rule);
    case 'rate':
      return shownRate(value.numerator, value.denominator, rule);
    case 'stat':
      return shownStat(value.value, value.count, rule.t);
  }
}
