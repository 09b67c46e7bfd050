import { CELL_STYLES, type CellStyle } from '../core/plan/cellStyles';
import type { StyleName } from '../core/plan/types';

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

const argb = (hex: string) => ({ argb: `FF${hex}` });

function lookOfFont({ color, ...rest }: NonNullable<CellStyle['font']>): NonNullable<CellLook['font']> {
  return { ...rest, ...(color ? { color: argb(color) } : {}) };
}

/** A plan style (CELL_STYLES) in an .xlsx file's terms. The Office.js renderer translates the same table. */
export function excelStyle(name: StyleName): CellLook {
  const { font, fill, wrapAtTop, horizontal, numberFormat } = CELL_STYLES[name];
  const alignment = {
    ...(wrapAtTop ? { wrapText: true, vertical: 'top' as const } : {}),
    ...(horizontal ? { horizontal } : {}),
  };
  return {
    ...(font ? { font: lookOfFont(font) } : {}),
    ...(fill ? { fill: { type: 'pattern', pattern: 'solid', fgColor: argb(fill) } } : {}),
    ...(Object.keys(alignment).length > 0 ? { alignment } : {}),
    ...(numberFormat ? { numFmt: numberFormat } : {}),
  };
}
