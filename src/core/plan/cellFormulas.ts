/**
 * The masking rules of figures/masking.ts, written as formulas so a reader without the add-in sees the
 * same masked figures, and a changed minimum count in Inställningar takes effect at once.
 */
export function countCell(count: string, t: string): string {
  return `IF(AND(${count}>=1,${count}<${t}),"<"&${t},${count})`;
}

export function rateCell(numerator: string, denominator: string, t: string): string {
  return `IF(${denominator}=0,"",IF(${denominator}<${t},"–",${numerator}/${denominator}))`;
}

export function statCell(stat: string, count: string, t: string): string {
  return `IF(${count}=0,"",IF(${count}<${t},"–",${stat}))`;
}
