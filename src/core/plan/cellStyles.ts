import { RENDERING } from './rendering';
import type { StyleName } from './types';

/** A colour of the plan's palette (RENDERING.colors), as six hex digits. */
type Color = (typeof RENDERING.colors)[keyof typeof RENDERING.colors];

/** How a plan style looks, said once: each renderer translates this table into its own terms. */
export interface CellStyle {
  readonly font?: {
    readonly bold?: true;
    readonly italic?: true;
    readonly size?: number;
    readonly color?: Color;
  };
  readonly fill?: Color;
  /** Wrapped text, aligned to the top of the cell. */
  readonly wrapAtTop?: true;
  readonly horizontal?: 'center' | 'right';
  /** The number format code, as the package writes it and Office.js sets it. */
  readonly numberFormat?: string;
}

const { heading, band, onHeading, note, warning } = RENDERING.colors;
const figure = (numberFormat: string): CellStyle => ({ numberFormat, horizontal: 'right' });

export const CELL_STYLES: Readonly<Record<StyleName, CellStyle>> = {
  title: { font: { bold: true, size: 16, color: heading } },
  subtitle: { font: { size: 12, color: heading } },
  heading: { font: { bold: true, size: 13, color: heading } },
  columnHeader: { font: { bold: true }, fill: band, wrapAtTop: true },
  band: { font: { bold: true, color: onHeading }, fill: heading, horizontal: 'center' },
  note: { font: { italic: true, color: note } },
  warning: { font: { bold: true, color: warning } },
  label: { font: { bold: true } },
  count: figure('0'),
  percent: figure('0 %'),
  decimal: figure('0.0'),
  days: figure('0'),
  date: { numberFormat: 'yyyy-mm-dd' },
  sentence: { font: { size: 11 }, wrapAtTop: true },
  paragraph: { font: { italic: true, color: note }, wrapAtTop: true },
};
