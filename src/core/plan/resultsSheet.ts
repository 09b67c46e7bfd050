import { text } from '../cell';
import type { Codebook, VariableKey } from '../codebook/types';
import { shownCount } from '../figures/masking';
import { NOT_IN_CODEBOOK } from '../figures/groups';
import type { BreakdownFigures, Results } from '../figures/types';
import { isListVariable } from '../codebook/types';
import { distinctLabels } from '../labels';
import type { Settings } from '../settings';
import { countCell } from './cellFormulas';
import { FIGURES, type Figure } from '../figures/figureRegistry';
import { measureOf } from '../figures/evaluate';
import { shownValue } from '../figures/masking';
import { figureFormula, type SettingRefs } from './figureFormulas';
import { GroupFormulas } from './groupFormulas';
import { resultsHeaderCells } from './resultsHeader';
import { settingRef } from './settingsSheet';
import { FINGERPRINT_LABEL } from '../table/fingerprint';
import { summaryCells, summarySubjects } from './resultsSummary';
import { formulaCell, valueCell, type PlanCell, type SheetPlan } from './types';
import { FIRST_FIGURE_COLUMN, TOTAL_LABEL, type GroupRows } from './resultsLayout';
import { charts, dataBars, type SectionRows } from './resultsVisuals';

export const RESULTS_SHEET_NAME = 'Resultat';
const SUMMARY_FIRST_ROW = 7;
/** Three lines of a wrapped column header such as "Utredningstid, median (dagar)". */
const HEADER_ROW_HEIGHT = 45;

export interface ResultsInputs {
  readonly codebook: Codebook;
  readonly settings: Settings;
  /** Each variable's header as the case table spells it, in table order (never the team's extra columns). */
  readonly headers: ReadonlyMap<VariableKey, string>;
  readonly results: Results;
  /** The checksum of the case rows the figures were computed from (table/fingerprint.ts). */
  readonly fingerprint: string;
  /** The figure columns; the registry's unless a test renames one. */
  readonly figures?: readonly Figure[];
}

/** The result sheet's plan, and its summary sentences as the core wrote them. */
export interface ResultsSheetPlan extends SheetPlan {
  readonly sentences: readonly string[];
}

export function resultsSheetPlan(inputs: ResultsInputs): ResultsSheetPlan {
  const refs: SettingRefs = { t: settingRef('minCount'), limit: settingRef('investigationLimitDays') };
  const figures = inputs.figures ?? FIGURES;
  const cells: PlanCell[] = [...resultsHeaderCells(inputs.settings, refs)];
  const subjects = summarySubjects(inputs.results);
  let row = SUMMARY_FIRST_ROW + 2 * subjects.length + 1;
  const groupRows: GroupRows = new Map();
  const headerRows: number[] = [];
  const sections: SectionRows[] = [];
  for (const section of inputs.results.breakdowns) {
    const size = section.breakdown.groups.length;
    headerRows.push(row + 1);
    sections.push({ id: section.breakdown.id, firstRow: row + 2, lastRow: row + 1 + size });
    row = breakdownSection(cells, row, section, inputs, refs, groupRows, figures);
  }
  const qualityEnd = dataQualitySection(cells, row, inputs, refs);
  cells.push(valueCell(qualityEnd + 1, 1, text(`${FINGERPRINT_LABEL} ${inputs.fingerprint}`), 'note'));
  const summary = summaryCells(SUMMARY_FIRST_ROW, subjects, groupRows, inputs.settings, refs, figures);
  cells.push(...summary.cells);
  return {
    sentences: summary.sentences,
    name: RESULTS_SHEET_NAME,
    cells,
    columnWidths: [30, 14, ...figures.map(() => 12)],
    rowHeights: headerRows.map((r) => ({ row: r, height: HEADER_ROW_HEIGHT })),
    merges: [],
    freeze: { rows: 0, columns: 2 },
    validations: [],
    columnFormats: [],
    print: { landscape: true, fitToWidth: true, header: 'Resultat' },
    dataBars: dataBars(sections, figures),
    charts: charts(sections, SUMMARY_FIRST_ROW, figures),
  };
}

function breakdownSection(
  cells: PlanCell[],
  startRow: number,
  { breakdown, groups: figures }: BreakdownFigures,
  inputs: ResultsInputs,
  refs: SettingRefs,
  groupRows: GroupRows,
  figureColumns: readonly Figure[],
): number {
  cells.push(valueCell(startRow, 1, text(breakdown.title), 'heading'));
  const headerRow = startRow + 1;
  cells.push(valueCell(headerRow, 1, text('Grupp'), 'columnHeader'));
  cells.push(valueCell(headerRow, 2, text(breakdown.by === 'unit+gender' ? 'Kön' : ''), 'columnHeader'));
  figureColumns.forEach((c, i) =>
    cells.push(valueCell(headerRow, FIRST_FIGURE_COLUMN + i, text(c.header), 'columnHeader')),
  );
  breakdown.groups.forEach((spec, i) => {
    const row = headerRow + 1 + i;
    const g = figures[i];
    if (!g) return;
    groupRows.set(g, row);
    cells.push(valueCell(row, 1, text(spec.key[0] ?? TOTAL_LABEL), 'label'));
    if (spec.key[1] !== undefined) cells.push(valueCell(row, 2, text(spec.key[1]), 'label'));
    const formulas = new GroupFormulas(inputs.codebook, inputs.headers, spec);
    figureColumns.forEach((figure, c) => {
      const { text: formula, array } = figureFormula(figure.measure, formulas, refs);
      const expected = shownValue(measureOf(g.measures, figure.id), inputs.settings.minCount);
      const column = FIRST_FIGURE_COLUMN + c;
      cells.push(formulaCell(row, column, formula, array || formulas.array, expected, figure.style));
    });
  });
  return headerRow + breakdown.groups.length + 2;
}

/** Filled, missing and (for lists) values not in the codebook, per variable. Returns the last row it wrote. */
function dataQualitySection(
  cells: PlanCell[],
  startRow: number,
  inputs: ResultsInputs,
  refs: SettingRefs,
): number {
  cells.push(
    valueCell(startRow, 1, text('Datakvalitet: ifyllda och saknade värden per variabel'), 'heading'),
  );
  const header = ['Variabel', '', 'Ifyllda', 'Saknas', NOT_IN_CODEBOOK];
  header.forEach((h, i) => cells.push(valueCell(startRow + 1, i + 1, text(h), 'columnHeader')));
  const total = new GroupFormulas(inputs.codebook, inputs.headers, {
    by: 'total',
    key: [],
    conditions: [],
  });
  const t = inputs.settings.minCount;
  const count = (row: number, column: number, formula: string, value: number) =>
    cells.push(formulaCell(row, column, countCell(formula, refs.t), false, shownCount(value, t), 'count'));
  inputs.results.dataQuality.forEach((q, i) => {
    const row = startRow + 2 + i;
    const variable = inputs.codebook.variables.find((v) => v.key === q.key);
    if (!variable) return;
    const missing = total.blankCount(variable.key);
    const filled = `(${total.n()}-${missing})`;
    cells.push(valueCell(row, 1, text(q.variable), 'label'));
    count(row, 3, filled, q.filled);
    count(row, 4, missing, q.missing);
    if (q.notInCodebook !== null && isListVariable(variable)) {
      const labels = distinctLabels(variable.values.map((v) => v.label));
      count(row, 5, `(${filled}-${total.labelCount(variable.key, labels)})`, q.notInCodebook);
    }
  });
  return startRow + 1 + inputs.results.dataQuality.length;
}
