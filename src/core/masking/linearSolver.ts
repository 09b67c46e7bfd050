import { solve, type Constraint } from 'yalps';
import type { LinearConstraint } from './propagate';

export interface Optimum {
  readonly value: number;
  /** The unknowns at the optimum; an unknown not listed is 0. */
  readonly point: ReadonlyMap<string, number>;
}

/**
 * The programs over one set of constraints (a component of the reader's model), each with its own
 * objective. A solver may keep the model between them and start each from the last one's optimum.
 */
export interface ProgramsOver {
  optimum(objective: ReadonlyMap<string, number>, direction: 'minimize' | 'maximize'): Optimum;
}

/**
 * What solves the masking's linear programs, unknowns ≥ 0. `origin`, where known, is a feasible point
 * (the true counts, shifted): a solver that needs one to start from may use it; it changes no optimum.
 */
export type LinearSolver = (
  constraints: readonly LinearConstraint[],
  origin?: (name: string) => number,
) => ProgramsOver;

/** yalps (a dense-tableau simplex in JavaScript): runs wherever the core runs, with nothing to load. */
export const yalpsSolver: LinearSolver = (constraints, origin) => ({
  optimum: (objective, direction) =>
    origin
      ? optimumFrom(constraints, objective, direction, origin)
      : optimumOf(constraints, objective, direction),
});

let current: LinearSolver = yalpsSolver;

/**
 * Makes `solver` the masking's from now on: a platform that loads a faster one (HiGHS, WebAssembly, loaded
 * asynchronously) sets it once at start. Any solver gives the same optima, so the same pattern.
 */
export function useLinearSolver(solver: LinearSolver): void {
  current = solver;
}

export const linearSolver = (): LinearSolver => current;

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
