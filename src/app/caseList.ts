import { a1, rowOfA1, type A1 } from '../core/address';
import { EMPTY, type CellValue } from '../core/cell';
import type { Codebook, Variable, VariableKey } from '../core/codebook/types';
import { isoFromSerial, isPlausibleSerial } from '../core/dates';
import { readCases } from '../core/read/readWorkbook';
import { emptyRowTest, excelRowOf, type CaseTable } from '../core/table/caseTable';
import type { WorkbookValues } from '../core/table/workbookValues';

/** One case as a line of the case list: a few variables, shown as a person reads them. */
export interface CaseLine {
  readonly rowIndex: number;
  readonly excelRow: number;
  /** The cell the line stands for (the row's first cell), for selecting it. */
  readonly cell: A1;
  readonly shown: readonly string[];
}

export interface CaseList {
  readonly sheet: string;
  readonly headers: readonly string[];
  readonly lines: readonly CaseLine[];
}

/** One cell of a case row, for showing the whole row beside a problem. */
export interface CaseField {
  readonly header: string;
  readonly cell: A1;
  readonly shown: string;
}

/** The variables the case list shows: enough to recognise a case, few enough for a narrow pane. */
const LISTED: readonly VariableKey[] = ['caseId', 'unit', 'gender', 'age', 'actualisedOn', 'situation'];

/** The cases of the follow-up, empty rows left out. */
export function listCases(values: WorkbookValues): CaseList {
  const { table, codebook } = readCases(values);
  const listed = LISTED.flatMap((key) => {
    const variable = codebook.variables.find((v) => v.key === key);
    const column = table.columnOf[key];
    return variable && column !== undefined ? [{ variable, column }] : [];
  });
  const isEmpty = emptyRowTest(table);
  const lines = table.rows.flatMap((row, rowIndex) =>
    isEmpty(row)
      ? []
      : [
          {
            rowIndex,
            excelRow: excelRowOf(table, rowIndex),
            cell: a1(excelRowOf(table, rowIndex), table.firstColumn),
            shown: listed.map(({ variable, column }) =>
              shownValue(variable, row[column - table.firstColumn] ?? EMPTY),
            ),
          },
        ],
  );
  return { sheet: table.sheetName, headers: listed.map(({ variable }) => variable.name), lines };
}

/** Every cell of the case row holding `cell`, or null when the cell is not in the case table. */
export function caseRowAt(values: WorkbookValues, sheet: string, cell: A1): CaseField[] | null {
  const { table, codebook } = readCases(values);
  const excelRow = rowOfA1(cell);
  const rowIndex = excelRow - table.headerRow - 1;
  if (sheet !== table.sheetName || rowIndex < 0 || rowIndex >= table.rows.length) return null;
  const row = table.rows[rowIndex] ?? [];
  return table.headers.map((header, i) => ({
    header,
    cell: a1(excelRow, table.firstColumn + i),
    shown: shownValue(variableAt(table, codebook, table.firstColumn + i), row[i] ?? EMPTY),
  }));
}

function variableAt(table: CaseTable, codebook: Codebook, column: number): Variable | undefined {
  return codebook.variables.find((v) => table.columnOf[v.key] === column);
}

/** A cell as the sheet shows it: dates in date columns as dates, text as typed. */
export function shownValue(variable: Variable | undefined, cell: CellValue): string {
  switch (cell.kind) {
    case 'empty':
      return '';
    case 'text':
      return cell.text;
    case 'number':
      return variable?.type === 'date' && isPlausibleSerial(cell.value)
        ? isoFromSerial(cell.value)
        : String(cell.value);
    case 'boolean':
      return cell.value ? 'SANT' : 'FALSKT';
    case 'error':
      return cell.code;
  }
}
