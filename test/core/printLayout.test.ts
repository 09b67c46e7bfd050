import { DEFAULT_CODEBOOK } from '../../src/core/codebook/defaultCodebook';
import { EXAMPLE_SETTINGS, exampleCaseRows } from '../../src/core/example/generate';
import { FIGURES } from '../../src/core/figures/figureRegistry';
import {
  columnBreaksBetween,
  headerWidth,
  MIN_SCALE,
  rowBreaksBetween,
  wrappedLines,
} from '../../src/core/plan/printLayout';
import { pageHeaderCodes } from '../../src/core/plan/rendering';
import { partOf, sheetFigures } from '../../src/core/plan/resultsColumns';
import { codebookSheetPlan } from '../../src/core/plan/codebookSheet';
import { computeResults } from '../../src/core/figures/compute';
import { resultsSheetPlan } from '../../src/core/plan/resultsSheet';
import { variableHeaders } from '../../src/core/table/caseTable';
import { tableOf } from '../support/tables';

function examplePlan() {
  const table = tableOf(exampleCaseRows(DEFAULT_CODEBOOK));
  return resultsSheetPlan({
    codebook: DEFAULT_CODEBOOK,
    settings: EXAMPLE_SETTINGS,
    headers: variableHeaders(table, DEFAULT_CODEBOOK),
    results: computeResults(table, DEFAULT_CODEBOOK, EXAMPLE_SETTINGS),
    fingerprint: 'x',
  });
}

describe('print layout estimates', () => {
  it('wraps text at word boundaries, a word longer than the line over several lines', () => {
    expect(wrappedLines('Utredningstid, median (dagar)', 14)).toBe(2);
    expect(wrappedLines('ett två tre', 20)).toBe(1);
    expect(wrappedLines('a'.repeat(25), 10)).toBe(3);
  });

  it("makes a header's column as wide as its longest word, so it wraps between words", () => {
    expect(headerWidth('Återaktualisering: ingen', 11)).toBeGreaterThanOrEqual(
      'Återaktualisering:'.length + 2,
    );
    expect(headerWidth('Antal ärenden', 11)).toBe(11);
  });

  it('breaks a page before a block that would run past its foot, never inside one', () => {
    const blocks = [10, 60, 70, 40, 30].map((height, i) => ({ firstRow: i * 10 + 1, height }));
    // 100 points a page, 20 used above the first block.
    expect(rowBreaksBetween(blocks, 100, 20)).toEqual([21, 31]);
  });

  it('packs column blocks beside the repeated titles, a new page where the next does not fit', () => {
    const blocks = [
      { firstColumn: 3, width: 40 },
      { firstColumn: 6, width: 30 },
      { firstColumn: 9, width: 50 },
    ];
    expect(columnBreaksBetween(blocks, 100, 20)).toEqual([9]);
  });

  it('writes a header with its & doubled and a long name cut to what Excel allows', () => {
    expect(pageHeaderCodes({ left: 'Vård & omsorg', right: 'Period: 2024' })).toBe(
      '&L&"-,Bold"Vård && omsorg&RPeriod: 2024',
    );
    expect(pageHeaderCodes({ left: 'x'.repeat(400), right: '' }).length).toBeLessThanOrEqual(255);
  });
});

describe('the result sheet on paper', () => {
  const plan = examplePlan();
  const print = plan.print!;

  it('leads with the headline figures: cases, known situation, positive change, dropout, re-actualisation, median investigation time', () => {
    const headline = sheetFigures()
      .filter((f) => partOf(f.id) === 'headline')
      .map((f) => f.id);
    expect(headline).toEqual([
      'n',
      'known',
      'positiveRate',
      'dropoutRate',
      'rePositiveRate',
      'reNegativeRate',
      'investigationMedian',
    ]);
    expect(
      sheetFigures()
        .map((f) => f.id)
        .sort(),
    ).toEqual(FIGURES.map((f) => f.id).sort());
  });

  it('prints at one readable scale, the detail parts after a column break, group labels and title repeated', () => {
    expect(print.scale).toBeGreaterThanOrEqual(MIN_SCALE);
    expect(print.scale).toBeLessThanOrEqual(100);
    // The first break stands right after the headline part (C…I).
    expect(print.columnBreaks[0]).toBe(3 + 7);
    expect(print.titleColumns).toEqual({ first: 1, last: 2 });
    expect(print.titleRows).toEqual({ first: 1, last: 2 });
    expect(print.header.left).toBe(`${EXAMPLE_SETTINGS.name} – ${EXAMPLE_SETTINGS.municipality}`);
  });

  it('breaks pages only before a breakdown heading or a chart, never inside a table', () => {
    const headings = new Set(plan.cells.filter((c) => c.style === 'heading').map((c) => c.row));
    const charts = new Set(plan.charts!.map((c) => c.position.top));
    expect(print.rowBreaks.length).toBeGreaterThan(0);
    for (const row of print.rowBreaks) expect(headings.has(row) || charts.has(row)).toBe(true);
  });

  it('wraps the legend and the sentences across the headline part, each row as tall as its lines', () => {
    const sentenceRows = plan.cells.filter((c) => c.style === 'sentence').map((c) => c.row);
    const merged = new Set(plan.merges.map((m) => m.top));
    expect(sentenceRows.every((r) => merged.has(r))).toBe(true);
    expect(plan.merges.every((m) => m.left === 1 && m.right === 9)).toBe(true);
    expect(plan.rowHeights!.find((h) => h.row === 3)!.height).toBeGreaterThanOrEqual(15);
  });

  it('keeps the chart data out of sight: two hidden columns right of the flags', () => {
    expect(plan.hiddenColumns).toEqual([plan.columnWidths.length - 1, plan.columnWidths.length]);
  });
});

describe('the codebook on paper', () => {
  const plan = codebookSheetPlan(DEFAULT_CODEBOOK);

  it('wraps each description in its row and repeats the header row; the lists print after a break', () => {
    expect(plan.print!.titleRows).toEqual({ first: 4, last: 4 });
    expect(plan.print!.columnBreaks[0]).toBe(7);
    const longest = DEFAULT_CODEBOOK.variables.reduce((a, b) =>
      a.description.length >= b.description.length ? a : b,
    );
    const row = 5 + DEFAULT_CODEBOOK.variables.indexOf(longest);
    expect(plan.rowHeights!.find((h) => h.row === row)!.height).toBeGreaterThan(15);
    expect(plan.cells.find((c) => c.row === row && c.column === 3)!.style).toBe('sentence');
  });
});
