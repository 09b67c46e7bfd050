import { a1 } from '../../src/core/address';
import { DEFAULT_CODEBOOK } from '../../src/core/codebook/defaultCodebook';
import { EXAMPLE_SETTINGS, exampleCaseRows } from '../../src/core/example/generate';
import { computeResults } from '../../src/core/figures/compute';
import { FIGURES, type Figure } from '../../src/core/figures/figureRegistry';
import { resultsJson } from '../../src/core/figures/json';
import type { GroupContract } from '../../src/core/figures/types';
import { resultsSheetPlan } from '../../src/core/plan/resultsSheet';
import type { SheetPlan } from '../../src/core/plan/types';
import { variableHeaders } from '../../src/core/table/caseTable';
import { tableOf } from '../support/tables';

const table = tableOf(exampleCaseRows(DEFAULT_CODEBOOK));
const results = computeResults(table, DEFAULT_CODEBOOK, EXAMPLE_SETTINGS);
const planWith = (figures: readonly Figure[]): SheetPlan =>
  resultsSheetPlan({
    codebook: DEFAULT_CODEBOOK,
    settings: EXAMPLE_SETTINGS,
    headers: variableHeaders(table, DEFAULT_CODEBOOK),
    results,
    fingerprint: 'x',
    figures,
  });

/** The column whose header cell (in the first breakdown table) reads `header`. */
function columnHeaded(plan: SheetPlan, header: string): number {
  const cell = plan.cells.find(
    (c) => c.content.kind === 'value' && c.content.value.kind === 'text' && c.content.value.text === header,
  );
  if (!cell) throw new Error(`no header ${header}`);
  return cell.column;
}

describe('a figure is one entry of the registry', () => {
  // Positive change renamed in its one entry, and moved to the last column: references go by id.
  const renamed = [
    ...FIGURES.filter((f) => f.id !== 'positiveRate'),
    { ...FIGURES.find((f) => f.id === 'positiveRate')!, header: 'Andel som blev bättre' },
  ];
  const plan = planWith(renamed);
  const column = columnHeaded(plan, 'Andel som blev bättre');

  it('renames the header on the sheet', () => {
    expect(column).toBe(2 + renamed.length);
    expect(() => columnHeaded(plan, 'Positiv förändring')).toThrow();
  });

  it('moves the summary sentences to the renamed column, saying the same', () => {
    const sentenceOf = (p: SheetPlan) => {
      const cell = p.cells.find((c) => c.style === 'sentence');
      if (cell?.content.kind !== 'formula') throw new Error('no sentence');
      return cell.content;
    };
    const totalRow = plan.cells.find(
      (c) =>
        c.content.kind === 'value' && c.content.value.kind === 'text' && c.content.value.text === 'Totalt',
    )!.row;
    expect(sentenceOf(plan).formula).toContain(a1(totalRow, column));
    expect(sentenceOf(plan).expected).toEqual(sentenceOf(planWith(FIGURES)).expected);
  });

  it('moves the data bars and the charts with it, under its new name', () => {
    expect(plan.dataBars!.filter((b) => b.color === '#5B9BD5').every((b) => b.range.left === column)).toBe(
      true,
    );
    // Each chart reads the hidden chart-data column, whose formulas point at the renamed figure's cells.
    for (const chart of plan.charts!) {
      const values = chart.series[0]!.values;
      const data = plan.cells.find((c) => c.row === values.top && c.column === values.left)!;
      expect(data.content.kind === 'formula' && data.content.formula).toContain(a1(values.top, column));
    }
  });
});

describe('the JSON contract is the registry', () => {
  // Every field of the contract's type, once: the compiler holds this list to GroupContract, the test
  // holds the registry's json paths to this list.
  const FIELDS: Record<keyof GroupContract, true> = {
    n: true,
    known: true,
    positive: true,
    unchanged: true,
    worse: true,
    dropout: true,
    positiveRate: true,
    unchangedRate: true,
    worseRate: true,
    dropoutRate: true,
    completed: true,
    interrupted: true,
    completionRate: true,
    reactualisation: true,
    investigationDays: true,
    medianAge: true,
    dependenceShare: true,
  };

  it("gives exactly the contract type's fields, in the README's order", () => {
    const group = resultsJson(results).groups[0]!;
    expect(Object.keys(group)).toEqual(['by', 'key', ...Object.keys(FIELDS)]);
    expect(Object.keys(group.reactualisation)).toEqual(['none', 'positive', 'negative', 'unknown']);
    expect(Object.keys(group.investigationDays)).toEqual(['n', 'median', 'mean', 'overLimit']);
  });
});
