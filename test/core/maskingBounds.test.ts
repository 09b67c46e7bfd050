import { ReaderModel, wholeValuesIn } from '../../src/core/masking/bounds';
import { propagatedBounds } from '../../src/core/masking/propagate';

/** A tiny reproducible generator (the same seeds, the same systems). */
const random = (seed: number) => () => {
  seed = (seed * 1103515245 + 12345) % 2147483648;
  return seed / 2147483648;
};

/** Random sums over a few unknowns, true at a random point, each unknown at most 6: small enough to list. */
function randomSystem(seed: number) {
  const next = random(seed);
  const names = ['a', 'b', 'c', 'd'];
  const truth = new Map(names.map((n) => [n, Math.floor(next() * 5)]));
  const model = new ReaderModel(new Map());
  for (const n of names) model.add([[n, 1]], undefined, 6);
  for (let k = 0; k < 3; k++) {
    const terms = names.filter(() => next() < 0.6).map((n) => [n, next() < 0.7 ? 1 : -1] as const);
    const sum = terms.reduce((s, [n, c]) => s + c * (truth.get(n) ?? 0), 0);
    if (next() < 0.5) model.add(terms, sum, sum);
    else model.add(terms, undefined, sum + Math.floor(next() * 2));
  }
  const solutions: Map<string, number>[] = [];
  for (let i = 0; i < 7 ** 4; i++) {
    const point = new Map(names.map((n, j) => [n, Math.floor(i / 7 ** j) % 7]));
    const holds = model.constraints.every(({ terms, min, max }) => {
      const s = [...terms].reduce((t, [n, c]) => t + c * (point.get(n) ?? 0), 0);
      return (min === undefined || s >= min) && (max === undefined || s <= max);
    });
    if (holds) solutions.push(point);
  }
  return { names, model, solutions };
}

describe('bounds of hidden counts (the masking audit and the suppression share them)', () => {
  it('reading constraints one by one pins down what a chain of sums gives away', () => {
    const model = new ReaderModel(new Map([['total', 2]]));
    model.add(
      [
        ['total', -1],
        ['a', 1],
        ['b', 1],
      ],
      0,
      0,
    ); // a + b = total (shown: 2)
    model.add([['a', 1]], 2); // a ≥ 2
    const bounds = propagatedBounds(model.constraints);
    expect(bounds.get('a')).toEqual({ min: 2, max: 2 });
    expect(bounds.get('b')).toEqual({ min: 0, max: 0 });
    expect(model.narrowerThan(['a', 'b'], 2)).toEqual(['a', 'b']);
  });

  it('never bounds a count tighter than its whole-number solutions, and finds every narrow one', () => {
    for (let seed = 1; seed <= 150; seed++) {
      const { names, model, solutions } = randomSystem(seed);
      const bounds = propagatedBounds(model.constraints);
      const ranges = model.ranges(names);
      for (const values of [2, 3, 5]) {
        const narrow = new Set(model.narrowerThan(names, values));
        for (const n of names) {
          const seen = solutions.map((p) => p.get(n) ?? 0);
          const [low, high] = [Math.min(...seen), Math.max(...seen)];
          const b = bounds.get(n);
          if (b) expect([seed, b.min <= low && high <= b.max]).toEqual([seed, true]);
          // Narrow only when the whole-number solutions really are, and always when the programs say so.
          if (narrow.has(n)) expect([seed, n, high - low + 1 < values]).toEqual([seed, n, true]);
          const range = ranges.get(n) ?? { min: NaN, max: NaN };
          if (wholeValuesIn(range) < values) expect([seed, n, narrow.has(n)]).toEqual([seed, n, true]);
        }
      }
    }
  });
});
