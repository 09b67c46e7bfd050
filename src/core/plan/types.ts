import type { CellValue } from '../cell';
import type { CellRange } from '../table/workbookValues';

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
  | 'sentence';

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

export interface PrintPlan {
  readonly landscape: boolean;
  readonly fitToWidth: boolean;
  readonly header: string;
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
