/**
 * Adding a figure is one registry entry: a count of the cases whose treatment is ongoing, added here in
 * memory with nothing else changed, is on the sheet, in the JSON, in the masking relations and in the
 * shown values.
 */
import type { Figure, FigureId } from '../../src/core/figures/figureRegistry';

const ONGOING = 'ongoing' as FigureId;

jest.mock('../../src/core/figures/figureRegistry', () => {
  const actual = jest.requireActual('../../src/core/figures/figureRegistry');
  const ongoing: Figure = {
    id: 'ongoing' as FigureId,
    header: 'Pågående behandling',
    style: 'count',
    measure: { kind: 'count', rows: { kind: 'roles', variable: 'completion', roles: ['ongoing'] } },
    part: 'completion',
    json: ['ongoing'],
  };
  return { ...actual, FIGURES: [...actual.FIGURES, ongoing] };
});

import { DEFAULT_CODEBOOK } from '../../src/core/codebook/defaultCodebook';
import { EXAMPLE_SETTINGS, exampleCaseRows } from '../../src/core/example/generate';
import { computeResults } from '../../src/core/figures/compute';
import { resultsJson } from '../../src/core/figures/json';
import { figureCell } from '../../src/core/masking/cells';
import { maskedResultsJson } from '../../src/core/masking/maskedJson';
import { maskRelations } from '../../src/core/masking/relations';
import { shownFigure } from '../../src/core/masking/shown';
import { resultsSheetPlan } from '../../src/core/plan/resultsSheet';
import { variableHeaders } from '../../src/core/table/caseTable';
import { tableOf } from '../support/tables';

const table = tableOf(exampleCaseRows(DEFAULT_CODEBOOK));
const results = computeResults(table, DEFAULT_CODEBOOK, EXAMPLE_SETTINGS);
const ongoingCases = table.rows.filter((row) => {
  const cell = row[table.columnOf.completion! - table.firstColumn];
  return cell?.kind === 'text' && cell.text === 'Pågående';
}).length;

describe('a figure added to the registry alone', () => {
  it('is counted for every group and given in the JSON under its name', () => {
    const json = resultsJson(results);
    expect(ongoingCases).toBeGreaterThan(0);
    expect((json.groups[0] as unknown as Record<string, number>)['ongoing']).toBe(ongoingCases);
  });

  it('is a column of the result sheet in its part, its formula carrying the core value', () => {
    // Masking off, so the cell's expected value is the count itself (the masking test below masks it).
    const plan = resultsSheetPlan({
      codebook: DEFAULT_CODEBOOK,
      settings: { ...EXAMPLE_SETTINGS, minCount: 0 },
      headers: variableHeaders(table, DEFAULT_CODEBOOK),
      results,
      fingerprint: 'x',
    });
    const header = plan.cells.find(
      (c) =>
        c.content.kind === 'value' &&
        c.content.value.kind === 'text' &&
        c.content.value.text === 'Pågående behandling',
    )!;
    const interrupted = plan.cells.find(
      (c) =>
        c.row === header.row &&
        c.content.kind === 'value' &&
        c.content.value.kind === 'text' &&
        c.content.value.text === 'Avbruten',
    )!;
    expect(header.column).toBeGreaterThan(interrupted.column);
    const total = plan.cells.find((c) => c.row === header.row + 1 && c.column === header.column)!;
    expect(total.content.kind).toBe('formula');
    expect(total.content.kind === 'formula' && total.content.expected).toEqual({
      kind: 'number',
      value: ongoingCases,
    });
  });

  it('joins the masking relations by what it counts: with completed and interrupted, at most the cases', () => {
    const relations = maskRelations(results, DEFAULT_CODEBOOK);
    const total = results.groups.findIndex((g) => g.by === 'total');
    const withCompletion = relations.find(
      (r) =>
        r.kind === 'atMost' &&
        r.terms.some(([id]) => id === figureCell(total, ONGOING)) &&
        r.terms.some(([id]) => id === figureCell(total, 'completed')),
    );
    expect(withCompletion?.terms.map(([, c]) => c).sort()).toEqual([-1, 1, 1, 1]);
    // In a group of one completion label it is all of the group's cases, or none of them.
    const ongoingGroup = results.groups.findIndex((g) => g.by === 'completion' && g.key[0] === 'Pågående');
    expect(relations).toContainEqual({
      kind: 'equal',
      terms: [
        [figureCell(ongoingGroup, ONGOING), 1],
        [figureCell(ongoingGroup, 'n'), -1],
      ],
    });
  });

  it('is shown masked like every count, on the sheet and in the masked JSON', () => {
    const pattern = { t: 5, rounding: false, secondary: new Set<never>() };
    const shown = results.groups.map((_, g) => shownFigure(results, pattern, g, ONGOING));
    const small = results.groups.findIndex((g) => {
      const n = (g as unknown as Record<string, number>)['ongoing']!;
      return n > 0 && n < 5;
    });
    expect(small).toBeGreaterThanOrEqual(0);
    expect(shown[small]).toEqual({ kind: 'text', text: '<5' });
    const masked = maskedResultsJson(results, pattern);
    expect((masked.groups[small] as unknown as Record<string, unknown>)['ongoing']).toBe('<5');
  });
});
