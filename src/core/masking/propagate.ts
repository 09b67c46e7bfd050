/** A linear constraint over named unknowns: lower ≤ Σ coefficient × unknown ≤ upper. */
export interface LinearConstraint {
  readonly terms: ReadonlyMap<string, number>;
  readonly min?: number;
  readonly max?: number;
}

/** Passes over the constraints; each tightens whole-number bounds, so a fixed point comes long before. */
const MAX_PASSES = 200;

export interface Interval {
  readonly min: number;
  readonly max: number;
}

/**
 * Bounds for every unknown that hold for every whole-number solution (counts are whole numbers, never
 * below 0), found by reading each constraint alone over and over: lower ≤ Σ c·x ≤ upper bounds each x by
 * the others' bounds. They are outer bounds: the exact (linear-programming) range of an unknown lies
 * within them, so an unknown these already pin down is pinned down, and no program needs to say so.
 * Cheap (linear in the constraints per pass) where each program costs a simplex over the whole component.
 */
export function propagatedBounds(constraints: readonly LinearConstraint[]): Map<string, Interval> {
  const bounds = new Map<string, { min: number; max: number }>();
  const of = (name: string) => {
    let b = bounds.get(name);
    if (!b) bounds.set(name, (b = { min: 0, max: Infinity }));
    return b;
  };
  for (const c of constraints) for (const name of c.terms.keys()) of(name);
  for (let pass = 0, changed = true; changed && pass < MAX_PASSES; pass++) {
    changed = false;
    for (const c of constraints) if (tighten(c, of)) changed = true;
  }
  return bounds;
}

/** Tightens each unknown of one constraint by the others' bounds; whether any bound moved. */
function tighten(c: LinearConstraint, of: (name: string) => { min: number; max: number }): boolean {
  // The smallest and largest Σ c·x, counting how many terms are unbounded on each side.
  let low = 0;
  let high = 0;
  let lowInfinite = 0;
  let highInfinite = 0;
  for (const [name, k] of c.terms) {
    const b = of(name);
    const [lo, hi] = k > 0 ? [k * b.min, k * b.max] : [k * b.max, k * b.min];
    if (lo === -Infinity) lowInfinite++;
    else low += lo;
    if (hi === Infinity) highInfinite++;
    else high += hi;
  }
  let changed = false;
  for (const [name, k] of c.terms) {
    const b = of(name);
    const [lo, hi] = k > 0 ? [k * b.min, k * b.max] : [k * b.max, k * b.min];
    // The rest of the sum, without this term: its range bounds k·x through lower ≤ k·x + rest ≤ upper.
    const restLow =
      lo === -Infinity ? (lowInfinite === 1 ? low : -Infinity) : lowInfinite > 0 ? -Infinity : low - lo;
    const restHigh =
      hi === Infinity ? (highInfinite === 1 ? high : Infinity) : highInfinite > 0 ? Infinity : high - hi;
    const upper = c.max === undefined ? Infinity : c.max - restLow; // k·x ≤ upper
    const lower = c.min === undefined ? -Infinity : c.min - restHigh; // k·x ≥ lower
    const [xMin, xMax] = k > 0 ? [lower / k, upper / k] : [upper / k, lower / k];
    const min = Math.ceil(xMin - 1e-9);
    const max = Math.floor(xMax + 1e-9);
    if (min > b.min) {
      b.min = min;
      changed = true;
    }
    if (max < b.max) {
      b.max = max;
      changed = true;
    }
  }
  return changed;
}

/**
 * The constraints over what the bounds leave open: an unknown they pin down becomes its value, every
 * other x becomes min + x′ with x′ ≥ 0. The same programs, smaller, and starting nearer a feasible point
 * (a count marked `<t` is at least 1: shifted, that bound is 0 ≤ x′).
 */
export function shiftedByBounds(
  constraints: readonly LinearConstraint[],
  bounds: ReadonlyMap<string, Interval>,
): LinearConstraint[] {
  return constraints.flatMap((c): LinearConstraint[] => {
    let constant = 0;
    const terms = new Map<string, number>();
    for (const [name, k] of c.terms) {
      const b = bounds.get(name) ?? { min: 0, max: Infinity };
      constant += k * b.min;
      if (b.max > b.min) terms.set(name, k);
    }
    if (terms.size === 0) return [];
    return [
      {
        terms,
        ...(c.min === undefined ? {} : { min: c.min - constant }),
        ...(c.max === undefined ? {} : { max: c.max - constant }),
      },
    ];
  });
}
