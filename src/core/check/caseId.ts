import { cellText, foldCase, type CellValue } from '../cell';

/**
 * The key under which two case IDs are the same case: text trimmed and in any letter case, a number as it
 * reads (V-014 and v-014 are one case; 14 and "14" too). A blank or an error value is no ID. The check
 * uses it; the case form asks Excel's MATCH (`holdsId` in read/caseWindow.ts), which agrees except that it
 * takes " V-014" with its spaces as another ID: the check finds that one, and offers to trim it.
 */
export function caseIdKey(cell: CellValue | undefined): string | null {
  const key = foldCase(cellText(cell));
  return key === '' ? null : key;
}
