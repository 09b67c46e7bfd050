import { cellText, foldCase, type CellValue } from '../cell';

/**
 * The key under which two case IDs are the same case: text trimmed and in any letter case, a number as it
 * reads (V-014 and v-014 are one case; 14 and "14" too). A blank or an error value is no ID. The check and
 * the case form both use it, so they never disagree.
 */
export function caseIdKey(cell: CellValue | undefined): string | null {
  const key = foldCase(cellText(cell));
  return key === '' ? null : key;
}
