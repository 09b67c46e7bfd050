import { num, text } from '../../src/core/cell';
import { DEFAULT_CODEBOOK } from '../../src/core/codebook/defaultCodebook';
import { EXAMPLE_SETTINGS, exampleCaseRows } from '../../src/core/example/generate';
import { computeResults } from '../../src/core/figures/compute';
import { maskPattern } from '../../src/core/masking/suppress';
import { maskedResultsJson } from '../../src/core/masking/maskedJson';
import { investigationSentence } from '../../src/core/plan/summary';
import { problemTally } from '../../src/core/plural';
import { shownFigureText } from '../../src/app/headlineFigures';
import { resultTables } from '../../src/app/resultTables';
import { tableOf } from '../support/tables';

describe('one value, one rounding (issue 14)', () => {
  it('shows a median of 77.5 days as 78 in the table and in the sentence', () => {
    expect(shownFigureText(num(77.5), 'days')).toBe('78');
    const sentence = investigationSentence(
      'Vuxenenheten',
      { median: num(77.5), over: num(6), count: num(14) },
      120,
    );
    expect(sentence).toEqual(
      text(
        'För Vuxenenheten var utredningstiden i median 78 dagar; 6 av 14 utredningar tog längre än 120 dagar.',
      ),
    );
  });

  it('says "färre än 5" in a sentence where the table shows <5, and "1 utredning" for one', () => {
    const hidden = investigationSentence('X', { median: num(40), over: text('<5'), count: num(14) }, 120);
    expect(hidden).toEqual(
      text(
        'För X var utredningstiden i median 40 dagar; färre än 5 av 14 utredningar tog längre än 120 dagar.',
      ),
    );
    const one = investigationSentence('X', { median: num(40), over: num(1), count: num(1) }, 120);
    expect(one).toEqual(
      text('För X var utredningstiden i median 40 dagar; 1 av 1 utredning tog längre än 120 dagar.'),
    );
    // Hidden by secondary suppression: no clause, so the sentence says nothing the table does not.
    const dotted = investigationSentence('X', { median: num(40), over: text('..'), count: num(14) }, 120);
    expect(dotted).toEqual(text('För X var utredningstiden i median 40 dagar.'));
  });

  it('counts problems in Swedish plural forms', () => {
    expect(problemTally(1, 1)).toBe('1 fel och 1 varning.');
    expect(problemTally(7, 9)).toBe('7 fel och 9 varningar.');
  });
});

describe("the web page's result tables", () => {
  const table = tableOf(exampleCaseRows(DEFAULT_CODEBOOK));
  const results = computeResults(table, DEFAULT_CODEBOOK, EXAMPLE_SETTINGS);
  const pattern = maskPattern(results, DEFAULT_CODEBOOK, { t: EXAMPLE_SETTINGS.minCount, rounding: false });
  const tables = resultTables(results, pattern, EXAMPLE_SETTINGS);

  it('hold every breakdown, each with a chart but the total', () => {
    expect(tables.map((t) => t.id)).toEqual(results.breakdowns.map((b) => b.breakdown.id));
    expect(tables.filter((t) => t.chart === null).map((t) => t.id)).toEqual(['total']);
  });

  it('show the values the sheet shows: masked the same, a hidden rate a gap in the chart', () => {
    const masked = maskedResultsJson(results, pattern);
    const units = tables.find((t) => t.id === 'unit')!;
    const positive = units.headers.indexOf('Positiv förändring');
    units.rows.forEach((row, i) => {
      const group = masked.groups.find((g) => g.by === 'unit' && g.key[0] === row[0])!;
      const shown = group.positiveRate;
      expect(row[positive]).toBe(typeof shown === 'number' ? `${Math.round(shown * 100)} %` : (shown ?? ''));
      const bar = units.chart!.series[0]!.values[i];
      expect(bar).toBe(typeof shown === 'number' ? shown : null);
    });
    expect(units.chart!.series[0]!.values).toContain(null);
  });
});
