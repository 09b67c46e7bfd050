import { RATE_STEPS } from '../figures/masking';

/** The masking settings in Inställningar: every masked cell reads t, live; the stale flag reads the method. */
export interface MaskingRefs {
  /** The minimum reported count t. */
  readonly t: string;
  /** The method ("dölj" or "avrunda"). */
  readonly method: string;
}

/**
 * Rounding is part of the formula only on a sheet written for it: a rate's formula names its numerator
 * and denominator several times, and a branch for the other method would take a catch-all row's formula
 * past Excel's 8,192 characters. A method changed afterwards raises the sheet's stale warning instead
 * (plan/maskingCells.ts). The minimum count stays live: masking off (t ≤ 1) rounds nothing.
 */
const rounded = (t: string, value: string, exact: string) => `IF(${t}>1,${value},${exact})`;

/**
 * The masking rules of figures/masking.ts, written as formulas so a reader without the add-in sees the
 * same masked figures, and a changed minimum count in Inställningar takes effect at once.
 * MROUND(x,1) is x for a whole number, so a rounded count is named three times, not four.
 */
export function countCell(count: string, { t }: MaskingRefs, rounding: boolean): string {
  const shown = rounding ? `MROUND(${count},${rounded(t, '5', '1')})` : count;
  return `IF(AND(${count}>=1,${count}<${t}),"<"&${t},${shown})`;
}

/**
 * A rate is hidden when its numerator, its denominator or their difference is a small count (1 … t−1):
 * shown beside its counts, any of them would give a hidden count away. For whole numbers, "1 ≤ x ≤ t−1"
 * is INT((x−1)/(t−1))=0, which names x once; with t ≤ 1 (no masking) MAX(t−1,0) is 0 and the division
 * an error, so never true. Rounded, it is whole 5 %: 20·numerator/denominator rounded, over 20, computed
 * in that order as the core does (20·numerator is exact, so a half is a half in both).
 */
export function rateCell(
  numerator: string,
  denominator: string,
  { t }: MaskingRefs,
  rounding: boolean,
): string {
  const small = (x: string) => `IFERROR(INT((${x}-1)/MAX(${t}-1,0))=0,FALSE)`;
  const hidden = `OR(${small(numerator)},${small(denominator)},${small(`${denominator}-${numerator}`)})`;
  const exact = `${numerator}/${denominator}`;
  const shown = rounding
    ? rounded(t, `ROUND(${RATE_STEPS}*${numerator}/${denominator},0)/${RATE_STEPS}`, exact)
    : exact;
  return `IF(${denominator}=0,"",IF(${hidden},"–",${shown}))`;
}

export function statCell(stat: string, count: string, t: string): string {
  return `IF(${count}=0,"",IF(${count}<${t},"–",${stat}))`;
}
