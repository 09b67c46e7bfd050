import { text } from '../cell';
import type { Settings } from '../settings';
import { HEADING_ROW_POINTS, ROW_POINTS, type RowBlock } from './printLayout';
import {
  CHART_DATA_HEADERS,
  CHART_GAP_NOTE,
  CHART_ROWS,
  chartDataCells,
  charts,
  type SectionRows,
} from './resultsVisuals';
import type { Figure } from '../figures/figureRegistry';
import { valueCell, type ChartPlan, type PlanCell } from './types';

/** Where the chart area goes: its first row, the last column the charts span, the chart-data columns. */
export interface ChartAreaPlace {
  readonly top: number;
  readonly right: number;
  readonly dataColumn: number;
}

/**
 * The "Diagram" part under the tables: a chart for each breakdown ticked in Inställningar, except one
 * whose every value is hidden (it would be empty axes): a line says so in its place. Returns the cells, the
 * charts and the blocks each kept whole on a printed page.
 */
export function chartArea(
  cells: readonly PlanCell[],
  sections: readonly SectionRows[],
  settings: Settings,
  place: ChartAreaPlace,
): { cells: PlanCell[]; charts: ChartPlan[]; blocks: RowBlock[]; bottom: number | null } {
  const wanted = sections.filter((s) => s.charted);
  const drawable = wanted.filter((s) => hasShownRate(cells, s, place.dataColumn));
  const hidden = wanted.filter((s) => !drawable.includes(s));
  if (wanted.length === 0) return { cells: [], charts: [], blocks: [], bottom: null };
  const notes = hidden.map((s, i) =>
    valueCell(
      place.top + 2 + i,
      1,
      text(`${s.title}: varje värde döljs för att skydda små grupper, så uppdelningen får inget diagram.`),
      'note',
    ),
  );
  const first = place.top + 2 + hidden.length;
  const plans = charts(drawable, first, place.right, place.dataColumn);
  const heading = HEADING_ROW_POINTS + (1 + hidden.length) * ROW_POINTS;
  const lastNote = place.top + 1 + hidden.length;
  return {
    bottom: Math.max(lastNote, ...plans.map((c) => c.position.bottom)),
    cells: [
      valueCell(place.top, 1, text('Diagram'), 'heading'),
      valueCell(place.top + 1, 1, text(CHART_GAP_NOTE), 'note'),
      ...notes,
    ],
    charts: plans,
    blocks:
      plans.length === 0
        ? [{ firstRow: place.top, height: heading }]
        : plans.map((c, i) => ({
            firstRow: i === 0 ? place.top : c.position.top,
            height: CHART_ROWS * ROW_POINTS + (i === 0 ? heading : 0),
          })),
  };
}

/** Whether any of a section's chart-data cells holds a number: a rate the sheet shows. */
function hasShownRate(cells: readonly PlanCell[], section: SectionRows, dataColumn: number): boolean {
  return cells.some(
    (c) =>
      c.column >= dataColumn &&
      c.column <= dataColumn + 1 &&
      c.row >= section.firstRow &&
      c.row <= section.lastRow &&
      c.content.kind === 'formula' &&
      c.content.expected.kind === 'number',
  );
}

/** The hidden columns the charts read: a header over each section's, the rates (or #N/A) beside each group. */
export function chartData(
  cells: readonly PlanCell[],
  places: readonly { readonly headerRow: number }[],
  sections: readonly SectionRows[],
  figures: readonly Figure[],
  dataColumn: number,
): PlanCell[] {
  const expected = new Map(
    cells.flatMap((c) =>
      c.content.kind === 'formula' ? [[`${c.row}:${c.column}`, c.content.expected]] : [],
    ),
  );
  return sections.flatMap((section, i) => {
    const headerRow = places[i]?.headerRow ?? section.firstRow - 1;
    const headers = CHART_DATA_HEADERS.map((h, c) =>
      valueCell(headerRow, dataColumn + c, text(h), 'columnHeader'),
    );
    const rows = Array.from(
      { length: section.lastRow - section.firstRow + 1 },
      (_, r) => section.firstRow + r,
    );
    return [
      ...headers,
      ...rows.flatMap((row) =>
        chartDataCells(row, figures, dataColumn, (column) => expected.get(`${row}:${column}`) ?? text('')),
      ),
    ];
  });
}
