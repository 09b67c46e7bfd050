/**
 * How a sheet lands on A4 paper, estimated from column widths (in Excel's characters) and row heights (in
 * points). Excel and LibreOffice paginate by themselves; the plan adds manual breaks only where a block
 * (a breakdown table, a group of columns) would otherwise be cut, and picks one scale for the sheet so that
 * its widest block fits the page. The estimates err on the side of room: a block is moved to a new page
 * rather than risk a cut.
 */

/**
 * A4 landscape in points, less the margins every sheet is given (0.7 in left and right, 0.75 in top and
 * bottom), filled to 95 %: LibreOffice lays the same widths out some 2 % wider than Excel, and a column
 * that does not fit is pushed to a page of its own.
 */
const FILL = 0.95;
export const A4 = {
  long: (842 - 2 * 0.7 * 72) * FILL,
  short: (595 - 2 * 0.75 * 72) * FILL,
} as const;

/** The default font's size; the smallest text the plans use. Printed at `scale` %, it must stay ≥ 8 points. */
export const BASE_FONT_POINTS = 11;
export const MIN_PRINTED_POINTS = 8;
export const MIN_SCALE = Math.ceil((MIN_PRINTED_POINTS / BASE_FONT_POINTS) * 100);

/** A default row, and a row of one line of text in the heading size. */
export const ROW_POINTS = 15;
export const HEADING_ROW_POINTS = 18;

/** A column's width in points: Excel's pixels (7 per character of the default font plus 5 of padding) at 96 dpi. */
export function columnPoints(widthInCharacters: number): number {
  return (Math.trunc(widthInCharacters * 7) + 5) * 0.75;
}

/** A header's column width: its longest word fits on a line, so a header wraps between words, never inside one. */
export function headerWidth(header: string, minimum: number): number {
  const longest = Math.max(0, ...header.split(/\s+/).map((w) => w.length));
  // Bold text is about a tenth wider than the default font's digits; two characters of margin besides.
  return Math.max(minimum, Math.ceil(longest * 1.1) + 2);
}

/** How many lines a text takes when wrapped at word boundaries in `width` characters. */
export function wrappedLines(text: string, width: number): number {
  let lines = 1;
  let used = 0;
  for (const word of text.split(/\s+/).filter((w) => w !== '')) {
    const needed = used === 0 ? word.length : used + 1 + word.length;
    if (needed <= width || used === 0) used = needed;
    else {
      lines++;
      used = word.length;
    }
    // A word longer than the line runs over several lines.
    while (used > width) {
      lines++;
      used -= width;
    }
  }
  return lines;
}

/** The height of a row holding wrapped text, one default row per line. */
export function wrappedRowPoints(text: string, width: number): number {
  return wrappedLines(text, width) * ROW_POINTS;
}

/** The largest whole scale (%) at which `points` fit in `available`, never above 100. */
export function scaleToFit(points: number, available: number): number {
  return Math.min(100, Math.floor((available / points) * 100));
}

/** A run of rows that must print on one page, such as a breakdown's heading, header and groups. */
export interface RowBlock {
  readonly firstRow: number;
  readonly height: number;
}

/**
 * The rows before which a page must break so that no block is cut: blocks are laid one after another and
 * a block that would run past the page's foot starts a page of its own. `pageHeight` is in sheet points
 * (the page's height divided by the scale). A block taller than a page starts a page and runs on.
 */
export function rowBreaksBetween(blocks: readonly RowBlock[], pageHeight: number, before: number): number[] {
  const breaks: number[] = [];
  let used = before;
  for (const block of blocks) {
    if (used > 0 && used + block.height > pageHeight) {
      breaks.push(block.firstRow);
      used = 0;
    }
    used += block.height;
    // A block taller than a page fills pages on its own; what follows starts where it ends.
    while (used > pageHeight) used -= pageHeight;
  }
  return breaks;
}

/** Columns that must print on one page: a part of a table beside the repeated title columns. */
export interface ColumnBlock {
  readonly firstColumn: number;
  readonly width: number;
}

/** The columns before which a page must break: a new page wherever the next block would not fit beside the last. */
export function columnBreaksBetween(
  blocks: readonly ColumnBlock[],
  pageWidth: number,
  titles: number,
): number[] {
  const breaks: number[] = [];
  let used = titles;
  blocks.forEach((block, i) => {
    if (i > 0 && used + block.width > pageWidth) {
      breaks.push(block.firstColumn);
      used = titles;
    }
    used += block.width;
  });
  return breaks;
}
