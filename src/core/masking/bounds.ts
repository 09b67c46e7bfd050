import { linearSolver, type Optimum, type ProgramsOver } from './linearSolver';
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
    const programs = new Map<readonly LinearConstraint[], ProgramsOver>();
    const optimum = (
      component: readonly LinearConstraint[],
      objective: ReadonlyMap<string, number>,
      direction: 'minimize' | 'maximize',
    ) => {
      let over = programs.get(component);
      if (!over) programs.set(component, (over = linearSolver()(component, origin)));
      return over.optimum(objective, direction);
    };
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
      const over = linearSolver()(own);
      out.set(name, {
        min: over.optimum(new Map([[name, 1]]), 'minimize').value,
        max: over.optimum(new Map([[name, 1]]), 'maximize').value,
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

/** Mixed programs over a whole component before the others: each spreads many unknowns at once. */
const WITNESS_PROGRAMS = 6;

/** A mix of every unknown of a component, each weighted +1 or −1 by a fixed function of `k` and its place. */
function mixed(list: readonly LinearConstraint[], k: number): Map<string, number> {
  const names = new Set(list.flatMap((c) => [...c.terms.keys()]));
  return new Map(
    [...names].map((name, i) => [name, k < 2 || ((i * 2654435761 + k * 40503) >>> 7) % 2 === 0 ? 1 : -1]),
  );
}

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
