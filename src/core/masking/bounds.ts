import { solve, type Constraint } from 'yalps';
import { propagatedBounds, shiftedByBounds, type LinearConstraint } from './propagate';

/**
 * The constraints a reader has, over the hidden values only: a value the sheet shows is a constant and is
 * folded into the bounds, so the model has as many unknowns as there are hidden values.
 */
export class ReaderModel {
  readonly constraints: LinearConstraint[] = [];

  /**
   * `start`, where known, is a point that meets every constraint (the true counts): the programs start
   * from it instead of searching for one, which is most of their work. It changes no optimum.
   */
  constructor(
    private readonly shown: ReadonlyMap<string, number>,
    private readonly start?: ReadonlyMap<string, number>,
  ) {}

  /** lower ≤ Σ terms ≤ upper, with every shown value moved to the bounds. */
  add(terms: Iterable<readonly [string, number]>, min?: number, max?: number): void {
    let constant = 0;
    const unknown = new Map<string, number>();
    for (const [name, coefficient] of terms) {
      const value = this.shown.get(name);
      if (value === undefined) unknown.set(name, (unknown.get(name) ?? 0) + coefficient);
      else constant += coefficient * value;
    }
    if (unknown.size === 0) return;
    this.constraints.push({
      terms: unknown,
      ...(min === undefined ? {} : { min: min - constant }),
      ...(max === undefined ? {} : { max: max - constant }),
    });
  }

  /**
   * The names whose range under every constraint holds fewer than `values` whole numbers. Bounds read off
   * the constraints one by one settle the names they already pin down. Each linear program's optimum is a
   * feasible point for every unknown at once: ranges those points already span need no program of their
   * own, which saves most of the rest.
   */
  narrowerThan(names: Iterable<string>, values: number): string[] {
    const outer = propagatedBounds(this.constraints);
    const componentOf = components(shiftedByBounds(this.constraints, outer));
    const shift = (name: string) => outer.get(name)?.min ?? 0;
    const seen = new Witnesses(values, shift);
    const start = this.start;
    const origin = start && ((name: string) => (start.get(name) ?? 0) - shift(name));
    const optimum = (
      component: readonly LinearConstraint[],
      objective: ReadonlyMap<string, number>,
      direction: 'minimize' | 'maximize',
    ) =>
      origin
        ? optimumFrom(component, objective, direction, origin)
        : optimumOf(component, objective, direction);
    const narrow = new Set<string>();
    const open = new Map<readonly LinearConstraint[], string[]>();
    const asked = [...names];
    for (const name of asked) {
      const bounds = outer.get(name);
      if (bounds && wholeValuesIn(bounds) < values) narrow.add(name);
      else if (bounds) open.set(componentOf(name), [...(open.get(componentOf(name)) ?? []), name]);
    }
    for (const [component, members] of open) {
      for (let k = 0; k < WITNESS_PROGRAMS; k++)
        seen.add(optimum(component, mixed(component, k), k % 2 === 0 ? 'maximize' : 'minimize'), component);
      // Then all names not yet spread, pushed up and down together, while that spreads more of them.
      for (let pending = seen.notSpread(members); pending.length > 0;) {
        const together = new Map(pending.map((name) => [name, 1]));
        for (const direction of ['maximize', 'minimize'] as const)
          seen.add(optimum(component, together, direction), component);
        const still = seen.notSpread(pending);
        if (still.length === pending.length) break;
        pending = still;
      }
      for (const name of seen.notSpread(members)) {
        const high = optimum(component, new Map([[name, 1]]), 'maximize');
        if (high.value === Infinity) continue;
        seen.add(high, component);
        if (seen.spreads(name)) continue;
        const low = optimum(component, new Map([[name, 1]]), 'minimize');
        seen.add(low, component);
        if (wholeValuesIn({ min: low.value, max: high.value }) < values) narrow.add(name); // both shifted alike
      }
    }
    return asked.filter((name) => narrow.has(name));
  }

  /** The smallest and largest value of each of `names` under every constraint (linear-programming bounds). */
  ranges(names: Iterable<string>): Map<string, { readonly min: number; readonly max: number }> {
    const componentOf = components(this.constraints);
    const out = new Map<string, { min: number; max: number }>();
    for (const name of names) {
      const own = componentOf(name);
      out.set(name, {
        min: optimumOf(own, new Map([[name, 1]]), 'minimize').value,
        max: optimumOf(own, new Map([[name, 1]]), 'maximize').value,
      });
    }
    return out;
  }
}

/**
 * The number of whole values from min to max: what a reader is left to choose among. A bound no program
 * could find (NaN) counts as none: what cannot be shown wide enough is treated as too narrow.
 */
export const wholeValuesIn = ({ min, max }: { min: number; max: number }): number =>
  Number.isNaN(min) || Number.isNaN(max)
    ? 0
    : Number.isFinite(max)
      ? Math.floor(max + 1e-6) - Math.ceil(min - 1e-6) + 1
      : Infinity;

/** The constraints that reach a name through shared unknowns: the rest cannot move its bounds. */
function components(list: readonly LinearConstraint[]): (name: string) => LinearConstraint[] {
  const parent = new Map<string, string>();
  const find = (x: string): string => {
    const p = parent.get(x) ?? x;
    if (p === x) return x;
    const root = find(p);
    parent.set(x, root);
    return root;
  };
  for (const { terms } of list) {
    const [first, ...rest] = [...terms.keys()];
    if (first === undefined) continue;
    for (const other of rest) {
      const a = find(other);
      const b = find(first);
      if (a !== b) parent.set(a, b);
    }
  }
  const byRoot = new Map<string, LinearConstraint[]>();
  for (const entry of list) {
    const first = entry.terms.keys().next().value;
    if (first === undefined) continue;
    const root = find(first);
    const own = byRoot.get(root) ?? [];
    own.push(entry);
    byRoot.set(root, own);
  }
  return (name) => byRoot.get(find(name)) ?? [];
}

interface Optimum {
  readonly value: number;
  /** The unknowns at the optimum; an unknown not listed is 0. */
  readonly point: ReadonlyMap<string, number>;
}

/** Mixed programs over a whole component before the others: each spreads many unknowns at once. */
const WITNESS_PROGRAMS = 6;

/** A mix of every unknown of a component, each weighted +1 or −1 by a fixed function of `k` and its place. */
function mixed(list: readonly LinearConstraint[], k: number): Map<string, number> {
  const names = new Set(list.flatMap((c) => [...c.terms.keys()]));
  return new Map(
    [...names].map((name, i) => [name, k < 2 || ((i * 2654435761 + k * 40503) >>> 7) % 2 === 0 ? 1 : -1]),
  );
}

/** The optimum of Σ weight × unknown under the constraints. */
function optimumOf(
  list: readonly LinearConstraint[],
  objective: ReadonlyMap<string, number>,
  direction: 'minimize' | 'maximize',
): Optimum {
  const constraints = new Map<string, Constraint>();
  const variables = new Map<string, Map<string, number>>();
  list.forEach(({ terms, min, max }, i) => {
    constraints.set(`c${i}`, min !== undefined && min === max ? { equal: min } : { min, max });
    for (const [v, coefficient] of terms) {
      const coefficients = variables.get(v) ?? new Map<string, number>();
      coefficients.set(`c${i}`, coefficient);
      variables.set(v, coefficients);
    }
  });
  for (const [name, weight] of objective) {
    const coefficients = variables.get(name) ?? new Map<string, number>();
    coefficients.set('objective', weight);
    variables.set(name, coefficients);
  }
  // The simplex picks the steepest column, which can cycle on these degenerate programs (many zeros):
  // the same program in another order usually does not. One that never settles gives no bound (NaN).
  const order = [...variables];
  for (let attempt = 0; attempt < ATTEMPTS; attempt++) {
    const solution = solve(
      { direction, objective: 'objective', constraints, variables: reordered(order, attempt) },
      { checkCycles: true },
    );
    if (solution.status === 'unbounded')
      return { value: direction === 'maximize' ? Infinity : -Infinity, point: new Map() };
    if (solution.status === 'optimal') return { value: solution.result, point: new Map(solution.variables) };
  }
  return { value: NaN, point: new Map() };
}

/**
 * The same optimum, found from a feasible point p: each unknown x ≥ 0 is written p + up − down, so the
 * program's own origin (up = down = 0) is p, a corner it can start from without a first phase.
 */
function optimumFrom(
  list: readonly LinearConstraint[],
  objective: ReadonlyMap<string, number>,
  direction: 'minimize' | 'maximize',
  origin: (name: string) => number,
): Optimum {
  const names = new Set([...list.flatMap((c) => [...c.terms.keys()]), ...objective.keys()]);
  const moved: LinearConstraint[] = list.map(({ terms, min, max }) => {
    const at = [...terms].reduce((s, [name, k]) => s + k * origin(name), 0);
    const split = new Map<string, number>();
    for (const [name, k] of terms) split.set(`${name}+`, k).set(`${name}-`, -k);
    return {
      terms: split,
      ...(min === undefined ? {} : { min: min - at }),
      ...(max === undefined ? {} : { max: max - at }),
    };
  });
  // x ≥ 0 is now down − up ≤ p.
  for (const name of names)
    moved.push({
      terms: new Map([
        [`${name}-`, 1],
        [`${name}+`, -1],
      ]),
      max: origin(name),
    });
  const weights = new Map<string, number>();
  for (const [name, w] of objective) weights.set(`${name}+`, w).set(`${name}-`, -w);
  const found = optimumOf(moved, weights, direction);
  if (!Number.isFinite(found.value)) return found;
  const point = new Map<string, number>();
  for (const name of names)
    point.set(name, origin(name) + (found.point.get(`${name}+`) ?? 0) - (found.point.get(`${name}-`) ?? 0));
  const at = [...objective].reduce((s, [name, w]) => s + w * origin(name), 0);
  return { value: found.value + at, point };
}

/** Orders to try a program in: as built, reversed, then rotated. */
const ATTEMPTS = 4;
const reordered = <T>(list: readonly T[], attempt: number): T[] => {
  if (attempt === 0) return [...list];
  if (attempt === 1) return [...list].reverse();
  const at = Math.floor((list.length * (attempt - 1)) / ATTEMPTS);
  return [...list.slice(at), ...list.slice(0, at)];
};

/** The smallest and largest value each unknown took at the optima seen so far. */
class Witnesses {
  private readonly seen = new Map<string, { min: number; max: number }>();

  constructor(
    private readonly values: number,
    private readonly shift: (name: string) => number,
  ) {}

  /** An optimum is a feasible point for every unknown of its component (one not listed is 0, shifted). */
  add({ value, point }: Optimum, component: readonly LinearConstraint[]): void {
    if (!Number.isFinite(value)) return;
    for (const c of component)
      for (const name of c.terms.keys()) {
        const v = (point.get(name) ?? 0) + this.shift(name);
        const r = this.seen.get(name);
        this.seen.set(name, r ? { min: Math.min(r.min, v), max: Math.max(r.max, v) } : { min: v, max: v });
      }
  }

  spreads = (name: string): boolean =>
    wholeValuesIn(this.seen.get(name) ?? { min: 0, max: -1 }) >= this.values;

  notSpread = (names: readonly string[]): string[] => names.filter((name) => !this.spreads(name));
}
