import fc from 'fast-check';
import { mean, median } from '../../src/core/figures/stats';

const bySorting = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
};

describe('the median', () => {
  it('is the middle value, or the mean of the two middle values, as MEDIAN gives it', () => {
    expect(median([5, 1, 3])).toBe(3);
    expect(median([4, 1, 3, 2])).toBe(2.5);
    expect(median([7, 7, 7, 7])).toBe(7);
    expect(median([])).toBeNull();
    expect(mean([])).toBeNull();
  });

  it('agrees with sorting for any list of numbers', () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: -1000, max: 1000 }), { minLength: 1, maxLength: 200 }),
        (values) => {
          expect(median(values)).toBe(bySorting(values));
        },
      ),
      { numRuns: 500 },
    );
  });
});
