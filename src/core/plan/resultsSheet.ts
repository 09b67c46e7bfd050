import { CoreUsageError } from '../errors';
import { text } from '../cell';
import { type Codebook, type VariableKey, isListVariable } from '../codebook/types';
import { charted, NOT_IN_CODEBOOK, TOTAL_GROUP } from '../figures/groups';
import type { BreakdownFigures, Results } from '../figures/types';
import { distinctLabels } from '../labels';
import type { Settings } from '../settings';
import { countCell } from './cellFormulas';
import type { Figure } from '../figures/figureRegistry';
import type { MaskPattern } from '../masking/pattern';
import { maskPattern } from '../masking/suppress';
import { hiddenByPattern, shownFigure, shownQuality } from '../masking/shown';
import {
  COUNT_FIGURES,
  figureCell,
  qualityCell as qualityId,
  type MaskCellId,
  type QualityColumn,
} from '../masking/cells';
import { rangeA1 } from '../address';
import {
  FLAG_HEADER,
  patternFormula,
  staleFlagFormula,
  staleWarningFormula,
  type ShownCount,
} from './maskingCells';
import { figureFormula, type SettingRefs } from './figureFormulas';
import { GroupFormulas } from './groupFormulas';
import { resultsHeaderCells } from './resultsHeader';
import { settingRef } from '../layout/settingsLayout';
import { FINGERPRINT_LABEL } from '../table/fingerprint';
import { summaryCells, summarySubjects } from './resultsSummary';
import { formulaCell, valueCell, type PlanCell, type SheetPlan } from './types';
import { FIRST_FIGURE_COLUMN, TOTAL_LABEL, type GroupRows } from './resultsLayout';
import { CHART_DATA_HEADERS, dataBars, type SectionRows } from './resultsVisuals';
import { chartArea, chartData } from './resultsCharts';
import { partRuns, sheetFigures } from './resultsColumns';
import { resultsPrint, type SectionPlace } from './resultsPrint';

export const RESULTS_SHEET_NAME = 'Resultat';
const SUMMARY_FIRST_ROW = 7;
/** The legend, the definitions and the stale-masking warning: texts wrapped over the headline part. */
const PARAGRAPH_ROWS = [3, 4, 5] as const;

export interface ResultsInputs {
  readonly codebook: Codebook;
  readonly settings: Settings;
  /** Each variable's header as the case table spells it, in table order (never the team's extra columns). */
  readonly headers: ReadonlyMap<VariableKey, string>;
  readonly results: Results;
  /** The checksum of the case rows the figures were computed from (table/fingerprint.ts). */
  readonly fingerprint: string;
  /** The figure columns; the registry's in the sheet's order (resultsColumns.ts) unless a test moves one. */
  readonly figures?: readonly Figure[];
  /** The secondary suppression; computed from the results for the settings' minimum count unless given. */
  readonly pattern?: MaskPattern;
}

/** What a section writer needs besides its own breakdown. */
interface SheetContext {
  readonly inputs: ResultsInputs;
  readonly refs: SettingRefs;
  readonly pattern: MaskPattern;
  readonly figures: readonly Figure[];
  readonly groupIndex: ReadonlyMap<unknown, number>;
  /** The column of the row flags, right of the last figure. */
  readonly flagColumn: number;
  readonly addresses: Map<MaskCellId, { readonly row: number; readonly column: number }>;
}

/** The result sheet's plan, and its summary sentences as the core wrote them. */
export interface ResultsSheetPlan extends SheetPlan {
  readonly sentences: readonly string[];
  readonly pattern: MaskPattern;
  /** Where each figure of each group, and each data-quality count, stands: by id, never by header text. */
  readonly addresses: ReadonlyMap<MaskCellId, { readonly row: number; readonly column: number }>;
}

export function resultsSheetPlan(inputs: ResultsInputs): ResultsSheetPlan {
  const refs: SettingRefs = {
    t: settingRef('minCount'),
    method: settingRef('masking'),
    limit: settingRef('investigationLimitDays'),
  };
  const figures = inputs.figures ?? sheetFigures();
  const { results, codebook, settings } = inputs;
  const rule = { t: settings.minCount, rounding: settings.masking === 'round' };
  const pattern = inputs.pattern ?? maskPattern(results, codebook, rule);
  // The formulas read t and the method from Inställningar: a pattern for another rule would not match them.
  if (pattern.t !== rule.t || pattern.rounding !== rule.rounding)
    throw new CoreUsageError('results sheet: the masking pattern was made for other settings');
  const context: SheetContext = {
    inputs,
    refs,
    pattern,
    figures,
    groupIndex: new Map(results.groups.map((g, i) => [g, i])),
    flagColumn: FIRST_FIGURE_COLUMN + figures.length,
    addresses: new Map(),
  };
  const cells: PlanCell[] = [...resultsHeaderCells(inputs.settings, refs)];
  const subjects = summarySubjects(inputs.results);
  let row = SUMMARY_FIRST_ROW + 2 * subjects.length + 1;
  const groupRows: GroupRows = new Map();
  const places: SectionPlace[] = [];
  const sections: SectionRows[] = [];
  for (const section of inputs.results.breakdowns) {
    const size = section.breakdown.groups.length;
    places.push({ headingRow: row, headerRow: row + 1, lastRow: row + 1 + size });
    sections.push({
      id: section.breakdown.id,
      title: section.breakdown.title,
      labelColumns: section.breakdown.split ? 2 : 1,
      charted: charted(inputs.settings, section.breakdown),
      firstRow: row + 2,
      lastRow: row + 1 + size,
    });
    row = breakdownSection(cells, row, section, context, groupRows);
  }
  const firstFlagRow = (places[0]?.headerRow ?? row) + 1;
  const qualityEnd = dataQualitySection(cells, row, context);
  places.push({ headingRow: row, headerRow: row + 1, lastRow: qualityEnd });
  const flags = rangeA1(firstFlagRow, context.flagColumn, qualityEnd, context.flagColumn);
  cells.push(formulaCell(PARAGRAPH_ROWS[2], 1, staleWarningFormula(flags), false, text(''), 'warning'));
  cells.push(valueCell(qualityEnd + 1, 1, text(`${FINGERPRINT_LABEL} ${inputs.fingerprint}`), 'note'));
  const summary = summaryCells(SUMMARY_FIRST_ROW, subjects, groupRows, context);
  cells.push(...summary.cells);
  const dataColumn = context.flagColumn + 1;
  cells.push(...chartData(cells, places, sections, figures, dataColumn));
  const area = chartArea(cells, sections, settings, {
    top: qualityEnd + 3,
    right: FIRST_FIGURE_COLUMN + headlineLength(figures) - 1,
    dataColumn,
  });
  cells.push(...area.cells);
  const paragraphs = cells.flatMap((c) =>
    c.column === 1 && (PARAGRAPH_ROWS.some((r) => r === c.row) || c.style === 'sentence')
      ? [{ row: c.row, text: shownText(c) }]
      : [],
  );
  const paper = resultsPrint(figures, settings, places, paragraphs, area.blocks);
  return {
    sentences: summary.sentences,
    pattern,
    addresses: context.addresses,
    name: RESULTS_SHEET_NAME,
    cells,
    columnWidths: paper.columnWidths,
    hiddenColumns: CHART_DATA_HEADERS.map((_, i) => dataColumn + i),
    rowHeights: paper.rowHeights,
    merges: paper.merges,
    freeze: { rows: 0, columns: 2 },
    validations: [],
    columnFormats: [],
    print: {
      ...paper.print,
      // The tables (with the flags), then the charts across the headline columns: a detail page never
      // carries the charts' rows.
      areas: [
        { top: 1, left: 1, bottom: qualityEnd + 1, right: context.flagColumn },
        ...(area.bottom === null
          ? []
          : [
              {
                top: qualityEnd + 3,
                left: 1,
                bottom: area.bottom,
                right: FIRST_FIGURE_COLUMN + headlineLength(figures) - 1,
              },
            ]),
      ],
    },
    dataBars: dataBars(sections, figures),
    charts: area.charts,
  };
}

function breakdownSection(
  cells: PlanCell[],
  startRow: number,
  { breakdown, groups: figures }: BreakdownFigures,
  context: SheetContext,
  groupRows: GroupRows,
): number {
  const { inputs, refs, pattern, figures: figureColumns, flagColumn } = context;
  cells.push(valueCell(startRow, 1, text(breakdown.title), 'heading'));
  const headerRow = startRow + 1;
  cells.push(valueCell(headerRow, 1, text('Grupp'), 'columnHeader'));
  const split = breakdown.split && inputs.codebook.variables.find((v) => v.key === breakdown.split?.by);
  cells.push(valueCell(headerRow, 2, text(split ? split.name : ''), 'columnHeader'));
  figureColumns.forEach((c, i) =>
    cells.push(valueCell(headerRow, FIRST_FIGURE_COLUMN + i, text(c.header), 'columnHeader')),
  );
  cells.push(valueCell(headerRow, flagColumn, text(FLAG_HEADER), 'columnHeader'));
  breakdown.groups.forEach((spec, i) => {
    const row = headerRow + 1 + i;
    const g = figures[i];
    const index = g && context.groupIndex.get(g);
    if (!g || index === undefined) return;
    groupRows.set(g, row);
    cells.push(valueCell(row, 1, text(spec.key[0] ?? TOTAL_LABEL), 'label'));
    if (spec.key[1] !== undefined) cells.push(valueCell(row, 2, text(spec.key[1]), 'label'));
    const formulas = new GroupFormulas(inputs.codebook, inputs.headers, spec);
    const watched: ShownCount[] = [];
    figureColumns.forEach((figure, c) => {
      const { text: formula, array } = figureFormula(figure.measure, formulas, refs, pattern.rounding);
      const shown = shownFigure(inputs.results, pattern, index, figure.id);
      const column = FIRST_FIGURE_COLUMN + c;
      const isCount = figure.measure.kind === 'count';
      const byPattern = hiddenByPattern(inputs.results, pattern, index, figure.id);
      const written = byPattern
        ? patternFormula(formula, isCount ? 'count' : 'figure', refs.t, pattern.t)
        : formula;
      if (isCount && !byPattern && COUNT_FIGURES.includes(figure.id)) watched.push({ row, column, shown });
      cells.push(formulaCell(row, column, written, array || formulas.array, shown, figure.style));
      context.addresses.set(figureCell(index, figure.id), { row, column });
    });
    cells.push(flagCell(row, watched, context));
  });
  return headerRow + breakdown.groups.length + 2;
}

/** Filled, missing and (for lists) values not in the codebook, per variable. Returns the last row it wrote. */
function dataQualitySection(cells: PlanCell[], startRow: number, context: SheetContext): number {
  const { inputs, refs, pattern, flagColumn } = context;
  cells.push(
    valueCell(startRow, 1, text('Datakvalitet: ifyllda och saknade värden per variabel'), 'heading'),
  );
  const header = ['Variabel', '', 'Ifyllda', 'Saknas', NOT_IN_CODEBOOK];
  header.forEach((h, i) => cells.push(valueCell(startRow + 1, i + 1, text(h), 'columnHeader')));
  cells.push(valueCell(startRow + 1, flagColumn, text(FLAG_HEADER), 'columnHeader'));
  const total = new GroupFormulas(inputs.codebook, inputs.headers, TOTAL_GROUP);
  inputs.results.dataQuality.forEach((q, i) => {
    const row = startRow + 2 + i;
    const variable = inputs.codebook.variables.find((v) => v.key === q.key);
    if (!variable) return;
    const watched: ShownCount[] = [];
    const count = (column: number, which: QualityColumn, formula: string, value: number) => {
      const shown = shownQuality(pattern, i, which, value);
      const masked = countCell(formula, refs, pattern.rounding);
      const dotted =
        shown.kind === 'text' && pattern.secondary.size > 0 && pattern.secondary.has(qualityId(i, which));
      if (!dotted) watched.push({ row, column, shown });
      const written = dotted ? patternFormula(masked, 'count', refs.t, pattern.t) : masked;
      cells.push(formulaCell(row, column, written, false, shown, 'count'));
      context.addresses.set(qualityId(i, which), { row, column });
    };
    const missing = total.blankCount(variable.key);
    const filled = `(${total.n()}-${missing})`;
    cells.push(valueCell(row, 1, text(q.variable), 'label'));
    count(3, 'filled', filled, q.filled);
    count(4, 'missing', missing, q.missing);
    if (q.notInCodebook !== null && isListVariable(variable)) {
      const labels = distinctLabels(variable.values.map((v) => v.label));
      count(5, 'notInCodebook', `(${filled}-${total.labelCount(variable.key, labels)})`, q.notInCodebook);
    }
    cells.push(flagCell(row, watched, context));
  });
  return startRow + 1 + inputs.results.dataQuality.length;
}

/** How many figure columns the headline part has. */
function headlineLength(figures: readonly Figure[]): number {
  return partRuns(figures)[0]?.length ?? figures.length;
}

/** What a text cell shows, as the core computed it. */
function shownText(cell: PlanCell): string {
  const value = cell.content.kind === 'value' ? cell.content.value : cell.content.expected;
  return value.kind === 'text' ? value.text : '';
}

/** A row's Maskning flag, right of its last figure. */
function flagCell(row: number, watched: readonly ShownCount[], context: SheetContext): PlanCell {
  const { refs, pattern, flagColumn } = context;
  return formulaCell(
    row,
    flagColumn,
    staleFlagFormula(watched, refs, pattern.rounding),
    false,
    text(''),
    'note',
  );
}
