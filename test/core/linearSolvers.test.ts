import { DEFAULT_CODEBOOK } from '../../src/core/codebook/defaultCodebook';
import { EXAMPLE_SETTINGS, exampleCaseRows } from '../../src/core/example/generate';
import { computeResults } from '../../src/core/figures/compute';
import { useLinearSolver, yalpsSolver } from '../../src/core/masking/linearSolver';
import { maskPattern } from '../../src/core/masking/suppress';
import { useHighs } from '../../src/platform/highsSolver.node';
import { tableOf } from '../support/tables';

/** The pane and the web page plan the masking with yalps, the command line with HiGHS: one pattern. */
describe('the masking solvers', () => {
  const table = tableOf(exampleCaseRows(DEFAULT_CODEBOOK));
  const patternOf = (rounding: boolean) => {
    const results = computeResults(table, DEFAULT_CODEBOOK, EXAMPLE_SETTINGS);
    return [...maskPattern(results, DEFAULT_CODEBOOK, { t: 5, rounding }).secondary].sort();
  };
  afterAll(() => useLinearSolver(yalpsSolver));

  it.each([false, true])('give the example the same pattern (rounding %s)', async (rounding) => {
    useLinearSolver(yalpsSolver);
    const byYalps = patternOf(rounding);
    await useHighs();
    const byHighs = patternOf(rounding);
    expect(byHighs.length).toBeGreaterThan(100);
    expect(byHighs).toEqual(byYalps);
  });
});
