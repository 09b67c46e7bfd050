import { RENDERING } from '../core/plan/rendering';
import { assertNever } from '../core/assertNever';
import type { StyleName } from '../core/plan/types';

const BLUE = `FF${RENDERING.colors.heading}`;
const PALE = `FF${RENDERING.colors.band}`;

/** A look in an .xlsx file: the font, fill, alignment and number format a cell format sets. */
export interface CellLook {
  readonly font?: {
    readonly bold?: boolean;
    readonly italic?: boolean;
    readonly size?: number;
    readonly color?: { readonly argb: string };
  };
  readonly fill?: {
    readonly type: 'pattern';
    readonly pattern: 'solid';
    readonly fgColor: { readonly argb: string };
  };
  readonly alignment?: {
    readonly wrapText?: boolean;
    readonly vertical?: 'top';
    readonly horizontal?: 'center' | 'right';
  };
  readonly numFmt?: string;
}

/** How each plan style looks in an .xlsx file. The Office.js renderer maps the same names. */
export function excelStyle(name: StyleName): CellLook {
  switch (name) {
    case 'title':
      return { font: { bold: true, size: 16, color: { argb: BLUE } } };
    case 'subtitle':
      return { font: { size: 12, color: { argb: BLUE } } };
    case 'heading':
      return { font: { bold: true, size: 13, color: { argb: BLUE } } };
    case 'columnHeader':
      return {
        font: { bold: true },
        fill: { type: 'pattern', pattern: 'solid', fgColor: { argb: PALE } },
        alignment: { wrapText: true, vertical: 'top' },
      };
    case 'band':
      return {
        font: { bold: true, color: { argb: `FF${RENDERING.colors.onHeading}` } },
        fill: { type: 'pattern', pattern: 'solid', fgColor: { argb: BLUE } },
        alignment: { horizontal: 'center' },
      };
    case 'note':
      return { font: { italic: true, color: { argb: `FF${RENDERING.colors.note}` } } };
    case 'warning':
      return { font: { bold: true, color: { argb: `FF${RENDERING.colors.warning}` } } };
    case 'label':
      return { font: { bold: true } };
    case 'count':
      return { numFmt: '0', alignment: { horizontal: 'right' } };
    case 'percent':
      return { numFmt: '0 %', alignment: { horizontal: 'right' } };
    case 'decimal':
      return { numFmt: '0.0', alignment: { horizontal: 'right' } };
    case 'date':
      return { numFmt: 'yyyy-mm-dd' };
    case 'days':
      return { numFmt: '0', alignment: { horizontal: 'right' } };
    case 'sentence':
      return { font: { size: 11 }, alignment: { wrapText: true, vertical: 'top' } };
    case 'paragraph':
      return {
        font: { italic: true, color: { argb: `FF${RENDERING.colors.note}` } },
        alignment: { wrapText: true, vertical: 'top' },
      };
    default:
      return assertNever(name);
  }
}
