import type { BreakdownKind } from '../figures/groups';
import { FIGURE_COLUMNS } from './figureColumns';
import { FIRST_FIGURE_COLUMN } from './resultsLayout';
import type { ChartPlan, DataBarPlan } from './types';

/** Where one breakdown's group rows landed on the result sheet. */
export interface SectionRows {
  readonly by: BreakdownKind;
  readonly firstRow: number;
  readonly lastRow: number;
}

const columnOf = (header: string) =>
  FIRST_FIGURE_COLUMN + FIGURE_COLUMNS.findIndex((c) => c.header === header);
const POSITIVE = 'Positiv förändring';
const DROPOUT = 'Bortfall andel';
/** Charts stand to the right of the tables, past the last figure column. */
const CHART_LEFT = FIRST_FIGURE_COLUMN + FIGURE_COLUMNS.length + 1;

/** Data bars on the positive-change and dropout rates of every breakdown. */
export function dataBars(sections: readonly SectionRows[]): DataBarPlan[] {
  return sections.flatMap((s) =>
    [
      [POSITIVE, '#5B9BD5'],
      [DROPOUT, '#ED7D31'],
    ].map(([header = '', color = '']) => ({
      range: { top: s.firstRow, left: columnOf(header), bottom: s.lastRow, right: columnOf(header) },
      color,
    })),
  );
}

/** Positive change and dropout per unit, and per unit and gender. */
export function charts(sections: readonly SectionRows[], firstRow: number): ChartPlan[] {
  const chartFor = (by: BreakdownKind, title: string, labelColumns: number, top: number): ChartPlan[] => {
    const section = sections.find((s) => s.by === by);
    if (!section) return [];
    const column = (header: string) => ({
      top: section.firstRow,
      left: columnOf(header),
      bottom: section.lastRow,
      right: columnOf(header),
    });
    return [
      {
        title,
        position: { top, left: CHART_LEFT, bottom: top + 16, right: CHART_LEFT + 7 },
        categories: { top: section.firstRow, left: 1, bottom: section.lastRow, right: labelColumns },
        series: [
          { name: POSITIVE, values: column(POSITIVE) },
          { name: 'Bortfall', values: column(DROPOUT) },
        ],
      },
    ];
  };
  return [
    ...chartFor('unit', 'Positiv förändring och bortfall per enhet', 1, firstRow),
    ...chartFor('unit+gender', 'Positiv förändring och bortfall per enhet och kön', 2, firstRow + 18),
  ];
}
