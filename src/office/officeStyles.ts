import { RENDERING } from '../core/plan/rendering';
import { assertNever } from '../core/assertNever';
import type { StyleName } from '../core/plan/types';

const BLUE = `#${RENDERING.colors.heading}`;
const PALE = `#${RENDERING.colors.band}`;

/** The number format a style gives, if any: the same codes the package writer writes. */
export function numberFormatOf(name: StyleName): string | null {
  switch (name) {
    case 'count':
    case 'days':
      return '0';
    case 'percent':
      return '0 %';
    case 'decimal':
      return '0.0';
    case 'date':
      return 'yyyy-mm-dd';
    default:
      return null;
  }
}

/** Applies a plan style to a range (number formats are set with the values, see queueSheet). */
export function applyStyle(range: Excel.Range, name: StyleName): void {
  switch (name) {
    case 'title':
      setFont(range, { bold: true, size: 16, color: BLUE });
      return;
    case 'subtitle':
      setFont(range, { size: 12, color: BLUE });
      return;
    case 'heading':
      setFont(range, { bold: true, size: 13, color: BLUE });
      return;
    case 'columnHeader':
      setFont(range, { bold: true });
      range.format.fill.color = PALE;
      range.format.wrapText = true;
      range.format.verticalAlignment = 'Top';
      return;
    case 'band':
      setFont(range, { bold: true, color: `#${RENDERING.colors.onHeading}` });
      range.format.fill.color = BLUE;
      range.format.horizontalAlignment = 'Center';
      return;
    case 'note':
      setFont(range, { italic: true, color: `#${RENDERING.colors.note}` });
      return;
    case 'warning':
      setFont(range, { bold: true, color: `#${RENDERING.colors.warning}` });
      return;
    case 'label':
      setFont(range, { bold: true });
      return;
    case 'count':
    case 'percent':
    case 'decimal':
    case 'days':
      range.format.horizontalAlignment = 'Right';
      return;
    case 'sentence':
      wrapAtTop(range);
      return;
    case 'paragraph':
      setFont(range, { italic: true, color: `#${RENDERING.colors.note}` });
      wrapAtTop(range);
      return;
    case 'date':
      return;
    default:
      assertNever(name);
  }
}

function wrapAtTop(range: Excel.Range): void {
  range.format.wrapText = true;
  range.format.verticalAlignment = 'Top';
}

function setFont(
  range: Excel.Range,
  font: { bold?: boolean; italic?: boolean; size?: number; color?: string },
): void {
  if (font.bold !== undefined) range.format.font.bold = font.bold;
  if (font.italic !== undefined) range.format.font.italic = font.italic;
  if (font.size !== undefined) range.format.font.size = font.size;
  if (font.color !== undefined) range.format.font.color = font.color;
}
