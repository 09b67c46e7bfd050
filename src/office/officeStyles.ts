import { CELL_STYLES } from '../core/plan/cellStyles';
import type { StyleName } from '../core/plan/types';

/** The number format a style gives, if any: the same codes the package writer writes. */
export function numberFormatOf(name: StyleName): string | null {
  return CELL_STYLES[name].numberFormat ?? null;
}

const HORIZONTAL = { center: 'Center', right: 'Right' } as const;

/**
 * A plan style (CELL_STYLES) applied to a range in Office.js's terms, as the package writer translates
 * the same table (number formats are set with the values, see queueSheet).
 */
export function applyStyle(range: Excel.Range, name: StyleName): void {
  const { font, fill, wrapAtTop, horizontal } = CELL_STYLES[name];
  if (font?.bold) range.format.font.bold = true;
  if (font?.italic) range.format.font.italic = true;
  if (font?.size !== undefined) range.format.font.size = font.size;
  if (font?.color !== undefined) range.format.font.color = `#${font.color}`;
  if (fill !== undefined) range.format.fill.color = `#${fill}`;
  if (wrapAtTop) {
    range.format.wrapText = true;
    range.format.verticalAlignment = 'Top';
  }
  if (horizontal) range.format.horizontalAlignment = HORIZONTAL[horizontal];
}
