import { EMPTY, num, text } from '../../src/core/cell';
import { DEFAULT_CODEBOOK } from '../../src/core/codebook/defaultCodebook';
import { computeResults } from '../../src/core/figures/compute';
import type { GroupFigures } from '../../src/core/figures/types';
import { DEFAULT_SETTINGS } from '../../src/core/settings';
import { caseRow, date, validCase } from '../support/caseRows';
import { tableOf } from '../support/tables';

const figures = (rows: ReturnType<typeof caseRow>[]) =>
  computeResults(tableOf(rows), DEFAULT_CODEBOOK, DEFAULT_SETTINGS);
const group = (groups: readonly GroupFigures[], by: string, ...key: string[]) =>
  groups.find((g) => g.by === by && g.key.join('|') === key.join('|'))!;

describe('the figures of a group', () => {
  const rows = [
    caseRow(validCase({ caseId: 'A', situation: 'Förbättrad' })),
    caseRow(validCase({ caseId: 'B', situation: 'förbättrad' })), // COUNTIFS ignores letter case
    caseRow(validCase({ caseId: 'C', situation: 'Förbättrad ' })), // but not spaces: counted nowhere
    caseRow(validCase({ caseId: 'D', situation: 'Oförändrad' })),
    caseRow(validCase({ caseId: 'E', situation: 'Okänd' })),
    caseRow(validCase({ caseId: 'F', situation: undefined })), // blank is dropout
    DEFAULT_CODEBOOK.variables.map(() => EMPTY), // an empty row in the middle is no case
    caseRow(
      validCase({ caseId: 'G', situation: 'Försämrad', unit: 'Barn- och ungdomsenheten', gender: 'Kvinna' }),
    ),
  ];
  const total = group(figures(rows).groups, 'total');

  it('counts n over the rows that are not empty', () => expect(total.n).toBe(7));

  it('divides positive change by the cases with known situation, and dropout by all', () => {
    expect([total.positive, total.unchanged, total.worse, total.known, total.dropout]).toEqual([
      2, 1, 1, 4, 2,
    ]);
    expect(total.positiveRate).toBe(0.5);
    expect(total.dropoutRate).toBe(2 / 7);
  });

  it('gives no value, never 0, where a denominator is 0', () => {
    const others = group(figures(rows).groups, 'unit+gender', 'Vuxenenheten', 'Annat');
    expect(others.n).toBe(0);
    expect([
      others.positiveRate,
      others.dropoutRate,
      others.medianAge,
      others.investigationDays.median,
    ]).toEqual([null, null, null, null]);
  });

  it('breaks down by unit and gender with the codebook labels as keys', () => {
    expect(group(figures(rows).groups, 'unit+gender', 'Barn- och ungdomsenheten', 'Kvinna').worse).toBe(1);
  });
});

describe('investigation days', () => {
  it('counts only rows with both dates as dates, in order, and the ones over the limit', () => {
    const rows = [
      caseRow(validCase({ actualisedOn: date('2019-01-01'), investigationClosedOn: date('2019-01-31') })), // 30
      caseRow(validCase({ actualisedOn: date('2019-01-01'), investigationClosedOn: date('2019-06-01') })), // 151
      caseRow(validCase({ actualisedOn: date('2019-03-01'), investigationClosedOn: date('2019-02-01') })), // reversed
      caseRow(validCase({ actualisedOn: date('2019-01-01'), investigationClosedOn: text('2019-02-01') })), // text
      caseRow(
        validCase({
          actualisedOn: date('2019-01-01'),
          investigationClosedOn: { kind: 'error', code: '#N/A' },
        }),
      ),
    ];
    const days = group(figures(rows).groups, 'total').investigationDays;
    expect(days).toEqual({ n: 2, median: 90.5, mean: 90.5, overLimit: 1 });
  });
});

describe('age bands', () => {
  it('put each numeric age in exactly one band, and an age typed as text in a row of its own', () => {
    const rows = [17, 17.5, 18, 25, 26, 65, 90].map((age) => caseRow(validCase({ age: num(age) })));
    rows.push(caseRow(validCase({ age: text('40') })));
    const bands = figures(rows).groups.filter((g) => g.by === 'ageBand');
    expect(bands.map((b) => [b.key[0], b.n])).toEqual([
      ['0–17', 2],
      ['18–25', 2],
      ['26–44', 1],
      ['45–64', 0],
      ['65+', 2],
      ['Ej ifyllt eller utanför grupperna', 1],
    ]);
  });
});

describe('the dependence share and completion rate', () => {
  it('use the highest severity over known severities, and completed over completed + interrupted', () => {
    const rows = [
      caseRow(validCase({ severity: 'Beroende', completion: 'Fullföljd' })),
      caseRow(validCase({ severity: 'Riskbruk', completion: 'Avbruten' })),
      caseRow(validCase({ severity: 'Okänt', completion: 'Pågående' })),
    ];
    const total = group(figures(rows).groups, 'total');
    expect(total.dependenceShare).toBe(0.5);
    expect(total.completionRate).toBe(0.5);
  });
});
