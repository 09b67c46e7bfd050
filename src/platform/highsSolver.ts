import type { LinearConstraint } from '../core/masking/propagate';
import type { LinearSolver, Optimum, ProgramsOver } from '../core/masking/linearSolver';

/** The part of the `highs` package (HiGHS built for WebAssembly) the masking uses: its persistent models. */
type Highs = Awaited<ReturnType<typeof import('highs').default>>;

/**
 * The masking's programs solved by HiGHS's revised simplex. One model is built per component of the
 * reader's model and kept: each further objective only changes the costs, and HiGHS starts from the last
 * optimum's basis, where yalps builds and solves a dense tableau from scratch each time.
 */
export function highsSolver(highs: Highs): LinearSolver {
  return (constraints) => new HighsPrograms(highs, constraints);
}

class HighsPrograms implements ProgramsOver {
  private readonly names: string[] = [];
  private readonly column = new Map<string, number>();
  private model: ReturnType<Highs['createModel']> | null = null;

  constructor(
    private readonly highs: Highs,
    private readonly constraints: readonly LinearConstraint[],
  ) {
    for (const { terms } of constraints) for (const name of terms.keys()) this.columnOf(name);
  }

  optimum(objective: ReadonlyMap<string, number>, direction: 'minimize' | 'maximize'): Optimum {
    for (const name of objective.keys())
      if (!this.column.has(name)) return this.widened(objective, direction);
    const model = (this.model ??= this.build());
    // Always minimised, a maximum as the minimum of the negated costs: changing the sense would drop the basis.
    const sign = direction === 'maximize' ? -1 : 1;
    const costs = new Float64Array(this.names.length);
    for (const [name, weight] of objective) costs[this.column.get(name) ?? 0] = sign * weight;
    model.changeColsCost({ kind: 'range', from: 0, to: this.names.length - 1 }, costs);
    model.run();
    const status = model.getModelStatus();
    if (status === UNBOUNDED) return { value: sign * -Infinity, point: new Map() };
    if (status !== OPTIMAL) return { value: NaN, point: new Map() };
    const values = model.getSolution().colValue;
    const point = new Map<string, number>();
    this.names.forEach((name, i) => {
      const value = values[i] ?? 0;
      if (value !== 0) point.set(name, value);
    });
    return { value: sign * model.getObjectiveValue(), point };
  }

  /** An objective over an unknown no constraint names: that unknown is free upwards from 0. */
  private widened(objective: ReadonlyMap<string, number>, direction: 'minimize' | 'maximize'): Optimum {
    const sign = direction === 'maximize' ? 1 : -1;
    const loose = [...objective].some(([name, weight]) => !this.column.has(name) && sign * weight > 0);
    if (loose) return { value: sign * Infinity, point: new Map() };
    const known = new Map([...objective].filter(([name]) => this.column.has(name)));
    return known.size > 0 ? this.optimum(known, direction) : { value: 0, point: new Map() };
  }

  private columnOf(name: string): number {
    let index = this.column.get(name);
    if (index === undefined) {
      index = this.names.length;
      this.names.push(name);
      this.column.set(name, index);
    }
    return index;
  }

  private build(): ReturnType<Highs['createModel']> {
    const { highs, constraints, names } = this;
    const starts = [0];
    const indices: number[] = [];
    const values: number[] = [];
    for (const { terms } of constraints) {
      for (const [name, k] of terms) {
        indices.push(this.column.get(name) ?? 0);
        values.push(k);
      }
      starts.push(indices.length);
    }
    const model = highs.createModel();
    model.options.set({ output_flag: false, presolve: 'off' });
    model.passModel({
      numCols: names.length,
      numRows: constraints.length,
      colCost: new Float64Array(names.length),
      colLower: new Float64Array(names.length),
      colUpper: new Float64Array(names.length).fill(highs.infinity),
      rowLower: constraints.map((c) => c.min ?? -highs.infinity),
      rowUpper: constraints.map((c) => c.max ?? highs.infinity),
      matrix: { format: 'csr', numRows: constraints.length, numCols: names.length, starts, indices, values },
    });
    return model;
  }
}

const OPTIMAL = 7;
const UNBOUNDED = 10;
