import type { CellValue } from '../cell';
import type { CellRange } from '../address';

/** The looks a plan can ask for; each renderer maps them to its own formats. */
export type StyleName =
  | 'title'
  | 'subtitle'
  | 'heading'
  | 'columnHeader'
  | 'band'
  | 'note'
  | 'warning'
  | 'label'
  | 'count'
  | 'percent'
  | 'decimal'
  | 'date'
  | 'sentence'
  /** A note that wraps at word boundaries in a merged area, its row as tall as its lines. */
  | 'paragraph'
  /** Whole days: a median of 77.5 days reads 78, as the sentences round it. */
  | 'days';

export type CellContent =
  | { readonly kind: 'value'; readonly value: CellValue }
  | {
      readonly kind: 'formula';
      /** Without the leading "=". */
      readonly formula: string;
      readonly array: boolean;
      /** What the formula evaluates to, by the core's own computation. */
      readonly expected: CellValue;
    };

export interface PlanCell {
  readonly row: number;
  readonly column: number;
  readonly content: CellContent;
  readonly style?: StyleName;
}

export interface TablePlan {
  readonly name: string;
  readonly headerRow: number;
  readonly firstColumn: number;
  readonly columns: readonly string[];
  /** At least one row: an Excel table cannot be empty. */
  readonly rows: readonly (readonly CellValue[])[];
}

export type ValidationRule =
  | { readonly kind: 'list'; readonly source: string }
  | { readonly kind: 'wholeNumber'; readonly min: number; readonly max: number }
  | { readonly kind: 'decimal'; readonly min: number; readonly max: number }
  | { readonly kind: 'date'; readonly min: number; readonly max: number };

export interface ValidationPlan {
  readonly range: CellRange;
  readonly rule: ValidationRule;
  readonly prompt: string;
  readonly error: string;
}

export interface ColumnFormat {
  readonly column: number;
  readonly style: StyleName;
  readonly fromRow: number;
  readonly toRow: number;
}

/** Rows or columns that print on every page (1-based, inclusive). */
export interface PrintTitles {
  readonly first: number;
  readonly last: number;
}

/**
 * How a sheet prints on A4. A fixed scale, never "fit to page", so text keeps a readable size however wide
 * a table is (core/plan/printLayout.ts picks it); the page header names the follow-up and the footer says
 * "Sida x av y" (RENDERING.pageFooter).
 */
export interface PrintPlan {
  readonly landscape: boolean;
  /** Percent of the sheet's size. */
  readonly scale: number;
  /** Plain text: the renderers escape it and add the header codes. */
  readonly header: { readonly left: string; readonly right: string };
  readonly titleRows?: PrintTitles;
  readonly titleColumns?: PrintTitles;
  /** Rows before which a page breaks, so that no block is cut. */
  readonly rowBreaks: readonly number[];
  /** Columns before which a page breaks: the result sheet's detail parts print on their own pages. */
  readonly columnBreaks: readonly number[];
  /**
   * What prints, in this order, each area on pages of its own; the whole sheet when absent. The result
   * sheet prints its tables, then its charts across the headline columns only, so no detail page carries
   * the charts' rows.
   */
  readonly areas?: readonly CellRange[];
}

/** A data bar over rates (0 to 1), so a reader sees the differences between groups at a glance. */
export interface DataBarPlan {
  readonly range: CellRange;
  readonly color: string;
}

/** A clustered column chart: one series per value column, the group labels as categories. */
export interface ChartPlan {
  readonly title: string;
  /** The chart covers these cells. */
  readonly position: CellRange;
  /** One or two label columns (two make a grouped axis, e.g. unit and gender). */
  readonly categories: CellRange;
  /** Each series' colour (`#RRGGBB`), the same as the data bars of its column. */
  readonly series: readonly { readonly name: string; readonly values: CellRange; readonly color: string }[];
}

export interface SheetPlan {
  readonly name: string;
  readonly cells: readonly PlanCell[];
  readonly table?: TablePlan;
  /** Widths in characters, index 0 = column A. */
  readonly columnWidths: readonly number[];
  /** Columns (1-based) kept out of sight and out of print: the data the charts read. */
  readonly hiddenColumns?: readonly number[];
  /** Heights in points of rows whose text wraps; a renderer cannot rely on the viewer to grow them. */
  readonly rowHeights?: readonly { readonly row: number; readonly height: number }[];
  readonly merges: readonly CellRange[];
  readonly freeze?: { readonly rows: number; readonly columns: number };
  readonly validations: readonly ValidationPlan[];
  readonly columnFormats: readonly ColumnFormat[];
  readonly print?: PrintPlan;
  readonly dataBars?: readonly DataBarPlan[];
  /** Drawn by the Office.js renderer and, as native chart parts, by the package writer. */
  readonly charts?: readonly ChartPlan[];
}

export interface WorkbookPlan {
  readonly sheets: readonly SheetPlan[];
}

export const valueCell = (row: number, column: number, value: CellValue, style?: StyleName): PlanCell =>
  style
    ? { row, column, content: { kind: 'value', value }, style }
    : { row, column, content: { kind: 'value', value } };

export function formulaCell(
  row: number,
  column: number,
  formula: string,
  array: boolean,
  expected: CellValue,
  style?: StyleName,
): PlanCell {
  return { row, column, content: { kind: 'formula', formula, array, expected }, ...(style ? { style } : {}) };
}

/** A column added to the right of the case table, for a variable the team adds to its codebook. */
export interface NewCaseColumn {
  /** The sheet of the case table. */
  readonly sheet: string;
  readonly header: string;
  /** The Excel column it will have (the one right of the table), which its rules and formats name. */
  readonly column: number;
  readonly width: number;
  readonly validations: readonly ValidationPlan[];
  readonly formats: readonly ColumnFormat[];
}
