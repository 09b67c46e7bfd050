import { absoluteA1, columnLetters, sheetRef } from '../../core/address';
import type { PrintPlan } from '../../core/plan/types';
import type { OpcPackage } from './opcPackage';
import { appendInto } from './indexParts';
import {
  applySplices,
  child,
  childrenNamed,
  escapeXml,
  parseXml,
  prefixOfTag,
  withPrefix,
  type Splice,
} from './xmlTree';

const PRINT_TITLES = '_xlnm.Print_Titles';
const PRINT_AREA = '_xlnm.Print_Area';
/** CT_Workbook's children that stand before definedNames, last first: a new list goes right after them. */
const BEFORE_DEFINED_NAMES = ['externalReferences', 'functionGroups', 'sheets'];

/**
 * The rows and columns a sheet repeats on every printed page, and the areas it prints. The format keeps
 * them in the workbook, as the defined names `_xlnm.Print_Titles` and `_xlnm.Print_Area` local to the sheet
 * (by its position among the sheets); old ones of that sheet are replaced, every other defined name is
 * left as it was.
 */
export function setPrintNames(
  pkg: OpcPackage,
  workbook: string,
  sheet: string,
  print: PrintPlan | undefined,
): void {
  const xml = pkg.text(workbook);
  if (xml === null) return;
  const root = parseXml(xml);
  const sheets = child(root, 'sheets');
  const index = sheets
    ? childrenNamed(sheets, 'sheet').findIndex(
        (s) => (s.attrs['name'] ?? '').toLowerCase() === sheet.toLowerCase(),
      )
    : -1;
  if (index < 0) return;
  const names = child(root, 'definedNames');
  const ours = [PRINT_TITLES, PRINT_AREA].map((n) => n.toLowerCase());
  const stale = (names ? childrenNamed(names, 'definedName') : []).filter(
    (n) => ours.includes((n.attrs['name'] ?? '').toLowerCase()) && n.attrs['localSheetId'] === String(index),
  );
  const splices: Splice[] = stale.map((n) => ({ start: n.start, end: n.end, text: '' }));
  const items = [
    [PRINT_TITLES, titlesReference(sheet, print)],
    [PRINT_AREA, areasReference(sheet, print)],
  ]
    .filter((pair): pair is [string, string] => pair[1] !== null)
    .map(
      ([name, value]) =>
        `<definedName name="${name}" localSheetId="${index}">${escapeXml(value)}</definedName>`,
    )
    .join('');
  if (items !== '') {
    if (names) splices.push(appendInto(xml, names, items));
    else {
      const after = BEFORE_DEFINED_NAMES.map((n) => child(root, n)).find((e) => e !== undefined);
      if (!after) return;
      const list = withPrefix(`<definedNames>${items}</definedNames>`, prefixOfTag(xml, after));
      splices.push({ start: after.end, end: after.end, text: list });
    }
  } else if (names && stale.length === childrenNamed(names, 'definedName').length && stale.length > 0) {
    // The list held nothing but these: an empty definedNames is not allowed.
    splices.length = 0;
    splices.push({ start: names.start, end: names.end, text: '' });
  }
  if (splices.length > 0) pkg.setText(workbook, applySplices(xml, splices));
}

/** `'Resultat'!$A:$B,'Resultat'!$1:$2`, or null when the plan repeats nothing. */
function titlesReference(sheet: string, print: PrintPlan | undefined): string | null {
  const parts = [
    print?.titleColumns
      ? sheetRef(
          sheet,
          `$${columnLetters(print.titleColumns.first)}:$${columnLetters(print.titleColumns.last)}`,
        )
      : null,
    print?.titleRows ? sheetRef(sheet, `$${print.titleRows.first}:$${print.titleRows.last}`) : null,
  ].filter((p): p is string => p !== null);
  return parts.length === 0 ? null : parts.join(',');
}

/** `'Resultat'!$A$1:$AD$120,'Resultat'!$A$123:$I$200`, or null when the whole sheet prints. */
function areasReference(sheet: string, print: PrintPlan | undefined): string | null {
  const areas = print?.areas ?? [];
  if (areas.length === 0) return null;
  return areas
    .map((a) => sheetRef(sheet, `${absoluteA1(a.top, a.left)}:${absoluteA1(a.bottom, a.right)}`))
    .join(',');
}
