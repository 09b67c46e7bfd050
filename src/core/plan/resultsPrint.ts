import type { Figure } from '../figures/figureRegistry';
import type { CellRange } from '../address';
import type { Settings } from '../settings';
import {
  A4,
  HEADING_ROW_POINTS,
  MIN_SCALE,
  ROW_POINTS,
  columnBreaksBetween,
  columnPoints,
  headerWidth,
  rowBreaksBetween,
  scaleToFit,
  wrappedLines,
  type RowBlock,
} from './printLayout';
import { partRuns } from './resultsColumns';
import { FIRST_FIGURE_COLUMN } from './resultsLayout';
import { CoreUsageError } from '../errors';
import type { PrintPlan } from './types';
import { sheetTitle } from './resultsHeader';

/** Group labels (A) and the subgroup, Kön (B): they print on every page, beside each part of a table. */
const LABEL_WIDTHS = [30, 12] as const;
const FIGURE_MIN_WIDTH = 11;
const FLAG_WIDTH = 11;
/** Rows 1 and 2 (the title in 16 points, the period in 12) repeat at the top of every page. */
const TITLE_ROWS = { first: 1, last: 2 } as const;
const TITLE_ROWS_POINTS = 21 + 16;

/** A breakdown table's rows on the sheet: its heading, its column headers, its last group. */
export interface SectionPlace {
  readonly headingRow: number;
  readonly headerRow: number;
  readonly lastRow: number;
}

/** A text that wraps across the headline part's width. */
export interface ParagraphRow {
  readonly row: number;
  readonly text: string;
}

export interface ResultsPrint {
  readonly columnWidths: readonly number[];
  readonly rowHeights: readonly { readonly row: number; readonly height: number }[];
  readonly merges: readonly CellRange[];
  readonly print: PrintPlan;
}

/** Widths of the label, figure and flag columns: each header wraps between words, never inside one. */
export function resultsColumnWidths(figures: readonly Figure[]): number[] {
  // The flag column, then the two hidden chart-data columns.
  return [
    ...LABEL_WIDTHS,
    ...figures.map((f) => headerWidth(f.header, FIGURE_MIN_WIDTH)),
    FLAG_WIDTH,
    FIGURE_MIN_WIDTH,
    FIGURE_MIN_WIDTH,
  ];
}

/**
 * The result sheet on paper: the headline part (what a committee reads) on pages of its own, each detail
 * part on later pages beside the repeated group labels, no breakdown cut across pages, long texts wrapped
 * over the headline part's width, the follow-up's name and period in the page header.
 */
export function resultsPrint(
  figures: readonly Figure[],
  settings: Settings,
  sections: readonly SectionPlace[],
  paragraphs: readonly ParagraphRow[],
  /** Blocks after the tables (the charts), each kept whole on a page. */
  after: readonly RowBlock[],
): ResultsPrint {
  const widths = resultsColumnWidths(figures);
  const runs = partRuns(figures);
  const headlineEnd = FIRST_FIGURE_COLUMN + (runs[0]?.length ?? figures.length) - 1;
  const points = (from: number, to: number) =>
    widths.slice(from - 1, to).reduce((sum, w) => sum + columnPoints(w), 0);
  const titles = points(1, LABEL_WIDTHS.length);
  // The flag column prints with the last part.
  const blocks = runs.map((run, i) => ({
    firstColumn: FIRST_FIGURE_COLUMN + run.start,
    width:
      points(FIRST_FIGURE_COLUMN + run.start, FIRST_FIGURE_COLUMN + run.start + run.length - 1) +
      (i === runs.length - 1 ? columnPoints(FLAG_WIDTH) : 0),
  }));
  const scale = scaleToFit(titles + Math.max(...blocks.map((b) => b.width)), A4.long);
  if (scale < MIN_SCALE) throw new CoreUsageError(`results sheet: a part of its tables prints at ${scale} %`);
  const pageWidth = A4.long / (scale / 100);
  // The headline part alone, then the detail parts packed side by side where they fit.
  const [, first, ...more] = blocks;
  const columnBreaks = first
    ? [first.firstColumn, ...columnBreaksBetween([first, ...more], pageWidth, titles)]
    : [];
  const paragraphWidth = widths.slice(0, headlineEnd).reduce((sum, w) => sum + w, 0);
  const rowHeights = [
    ...paragraphs.map((p) => ({ row: p.row, height: wrappedLines(p.text, paragraphWidth) * ROW_POINTS })),
    ...sections.map((s) => ({ row: s.headerRow, height: headerRowPoints(figures, widths) })),
  ];
  const heightOf = (row: number) => rowHeights.find((h) => h.row === row)?.height ?? ROW_POINTS;
  const sectionBlocks: RowBlock[] = sections.map((s) => ({
    firstRow: s.headingRow,
    // The heading, the headers, the groups and the blank row after them.
    height: HEADING_ROW_POINTS + heightOf(s.headerRow) + (s.lastRow - s.headerRow + 1) * ROW_POINTS,
  }));
  const firstSection = sections[0]?.headingRow ?? TITLE_ROWS.last + 1;
  let above = 0;
  for (let row = TITLE_ROWS.last + 1; row < firstSection; row++) above += heightOf(row);
  const pageHeight = A4.short / (scale / 100) - TITLE_ROWS_POINTS;
  return {
    columnWidths: widths,
    rowHeights,
    merges: paragraphs.map((p) => ({ top: p.row, left: 1, bottom: p.row, right: headlineEnd })),
    print: {
      landscape: true,
      scale,
      header: {
        left: sheetTitle(settings),
        right: settings.period === '' ? '' : `Period: ${settings.period}`,
      },
      titleRows: TITLE_ROWS,
      titleColumns: { first: 1, last: LABEL_WIDTHS.length },
      rowBreaks: rowBreaksBetween([...sectionBlocks, ...after], pageHeight, above),
      columnBreaks,
    },
  };
}

/** As tall as the header that wraps to the most lines (bold text: a tenth wider than the digits). */
function headerRowPoints(figures: readonly Figure[], widths: readonly number[]): number {
  const lines = figures.map((f, i) =>
    wrappedLines(f.header, Math.floor(((widths[FIRST_FIGURE_COLUMN - 1 + i] ?? FIGURE_MIN_WIDTH) - 2) / 1.1)),
  );
  return Math.max(2, ...lines) * ROW_POINTS;
}
