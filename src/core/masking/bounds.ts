import { solve, type Constraint } from 'yalps';
import { CoreUsageError } from '../errors';

/** A linear constraint over named unknowns: lower ≤ Σ coefficient × unknown ≤ upper. */
export interface LinearConstraint {
  readonly terms: ReadonlyMap<string, number>;
  readonly min?: number;
  readonly max?: number;
}

/**
 * The constraints a reader has, over the hidden values only: a value the sheet shows is a constant and is
 * folded into the bounds, so the model has as many unknowns as there are hidden values.
 */
export class ReaderModel {
  readonly constraints: LinearConstraint[] = [];

  constructor(private readonly shown: ReadonlyMap<string, number>) {}

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
   * The names whose range under every constraint holds fewer than `values` whole numbers. Each linear
   * program's optimum is a feasible point for every unknown at once: ranges those points already span
   * need no program of their own, which saves most of them.
   */
  narrowerThan(names: Iterable<string>, values: number): string[] {
    const componentOf = components(this.constraints);
    const seen = new Map<string, { min: number; max: number }>();
    const witness = (point: ReadonlyMap<string, number>, own: readonly LinearConstraint[]) => {
      for (const c of own)
        for (const name of c.terms.keys()) {
          const v = point.get(name) ?? 0;
          const r = seen.get(name);
          seen.set(name, r ? { min: Math.min(r.min, v), max: Math.max(r.max, v) } : { min: v, max: v });
        }
    };
    const spans = (name: string) => wholeValuesIn(seen.get(name) ?? { min: 0, max: -1 }) >= values;
    const narrow: string[] = [];
    const opened = new Set<readonly LinearConstraint[]>();
    for (const name of names) {
      if (spans(name)) continue;
      const component = componentOf(name);
      if (!opened.has(component)) {
        // Two programs over the whole component first: their optima spread most unknowns at once.
        opened.add(component);
        for (let k = 0; k < WITNESS_PROGRAMS; k++) {
          const all = optimum(component, k, k % 2 === 0 ? 'maximize' : 'minimize');
          if (Number.isFinite(all.value)) witness(all.point, component);
        }
        if (spans(name)) continue;
      }
      const own = componentOf(name);
      const high = optimum(own, name, 'maximize');
      if (high.value === Infinity) continue;
      witness(high.point, own);
      if (spans(name)) continue;
      const low = optimum(own, name, 'minimize');
      witness(low.point, own);
      if (wholeValuesIn({ min: low.value, max: high.value }) < values) narrow.push(name);
    }
    return narrow;
  }

  /** The smallest and largest value of each of `names` under every constraint (linear-programming bounds). */
  ranges(names: Iterable<string>): Map<string, { readonly min: number; readonly max: number }> {
    const componentOf = components(this.constraints);
    const out = new Map<string, { min: number; max: number }>();
    for (const name of names) {
      const own = componentOf(name);
      out.set(name, {
        min: optimum(own, name, 'minimize').value,
        max: optimum(own, name, 'maximize').value,
      });
    }
    return out;
  }
}

/** The number of whole values from min to max: what a reader is left to choose among. */
export const wholeValuesIn = ({ min, max }: { min: number; max: number }): number =>
  Number.isFinite(max) ? Math.floor(max + 1e-6) - Math.ceil(min - 1e-6) + 1 : Infinity;

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

/** Programs over a whole component before the per-unknown ones: each spreads many unknowns at once. */
const WITNESS_PROGRAMS = 6;

/**
 * The optimum of one unknown, or (with a number) of a mix of all of them: every unknown weighted +1 or −1,
 * the signs a fixed function of the mix's number and the unknown's place, so the result is reproducible.
 */
function optimum(
  list: readonly LinearConstraint[],
  name: string | number,
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
  if (typeof name === 'number') {
    let i = 0;
    for (const coefficients of variables.values())
      coefficients.set('objective', name < 2 || ((i++ * 2654435761 + name * 40503) >>> 7) % 2 === 0 ? 1 : -1);
  } else {
    if (!variables.has(name)) variables.set(name, new Map());
    variables.get(name)?.set('objective', 1);
  }
  const solution = solve({ direction, objective: 'objective', constraints, variables });
  if (solution.status === 'unbounded')
    return { value: direction === 'maximize' ? Infinity : -Infinity, point: new Map() };
  if (solution.status !== 'optimal')
    throw new CoreUsageError(`masking bound: ${solution.status} for ${name}`);
  return { value: solution.result, point: new Map(solution.variables) };
}
