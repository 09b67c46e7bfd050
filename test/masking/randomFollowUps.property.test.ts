import { DEFAULT_CODEBOOK } from '../../src/core/codebook/defaultCodebook';
import { EXAMPLE_SETTINGS } from '../../src/core/example/generate';
import { auditOf } from '../support/auditOf';
import { randomCaseRows } from '../support/randomFollowUp';

jest.setTimeout(900_000);

describe('masking of random small follow-ups (issue 10)', () => {
  it('leaves no small count narrower than required in 200 random follow-ups of 1 to 40 cases', () => {
    const failures: string[] = [];
    for (let seed = 1; seed <= 200; seed++) {
      const cases = 1 + ((seed * 7919) % 40);
      const { leaks } = auditOf(randomCaseRows(DEFAULT_CODEBOOK, seed, cases), EXAMPLE_SETTINGS);
      if (seed % 25 === 0) process.stderr.write(`masking: ${seed} of 200 follow-ups attacked\n`);
      for (const l of leaks)
        failures.push(`seed ${seed} (${cases} cases): ${l.label} ${l.kind} ${l.min}–${l.max}`);
    }
    expect(failures).toEqual([]);
  });

  it('leaves none narrower either where the sheet rounds (avrunda), in 40 random follow-ups', () => {
    const failures: string[] = [];
    const rounded = { ...EXAMPLE_SETTINGS, masking: 'round' as const };
    for (let seed = 1; seed <= 40; seed++) {
      const cases = 1 + ((seed * 7919) % 40);
      const { leaks } = auditOf(randomCaseRows(DEFAULT_CODEBOOK, seed, cases), rounded);
      if (seed % 10 === 0) process.stderr.write(`masking: ${seed} of 40 rounded follow-ups attacked\n`);
      for (const l of leaks)
        failures.push(`seed ${seed} (${cases} cases): ${l.label} ${l.kind} ${l.min}–${l.max}`);
    }
    expect(failures).toEqual([]);
  });
});
