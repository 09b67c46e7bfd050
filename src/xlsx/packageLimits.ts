import { FILE_LIMITS } from '../core/inputLimits';
import { refuse } from '../core/refusals';
import { zipDirectory } from './zipDirectory';

/**
 * How much of a workbook file the tool will hold, checked from the zip's central directory before a byte
 * is unpacked: the command line and the web page's worker call the same guard, so a zip bomb (a small
 * file that unpacks to gigabytes) is refused in milliseconds on both. The unpacking itself is bounded
 * too (`OpcPackage.bytes`): a part that unpacks to more than its directory said is damaged, not followed.
 */
export const PACKAGE_LIMITS = {
  /**
   * Every worksheet, unpacked. The reader holds the sheet's text and about 100 bytes per cell; this (some
   * 150,000 cases; 100,000 unpack to about 62 MB) stays well within Node's heap and a browser tab's.
   */
  worksheetBytes: 120e6,
  /** Any other single part (shared strings, styles, drawings…). */
  partBytes: 120e6,
  /** All parts together. */
  totalBytes: 300e6,
  /** Parts in the package (Excel's own workbooks have tens). */
  parts: 20_000,
} as const;

const isWorksheet = (name: string) => /^\/?xl\/worksheets\/[^/]+\.xml$/i.test(name);
const megabytes = (bytes: number) => (Number.isFinite(bytes) ? Math.ceil(bytes / 1e6) : 4300);
const limitMb = (bytes: number) => Math.round(bytes / 1e6);

/**
 * Refuses a workbook file over any of the limits, or one with two parts whose names differ only in letter
 * case (Excel and LibreOffice read one of them and this tool would read the other, so what the check
 * sees would not be what a user sees). Bytes that are no zip pass: the opener says what they are.
 */
export function guardPackage(bytes: Uint8Array, path: string): void {
  if (bytes.length > FILE_LIMITS.workbookBytes)
    throw refuse.fileTooLarge({
      path,
      megabytes: megabytes(bytes.length),
      limit: limitMb(FILE_LIMITS.workbookBytes),
    });
  const entries = zipDirectory(bytes);
  if (entries === null) return;
  if (entries.length > PACKAGE_LIMITS.parts)
    throw refuse.tooManyParts({ path, parts: entries.length, limit: PACKAGE_LIMITS.parts });
  const seen = new Set<string>();
  for (const { name } of entries) {
    const key = name.replace(/^\/+/, '').toLowerCase();
    if (seen.has(key)) throw refuse.partTwice({ path, part: name.replace(/^\/+/, '') });
    seen.add(key);
  }
  const sheets = entries.filter((e) => isWorksheet(e.name)).reduce((n, e) => n + e.size, 0);
  if (sheets > PACKAGE_LIMITS.worksheetBytes)
    throw refuse.workbookTooLarge({
      path,
      megabytes: megabytes(sheets),
      limit: limitMb(PACKAGE_LIMITS.worksheetBytes),
    });
  const largest = entries.filter((e) => !isWorksheet(e.name)).sort((a, b) => b.size - a.size)[0];
  if (largest && largest.size > PACKAGE_LIMITS.partBytes)
    throw refuse.partTooLarge({
      path,
      part: largest.name.replace(/^\/+/, ''),
      megabytes: megabytes(largest.size),
      limit: limitMb(PACKAGE_LIMITS.partBytes),
    });
  const total = entries.reduce((n, e) => n + e.size, 0);
  if (total > PACKAGE_LIMITS.totalBytes)
    throw refuse.packageTooLarge({
      path,
      megabytes: megabytes(total),
      limit: limitMb(PACKAGE_LIMITS.totalBytes),
    });
}
