import { parseAgeBands } from '../../src/core/settings';
import { parseTextDate, isoFromSerial } from '../../src/core/dates';
import { roundLikeExcel } from '../../src/core/figures/stats';

describe('age bands written in Inställningar', () => {
  it('read with hyphens or en dashes, each band ending where the next begins', () => {
    expect(parseAgeBands('0-17, 18–64,65+')).toEqual([
      { label: '0–17', from: 0, toExclusive: 18 },
      { label: '18–64', from: 18, toExclusive: 65 },
      { label: '65+', from: 65, toExclusive: null },
    ]);
    expect(parseAgeBands('18-25, 26-79')?.at(-1)).toEqual({ label: '26–79', from: 26, toExclusive: 80 });
  });
  it('are refused, never rewritten, when they overlap, leave a gap, or an open band is not last', () => {
    expect(parseAgeBands('0–17, 10–25')).toBeNull();
    expect(parseAgeBands('0–17, 18–25, 65+')).toBeNull();
    expect(parseAgeBands('0–17, 18+, 26–44')).toBeNull();
  });
  it('are refused when not rising or not readable', () => {
    expect(parseAgeBands('18-25, 0-17')).toBeNull();
    expect(parseAgeBands('unga, gamla')).toBeNull();
    expect(parseAgeBands('')).toBeNull();
  });
});

describe('dates typed as text', () => {
  it.each([
    ['2019-03-05', '2019-03-05'],
    ['5/3/2019', '2019-03-05'],
    ['5 mars 2019', '2019-03-05'],
    [' 05 mars  2019 ', '2019-03-05'],
    ['20190305', '2019-03-05'],
    ['2024-02-29', '2024-02-29'],
    // The short forms journals use (issue 13).
    ['240305', '2024-03-05'],
    ['991231', '1999-12-31'],
    ['5/3-24', '2024-03-05'],
    ['5/3-2024', '2024-03-05'],
    ['5/3/2024', '2024-03-05'],
    ['5 mars 2024', '2024-03-05'],
  ])('read "%s" as %s', (typed, iso) => expect(isoFromSerial(parseTextDate(typed)!)).toBe(iso));

  it.each([
    '2019-02-30',
    '2023-02-29',
    '2019-13-01',
    'mars',
    '32/1/2019',
    '',
    '240230',
    '5/3-2',
    '5/3/24',
    '1/13-24',
  ])('refuse "%s"', (typed) => expect(parseTextDate(typed)).toBeNull());
});

describe('rounding as the sheet rounds', () => {
  it('rounds 70.5 computed in binary as 70.4999… up, as Excel and LibreOffice do', () => {
    expect(roundLikeExcel(0.705 * 100)).toBe(71);
    expect(roundLikeExcel(0.3449 * 100)).toBe(34);
  });
});
