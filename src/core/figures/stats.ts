/** The median by selection (linear time): a group can hold 100,000 values and there are dozens of groups. */
export function median(values: readonly number[]): number | null {
  if (values.length === 0) return null;
  const work = Float64Array.from(values);
  const mid = work.length >> 1;
  const upper = select(work, mid);
  if (work.length % 2 === 1) return upper;
  let lower = -Infinity;
  for (let i = 0; i < mid; i++) if ((work[i] ?? -Infinity) > lower) lower = work[i] ?? lower;
  return (lower + upper) / 2;
}

/** Hoare's selection: puts the k-th smallest value at k, smaller ones before it, and returns it. */
function select(a: Float64Array, k: number): number {
  let left = 0;
  let right = a.length - 1;
  while (left < right) {
    const pivot = a[(left + right) >> 1] ?? 0;
    let i = left;
    let j = right;
    while (i <= j) {
      while ((a[i] ?? 0) < pivot) i++;
      while ((a[j] ?? 0) > pivot) j--;
      if (i <= j) {
        const t = a[i] ?? 0;
        a[i++] = a[j] ?? 0;
        a[j--] = t;
      }
    }
    if (k <= j) right = j;
    else if (k >= i) left = i;
    else break;
  }
  return a[k] ?? 0;
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
