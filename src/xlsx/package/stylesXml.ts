import type { StyleName } from '../../core/plan/types';
import { excelStyle, type CellLook } from '../styles';
import {
  applySplices,
  child,
  childrenNamed,
  escapeXml,
  parseXml,
  prefixOfTag,
  withPrefix,
  type Splice,
  type XmlElement,
} from './xmlTree';

/** Built-in number formats (ECMA-376 18.8.30) the plan's styles use; others get an id from 164 up. */
const BUILT_IN_FORMATS: Readonly<Record<string, number>> = { General: 0, '0': 1, '0.00': 2, '0%': 9 };

/**
 * Adds the plan's styles to `styles.xml`, append only: an existing font, fill, number format or cell format
 * keeps its place (every cell of the user's refers to them by index), and one already there exactly as
 * this would write it is used again, so running `results` again adds nothing. Returns the new text and
 * each style's cell-format index (`s` on a cell).
 */
export function addPlanStyles(
  xml: string,
  names: readonly StyleName[],
): { xml: string; index: ReadonlyMap<StyleName, number> } {
  const root = parseXml(xml);
  const lists = {
    numFmts: new XmlList(xml, root, 'numFmts', 'numFmt'),
    fonts: new XmlList(xml, root, 'fonts', 'font'),
    fills: new XmlList(xml, root, 'fills', 'fill'),
    cellXfs: new XmlList(xml, root, 'cellXfs', 'xf'),
  };
  const baseFont = child(root, 'fonts')?.children[0];
  const index = new Map<StyleName, number>();
  for (const name of new Set(names)) {
    const style = excelStyle(name);
    const numFmtId = numberFormatId(lists.numFmts, style.numFmt);
    const fontId = style.font ? lists.fonts.use(fontXml(style.font, baseFont)) : 0;
    const fillId = style.fill ? lists.fills.use(fillXml(style.fill)) : 0;
    index.set(name, lists.cellXfs.use(xfXml(numFmtId, fontId, fillId, style.alignment)));
  }
  const splices = Object.values(lists).flatMap((list) => list.splices());
  return { xml: applySplices(xml, splices), index };
}

/** The children of one list of styles.xml (`<fonts>`…), with what is to be appended to it. */
class XmlList {
  private readonly existing: string[];
  private readonly added: string[] = [];
  private readonly container: XmlElement | undefined;

  constructor(
    private readonly xml: string,
    private readonly root: XmlElement,
    private readonly listName: string,
    itemName: string,
  ) {
    this.container = child(root, listName);
    this.existing = this.container
      ? childrenNamed(this.container, itemName).map((e) => xml.slice(e.start, e.end))
      : [];
  }

  /** The index of an item written exactly so, appending it when it is not there yet. */
  use(item: string): number {
    const found = [...this.existing, ...this.added].indexOf(item);
    if (found >= 0) return found;
    this.added.push(item);
    return this.existing.length + this.added.length - 1;
  }

  /** Existing items in order, then those appended (for number formats, whose ids are their own). */
  items(): readonly string[] {
    return [...this.existing, ...this.added];
  }

  splices(): Splice[] {
    if (this.added.length === 0) return [];
    const count = this.existing.length + this.added.length;
    const { container } = this;
    if (!container) {
      // Only numFmts may be missing; it stands first in the stylesheet.
      const first = this.root.children[0];
      const at = first ? first.start : this.root.contentStart;
      return [
        {
          start: at,
          end: at,
          text: `<${this.listName} count="${count}">${this.added.join('')}</${this.listName}>`,
        },
      ];
    }
    const open = this.xml.slice(container.start, container.contentStart);
    const prefix = prefixOfTag(this.xml, container);
    const added = this.added.map((item) => withPrefix(item, prefix)).join('');
    const newOpen = /\bcount="\d*"/.test(open)
      ? open.replace(/\bcount="\d*"/, `count="${count}"`)
      : open.replace(/\/?>$/, ` count="${count}">`);
    if (container.contentStart === container.end) {
      // `<fonts count="0"/>`: written out as a pair.
      return [
        {
          start: container.start,
          end: container.end,
          text: `${newOpen}${added}${withPrefix(`</${this.listName}>`, prefix)}`,
        },
      ];
    }
    return [
      { start: container.start, end: container.contentStart, text: newOpen },
      { start: container.contentEnd, end: container.contentEnd, text: added },
    ];
  }
}

function numberFormatId(list: XmlList, code: string | undefined): number {
  if (code === undefined) return 0;
  const builtIn = BUILT_IN_FORMATS[code];
  if (builtIn !== undefined) return builtIn;
  const items = list.items();
  const existing = items.find((item) => item.includes(`formatCode="${escapeXml(code)}"`));
  const idOf = (item: string) => Number(/numFmtId="(\d+)"/.exec(item)?.[1] ?? 0);
  if (existing) return idOf(existing);
  const id = Math.max(163, ...items.map(idOf)) + 1;
  list.use(`<numFmt numFmtId="${id}" formatCode="${escapeXml(code)}"/>`);
  return id;
}

/** A font in the workbook's own face and size (its first font), with the plan's weight, size and colour. */
function fontXml(font: NonNullable<CellLook['font']>, base: XmlElement | undefined): string {
  const baseName = base ? child(base, 'name')?.attrs['val'] : undefined;
  const baseSize = base ? Number(child(base, 'sz')?.attrs['val']) : NaN;
  const parts = [
    font.bold ? '<b/>' : '',
    font.italic ? '<i/>' : '',
    `<sz val="${font.size ?? (Number.isFinite(baseSize) ? baseSize : 11)}"/>`,
    font.color?.argb ? `<color rgb="${font.color.argb}"/>` : '',
    `<name val="${escapeXml(baseName ?? 'Calibri')}"/>`,
  ];
  return `<font>${parts.join('')}</font>`;
}

function fillXml(fill: NonNullable<CellLook['fill']>): string {
  const color = fill.fgColor.argb;
  return `<fill><patternFill patternType="solid"><fgColor rgb="${color}"/><bgColor indexed="64"/></patternFill></fill>`;
}

function xfXml(numFmtId: number, fontId: number, fillId: number, alignment: CellLook['alignment']): string {
  const applies = [
    numFmtId ? ' applyNumberFormat="1"' : '',
    fontId ? ' applyFont="1"' : '',
    fillId ? ' applyFill="1"' : '',
    alignment ? ' applyAlignment="1"' : '',
  ].join('');
  const head = `<xf numFmtId="${numFmtId}" fontId="${fontId}" fillId="${fillId}" borderId="0" xfId="0"${applies}`;
  if (!alignment) return `${head}/>`;
  const align = [
    alignment.horizontal ? ` horizontal="${alignment.horizontal}"` : '',
    alignment.vertical ? ` vertical="${alignment.vertical}"` : '',
    alignment.wrapText ? ' wrapText="1"' : '',
  ].join('');
  return `${head}><alignment${align}/></xf>`;
}
