import { num, text, type CellValue } from '../../src/core/cell';
import { DEFAULT_CODEBOOK } from '../../src/core/codebook/defaultCodebook';
import { EXAMPLE_SETTINGS, exampleCaseRows } from '../../src/core/example/generate';
import { shownCount, shownRate } from '../../src/core/figures/masking';
import { FIGURES } from '../../src/core/figures/figureRegistry';
import { measureOf } from '../../src/core/figures/evaluate';
import { figureCell, maskableCounts } from '../../src/core/masking/cells';
import { settingsSheetPlan } from '../../src/core/plan/settingsSheet';
import { readSettings } from '../../src/core/read/readSettings';
import { DEFAULT_SETTINGS } from '../../src/core/settings';
import { auditOf } from '../support/auditOf';
import { shownOnPlan } from '../support/shownSheet';

jest.setTimeout(120_000);

const round = { t: 5, rounding: true };

describe('rounding instead of exact numbers (issue 10, Inställningar: avrunda)', () => {
  it('shows counts 1 … t−1 as <t and every other count at the nearest 5; 0 stays 0', () => {
    expect([0, 1, 4, 5, 7, 8, 12, 13, 102].map((c) => shownCount(c, round))).toEqual([
      num(0),
      text('<5'),
      text('<5'),
      num(5),
      num(5),
      num(10),
      num(10),
      num(15),
      num(100),
    ]);
  });

  it('shows rates in whole 5 %, a half rounded up as ROUND does', () => {
    expect(shownRate(7, 13, round)).toEqual(num(0.55)); // 53.8 %
    expect(shownRate(1, 8, { t: 1, rounding: true })).toEqual(num(0.125)); // masking off: exact
    expect(shownRate(5, 40, round)).toEqual(num(0.15)); // 12.5 %, a half rounds up as ROUND does
    expect(shownRate(37, 120, round)).toEqual(num(0.3)); // 30.8 %
    expect(shownRate(3, 40, round)).toEqual(text('–'));
  });

  it("rounds the example's sheet and leaves no small count narrower than required", () => {
    const { plan, results, leaks } = auditOf(exampleCaseRows(DEFAULT_CODEBOOK), {
      ...EXAMPLE_SETTINGS,
      masking: 'round',
    });
    expect(leaks).toEqual([]);
    const shown = shownOnPlan(plan);
    const counts = [...maskableCounts(results)].filter(([id]) => typeof shown(id) === 'number');
    expect(counts.length).toBeGreaterThan(100);
    for (const [id, truth] of counts) {
      expect(Number(shown(id)) % 5).toBe(0);
      expect(Math.abs(Number(shown(id)) - truth)).toBeLessThanOrEqual(2);
    }
    const rates = FIGURES.filter((f) => f.measure.kind === 'rate');
    results.groups.forEach((group, g) =>
      rates.forEach((rate) => {
        const value = measureOf(group.measures, rate.id);
        const s = shown(figureCell(g, rate.id));
        if (value.kind === 'rate' && typeof s === 'number')
          expect(Math.abs(s * 20 - Math.round(s * 20))).toBeLessThan(1e-9);
      }),
    );
  });

  it('rounds nothing with masking off (t = 0)', () => {
    const { plan, results } = auditOf(exampleCaseRows(DEFAULT_CODEBOOK), {
      ...EXAMPLE_SETTINGS,
      minCount: 0,
      masking: 'round',
    });
    const shown = shownOnPlan(plan);
    for (const [id, truth] of maskableCounts(results)) expect(shown(id)).toBe(truth);
  });
});

describe('the method in Inställningar', () => {
  const sheetWith = (word: CellValue) => {
    const plan = settingsSheetPlan(DEFAULT_SETTINGS);
    const rows: CellValue[][] = [];
    for (const cell of plan.cells)
      if (cell.content.kind === 'value') (rows[cell.row - 1] ??= [])[cell.column - 1] = cell.content.value;
    (rows[7] ??= [])[1] = word;
    return {
      sheets: [
        {
          name: plan.name,
          rows: rows.map((r) => Array.from(r, (v) => v ?? { kind: 'empty' as const })),
          tables: [],
        },
      ],
    };
  };

  it('reads "avrunda" in any letter case as rounding, a blank or "dölj" as hiding', () => {
    expect(readSettings(sheetWith(text(' Avrunda '))).settings.masking).toBe('round');
    expect(readSettings(sheetWith(text('DÖLJ'))).settings.masking).toBe('hide');
    expect(readSettings(sheetWith({ kind: 'empty' })).settings.masking).toBe('hide');
  });

  it('names the cell and the two words when the method is neither', () => {
    const { problems } = readSettings(sheetWith(text('runda av')));
    expect(problems).toEqual([
      expect.objectContaining({ cell: 'B8', message: expect.stringContaining('"dölj" eller "avrunda"') }),
    ]);
  });
});
