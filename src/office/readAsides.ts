import { parseRange, parseSheetAddress, type CellRange } from '../core/address';
import type { CellAside } from '../core/table/workbookValues';

/**
 * What this Excel can tell beyond values: newer API sets are asked for only where the host has them, so
 * an older Excel still reads the workbook (without what it cannot give).
 */
export interface OfficeReach {
  /** Threaded comments (ExcelApi 1.10). */
  readonly comments: boolean;
  /** Notes, the older comments (ExcelApi 1.18). */
  readonly notes: boolean;
  /** Hyperlinks per cell (ExcelApi 1.9): a property of every cell, so read only when the check asks. */
  readonly links: boolean;
  /** Merged areas (ExcelApi 1.13). */
  readonly merges: boolean;
}

export const FULL_REACH: OfficeReach = { comments: true, notes: true, links: true, merges: true };

/** What the Excel the pane runs in supports. */
export function reachOfHost(): OfficeReach {
  const has = (version: string) =>
    typeof Office !== 'undefined' && Office.context.requirements.isSetSupported('ExcelApi', version);
  return { comments: has('1.10'), notes: has('1.18'), links: has('1.9'), merges: has('1.13') };
}

/** Comments and notes, loaded in one sync; their cells in the next (queued with other work, no sync of its own). */
export function queueTexts(context: Excel.RequestContext, reach: OfficeReach) {
  const comments = reach.comments ? context.workbook.comments.load('items/content') : null;
  const notes = reach.notes ? context.workbook.notes.load('items/content') : null;
  return {
    /** Call after the sync that loaded them: queues each one's cell. */
    locate: () =>
      [...(comments?.items ?? []), ...(notes?.items ?? [])].map((item) => ({
        text: item.content,
        cell: item.getLocation().load('address'),
      })),
  };
}

/** Notes and comments as asides of their sheets, once their cells are loaded. */
export function textAsides(
  located: readonly { text: string; cell: Excel.Range }[],
): Map<string, CellAside[]> {
  const bySheet = new Map<string, CellAside[]>();
  for (const { text, cell } of located) {
    const at = parseSheetAddress(cell.address);
    const range = at && parseRange(at.cell);
    if (!at || !range || text === '') continue;
    bySheet.set(at.sheet, [
      ...(bySheet.get(at.sheet) ?? []),
      { row: range.top, column: range.left, kind: 'note', text },
    ]);
  }
  return bySheet;
}

/** A sheet's merged areas from their address (`Blad1!A3:A4,Blad1!C5:D5`). */
export function mergedAreas(areas: Excel.RangeAreas): CellRange[] {
  if (areas.isNullObject) return [];
  return areas.address.split(',').flatMap((part) => {
    const range = parseRange(part.slice(part.lastIndexOf('!') + 1).replace(/\$/g, ''));
    return range ? [range] : [];
  });
}

/** The hyperlinks of a block of cells (its first cell at `top`, `left`) as asides. */
export function linkAsides(properties: Excel.CellProperties[][], top: number, left: number): CellAside[] {
  const asides: CellAside[] = [];
  properties.forEach((row, r) =>
    row.forEach((cell, c) => {
      const link = cell.hyperlink;
      const text = link?.address ?? link?.documentReference ?? '';
      if (text !== '') asides.push({ row: top + r, column: left + c, kind: 'link', text });
    }),
  );
  return asides;
}
