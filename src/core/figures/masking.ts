import { num, text, type CellValue } from '../cell';
import type { MeasureValue } from './measures';

/**
 * What the result sheet shows for a figure under a minimum reported count t (0 or 1: no masking).
 * The same rules are written into the sheet's formulas (plan/cellFormulas.ts); these are the core's side.
 */
export function shownCount(count: number, t: number): CellValue {
  return count >= 1 && count < t ? text(`<${t}`) : num(count);
}

/** A count a rate beside it would give away: 1 … t−1. */
const isSmall = (count: number, t: number) => count >= 1 && count < t;

/**
 * A rate with no denominator is blank; one whose numerator, denominator or complement (denominator −
 * numerator) is a small count is "–", since shown beside its counts it would give a hidden one away.
 */
export function shownRate(numerator: number, denominator: number, t: number): CellValue {
  if (denominator === 0) return text('');
  const hidden = isSmall(numerator, t) || isSmall(denominator, t) || isSmall(denominator - numerator, t);
  return hidden ? text('–') : num(numerator / denominator);
}

/** A median or mean over `count` values: blank without values, "–" when they are too few. */
export function shownStat(value: number | null, count: number, t: number): CellValue {
  if (count === 0 || value === null) return text('');
  return count < t ? text('–') : num(value);
}

/** Any figure's value as the sheet shows it. */
export function shownValue(value: MeasureValue, t: number): CellValue {
  switch (value.kind) {
    case 'count':
      return shownCount(value.count, t);
    case 'rate':
      return shownRate(value.numerator, value.denominator, t);
    case 'stat':
      return shownStat(value.value, value.count, t);
  }
}
