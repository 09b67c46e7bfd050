import type { BreakdownId } from '../figures/groups';
import { figureIndex, figureOf, type Figure, type FigureId } from '../figures/figureRegistry';
import { FIRST_FIGURE_COLUMN } from './resultsLayout';
import type { ChartPlan, DataBarPlan } from './types';

/** Where one breakdown's group rows landed on the result sheet. */
export interface SectionRows {
  readonly id: BreakdownId;
  readonly firstRow: number;
  readonly lastRow: number;
}

const columnIn = (figures: readonly Figure[]) => (id: FigureId) =>
  FIRST_FIGURE_COLUMN + figureIndex(id, figures);

const BARS: readonly (readonly [FigureId, string])[] = [
  ['positiveRate', '#5B9BD5'],
  ['dropoutRate', '#ED7D31'],
];

/** Data bars on the positive-change and dropout rates of every breakdown. */
export function dataBars(sections: readonly SectionRows[], figures: readonly Figure[]): DataBarPlan[] {
  const columnOf = columnIn(figures);
  return sections.flatMap((s) =>
    BARS.map(([id, color]) => ({
      range: { top: s.firstRow, left: columnOf(id), bottom: s.lastRow, right: columnOf(id) },
      color,
    })),
  );
}

/** Positive change and dropout per unit, and per unit and gender. */
export function charts(
  sections: readonly SectionRows[],
  firstRow: number,
  figures: readonly Figure[],
): ChartPlan[] {
  const columnOf = columnIn(figures);
  // Charts stand to the right of the tables, past the last figure column.
  const CHART_LEFT = FIRST_FIGURE_COLUMN + figures.length + 1;
  const chartFor = (id: BreakdownId, title: string, labelColumns: number, top: number): ChartPlan[] => {
    const section = sections.find((s) => s.id === id);
    if (!section) return [];
    const column = (figure: FigureId) => ({
      top: section.firstRow,
      left: columnOf(figure),
      bottom: section.lastRow,
      right: columnOf(figure),
    });
    return [
      {
        title,
        position: { top, left: CHART_LEFT, bottom: top + 16, right: CHART_LEFT + 7 },
        categories: { top: section.firstRow, left: 1, bottom: section.lastRow, right: labelColumns },
        series: [
          ...BARS.map(([figure, color]) => ({
            name: figureOf(figure, figures).header,
            values: column(figure),
            color,
          })),
        ],
      },
    ];
  };
  return [
    ...chartFor('unit', 'Positiv förändring och bortfall per enhet', 1, firstRow),
    ...chartFor('unit+gender', 'Positiv förändring och bortfall per enhet och kön', 2, firstRow + 18),
  ];
}
