export function median(values: readonly number[]): number | null {
  if (values.length === 0) return null;
  const sorted = Float64Array.from(values).sort();
  const mid = sorted.length >> 1;
  return sorted.length % 2 === 1 ? (sorted[mid] ?? null) : ((sorted[mid - 1] ?? 0) + (sorted[mid] ?? 0)) / 2;
}

export function mean(values: readonly number[]): number | null {
  if (values.length === 0) return null;
  let sum = 0;
  for (const v of values) sum += v;
  return sum / values.length;
}

/** A rate whose denominator is 0 has no value: never 0, never an error. */
export function ratio(numerator: number, denominator: number): number | null {
  return denominator === 0 ? null : numerator / denominator;
}

/**
 * Rounds half away from zero after cutting the value to 15 significant digits, as Excel and LibreOffice
 * do: 0.705 * 100 is 70.49999999999999 in binary, and ROUND gives 71 there, so it must here too.
 */
export function roundLikeExcel(value: number, digits = 0): number {
  const factor = 10 ** digits;
  const cut = Number((value * factor).toPrecision(15));
  return (Math.sign(cut) * Math.round(Math.abs(cut))) / factor;
}
