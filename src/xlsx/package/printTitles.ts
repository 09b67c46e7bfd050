import { columnLetters } from '../../core/address';
import { sheetRef } from '../../core/plan/formulaText';
import type { PrintPlan } from '../../core/plan/types';
import type { OpcPackage } from './opcPackage';
import { appendInto } from './indexParts';
import {
  applySplices,
  child,
  childrenNamed,
  escapeXml,
  parseXml,
  withPrefix,
  prefixOfTag,
  type Splice,
} from './xmlTree';

const PRINT_TITLES = '_xlnm.Print_Titles';
/** CT_Workbook's children that stand before definedNames, last first: a new list goes right after them. */
const BEFORE_DEFINED_NAMES = ['externalReferences', 'functionGroups', 'sheets'];

/**
 * The rows and columns a sheet repeats on every printed page. The format keeps them in the workbook, as
 * the defined name `_xlnm.Print_Titles` local to the sheet (by its position among the sheets); an old one
 * of that sheet is replaced, every other defined name is left as it was.
 */
export function setPrintTitles(
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
  const stale = (names ? childrenNamed(names, 'definedName') : []).filter(
    (n) =>
      (n.attrs['name'] ?? '').toLowerCase() === PRINT_TITLES.toLowerCase() &&
      n.attrs['localSheetId'] === String(index),
  );
  const splices: Splice[] = stale.map((n) => ({ start: n.start, end: n.end, text: '' }));
  const titles = titlesReference(sheet, print);
  if (titles !== null) {
    const item = `<definedName name="${PRINT_TITLES}" localSheetId="${index}">${escapeXml(titles)}</definedName>`;
    if (names) splices.push(appendInto(xml, names, item));
    else {
      const after = BEFORE_DEFINED_NAMES.map((n) => child(root, n)).find((e) => e !== undefined);
      if (!after) return;
      const list = withPrefix(`<definedNames>${item}</definedNames>`, prefixOfTag(xml, after));
      splices.push({ start: after.end, end: after.end, text: list });
    }
  } else if (names && stale.length === childrenNamed(names, 'definedName').length) {
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
