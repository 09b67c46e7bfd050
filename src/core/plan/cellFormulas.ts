/**
 * The masking rules of figures/masking.ts, written as formulas so a reader without the add-in sees the
 * same masked figures, and a changed minimum count in Inställningar takes effect at once.
 */
export function countCell(count: string, t: string): string {
  return `IF(AND(${count}>=1,${count}<${t}),"<"&${t},${count})`;
}

/**
 * A rate is hidden when its numerator, its denominator or their difference is a small count (1 … t−1):
 * shown beside its counts, any of them would give a hidden count away. For whole numbers, "1 ≤ x ≤ t−1"
 * is INT((x−1)/(t−1))=0, which names x once; with t ≤ 1 (no masking) MAX(t−1,0) is 0 and the division
 * an error, so never true.
 */
export function rateCell(numerator: string, denominator: string, t: string): string {
  const small = (x: string) => `IFERROR(INT((${x}-1)/MAX(${t}-1,0))=0,FALSE)`;
  const hidden = `OR(${small(numerator)},${small(denominator)},${small(`${denominator}-${numerator}`)})`;
  return `IF(${denominator}=0,"",IF(${hidden},"–",${numerator}/${denominator}))`;
}

export function statCell(stat: string, count: string, t: string): string {
  return `IF(${count}=0,"",IF(${count}<${t},"–",${stat}))`;
}
