import { DEFAULT_CODEBOOK } from '../../src/core/codebook/defaultCodebook';
import { EXAMPLE_SETTINGS } from '../../src/core/example/generate';
import { useLinearSolver, yalpsSolver, type LinearSolver } from '../../src/core/masking/linearSolver';
import type { Settings } from '../../src/core/settings';
import { loadHighsSolver } from '../../src/platform/highsSolver.node';
import { auditOf } from '../support/auditOf';
import { randomCaseRows } from '../support/randomFollowUp';

jest.setTimeout(900_000);

let highs: LinearSolver;
beforeAll(async () => {
  highs = await loadHighsSolver();
});
afterAll(() => useLinearSolver(yalpsSolver));

/** The attack on `count` random follow-ups of 1 to 40 cases, their patterns planned by `plan`: every leak. */
function leaksIn(count: number, settings: Settings, plan: LinearSolver): string[] {
  const failures: string[] = [];
  for (let seed = 1; seed <= count; seed++) {
    const cases = 1 + ((seed * 7919) % 40);
    const rows = randomCaseRows(DEFAULT_CODEBOOK, seed, cases);
    const { leaks } = auditOf(rows, settings, undefined, DEFAULT_CODEBOOK, { plan, attack: highs });
    if (seed % 25 === 0) process.stderr.write(`masking: ${seed} of ${count} follow-ups attacked\n`);
    for (const l of leaks)
      failures.push(`seed ${seed} (${cases} cases): ${l.label} ${l.kind} ${l.min}–${l.max}`);
  }
  return failures;
}

const rounded = { ...EXAMPLE_SETTINGS, masking: 'round' as const };

// The command line plans the pattern with HiGHS, the web page and the pane with yalps (the core's own
// solver, in pure JavaScript: several times slower under Jest); both give the same optima. The attack,
// most of the work, runs with HiGHS.
describe('masking of random small follow-ups (issue 10)', () => {
  it('leaves no small count narrower than required in 200 random follow-ups of 1 to 40 cases', () => {
    expect(leaksIn(200, EXAMPLE_SETTINGS, highs)).toEqual([]);
  });

  it('leaves none narrower either where the sheet rounds (avrunda), in 40 random follow-ups', () => {
    expect(leaksIn(40, rounded, highs)).toEqual([]);
  });

  it('leaves none narrower where yalps planned the pattern, in 40 random follow-ups and 8 rounded', () => {
    expect([...leaksIn(40, EXAMPLE_SETTINGS, yalpsSolver), ...leaksIn(8, rounded, yalpsSolver)]).toEqual([]);
  });
});
