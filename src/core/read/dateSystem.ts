import { num } from '../cell';
import { locateCaseTable } from '../table/locateCaseTable';
import type { WorkbookValues } from '../table/workbookValues';
import { readCodebook } from './readCodebook';

/**
 * Days between the two date systems Excel knows: 1 January 1904 (old Mac workbooks, `date1904` in
 * workbook.xml) is serial 0 there and 1462 in the 1900 system the core counts in.
 */
export const DAYS_FROM_1900_TO_1904 = 1462;

/** Where the case table's dates stand: its sheet, header row and the date variables' columns. */
export interface CaseDateCells {
  readonly sheet: string;
  readonly headerRow: number;
  readonly columns: ReadonlySet<number>;
}

/** The case cells that hold dates, by the workbook's codebook (its date variables). */
export function caseDateCells(values: WorkbookValues): CaseDateCells | null {
  const codebook = readCodebook(values);
  const table = locateCaseTable(values, codebook);
  if (!table) return null;
  const columns = codebook.variables.flatMap((v) => {
    const column = table.columnOf[v.key];
    return v.type === 'date' && column !== undefined ? [column] : [];
  });
  return { sheet: table.sheetName, headerRow: table.headerRow, columns: new Set(columns) };
}

/**
 * The values of a 1904-system workbook as the core counts them (1900 system): every number in a case
 * date cell `days` later. Files in the 1900 system, and every other cell, are returned as they are.
 */
export function inCoreDates(
  values: WorkbookValues,
  dates: CaseDateCells | null,
  days: number,
): WorkbookValues {
  if (!dates || days === 0) return values;
  return {
    ...values,
    sheets: values.sheets.map((sheet) =>
      sheet.name !== dates.sheet
        ? sheet
        : {
            ...sheet,
            rows: sheet.rows.map((row, r) =>
              r + 1 <= dates.headerRow
                ? row
                : row.map((cell, c) =>
                    cell.kind === 'number' && dates.columns.has(c + 1) ? num(cell.value + days) : cell,
                  ),
            ),
          },
    ),
  };
}
