import type { A1 } from '../address';
import { a1 } from '../address';
import type { CaseTable } from './caseTable';
import { findSheet, type WorkbookValues } from './workbookValues';

/**
 * The case cells holding a formula with no calculated value: what openpyxl and other scripts write (`=30+0*ROW()`),
 * leaving the calculation to Excel. The tool calculates no formulas, so such a cell would read as blank and
 * the check and figures would be wrong without a word; they are reported instead, at their cells. (Excel
 * and LibreOffice always save a formula's value, so a file they saved has none.)
 */
export function uncalculatedFormulas(workbook: WorkbookValues, table: CaseTable): A1[] {
  const sheet = findSheet(workbook, table.sheetName);
  const last = table.headerRow + table.rows.length;
  const right = table.firstColumn + table.headers.length - 1;
  return (sheet?.asides ?? [])
    .filter(
      (a) =>
        a.kind === 'formula' &&
        a.row > table.headerRow &&
        a.row <= last &&
        a.column >= table.firstColumn &&
        a.column <= right &&
        (sheet?.rows[a.row - 1]?.[a.column - 1] ?? { kind: 'empty' }).kind === 'empty',
    )
    .map((a) => a1(a.row, a.column));
}

export const UNCALCULATED_MESSAGE =
  'Cellen har en formel utan beräknat värde (som skript och vissa program sparar dem), och verktyget räknar inte om formler: öppna arbetsboken i Excel och spara den, så får formeln sitt värde.';
