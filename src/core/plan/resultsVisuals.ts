import type { BreakdownId } from '../figures/groups';
import { FIGURES, figureIndex, type Figure, type FigureId } from '../figures/figureRegistry';
import { FIRST_FIGURE_COLUMN } from './resultsLayout';
import { formulaCell, type ChartPlan, type DataBarPlan, type PlanCell } from './types';
import { a1 } from '../address';
import type { CellValue } from '../cell';

/** Where one breakdown's group rows landed on the result sheet. */
export interface SectionRows {
  readonly id: BreakdownId;
  readonly title: string;
  /** 2 where the groups have a subgroup column (unit and gender). */
  readonly labelColumns: 1 | 2;
  /** Whether Inställningar asks for its chart. */
  readonly charted: boolean;
  readonly firstRow: number;
  readonly lastRow: number;
}

const columnIn = (figures: readonly Figure[]) => (id: FigureId) =>
  FIRST_FIGURE_COLUMN + figureIndex(id, figures);

/** The rates the registry charts, with their series' names and colours: data bars and chart series alike. */
export const CHART_SERIES: readonly (readonly [FigureId, string, string])[] = FIGURES.flatMap((f) =>
  f.chart ? [[f.id, f.chart.series, f.chart.color] as const] : [],
);

/** Data bars on the positive-change and dropout rates of every breakdown. */
export function dataBars(sections: readonly SectionRows[], figures: readonly Figure[]): DataBarPlan[] {
  const columnOf = columnIn(figures);
  return sections.flatMap((s) =>
    CHART_SERIES.map(([id, , color]) => ({
      range: { top: s.firstRow, left: columnOf(id), bottom: s.lastRow, right: columnOf(id) },
      color,
    })),
  );
}

/** Rows a chart takes: about half a printed page, so two stand on one. */
export const CHART_ROWS = 16;

/** A chart's title: the breakdown, and each figure with what it is a share of. */
export function chartTitle(breakdownTitle: string): string {
  return `${breakdownTitle}: positiv förändring (andel av ärenden med känd situation) och bortfall (andel av alla ärenden)`;
}

/** Said under the charts' heading: what a gap is, with the marks the tables use. */
export const CHART_GAP_NOTE =
  'En lucka i ett diagram är ett värde som döljs för att skydda små grupper (– eller <5 i tabellen).';

/** The chart-data columns' headers (hidden columns right of the flags). */
export const CHART_DATA_HEADERS = ['Diagram: positiv förändring', 'Diagram: bortfall'] as const;

/**
 * A chart per section given (resultsCharts.ts picks them), one under another from `top` across the
 * headline part's columns, so they print after the headline tables. Each reads its rates from the hidden
 * chart-data columns, where a hidden value is #N/A: a chart leaves a gap for it, never a bar at zero.
 */
export function charts(
  sections: readonly SectionRows[],
  top: number,
  right: number,
  dataColumn: number,
): ChartPlan[] {
  return sections.map((section, i) => {
    const from = top + i * CHART_ROWS;
    return {
      title: chartTitle(section.title),
      position: { top: from, left: 1, bottom: from + CHART_ROWS - 1, right },
      categories: { top: section.firstRow, left: 1, bottom: section.lastRow, right: section.labelColumns },
      series: CHART_SERIES.map(([, name, color], c) => ({
        name,
        values: {
          top: section.firstRow,
          left: dataColumn + c,
          bottom: section.lastRow,
          right: dataColumn + c,
        },
        color,
      })),
    };
  });
}

/** The chart-data cells of one group row: each rate as the sheet shows it, or #N/A where it is hidden. */
export function chartDataCells(
  row: number,
  figures: readonly Figure[],
  dataColumn: number,
  shownAt: (column: number) => CellValue,
): PlanCell[] {
  const columnOf = columnIn(figures);
  return CHART_SERIES.map(([id], c) => {
    const cell = a1(row, columnOf(id));
    const shown = shownAt(columnOf(id));
    return formulaCell(
      row,
      dataColumn + c,
      `IF(ISNUMBER(${cell}),${cell},NA())`,
      false,
      shown.kind === 'number' ? shown : { kind: 'error', code: '#N/A' },
      'percent',
    );
  });
}
