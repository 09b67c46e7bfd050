import { foldCase, type CellValue } from '../cell';
import { DEFAULT_CODEBOOK } from '../codebook/defaultCodebook';
import { roleFromName } from '../codebook/roles';
import type { Codebook, ValueOption, Variable } from '../codebook/types';
import { CODEBOOK_SHEET_NAME, isListVariable, LIST_ROWS, ROLE_HEADER } from '../plan/codebookSheet';
import { findSheet, valueAt, type SheetValues, type WorkbookValues } from '../table/workbookValues';

/**
 * The codebook as the workbook's Kodbok sheet has it: each list variable's labels and roles, found by the
 * variable's name in the header row, wherever the team moved the column. Without a Kodbok sheet, or for a
 * list not found there, the default stands.
 */
export function readCodebook(workbook: WorkbookValues, base: Codebook = DEFAULT_CODEBOOK): Codebook {
  const sheet = findSheet(workbook, CODEBOOK_SHEET_NAME);
  if (!sheet) return base;
  const header = findHeader(sheet);
  if (!header) return base;
  return {
    variables: base.variables.map((v) => (isListVariable(v) ? withSheetValues(v, sheet, header) : v)),
  };
}

interface Header {
  readonly row: number;
  readonly columns: ReadonlyMap<string, number>;
}

function findHeader(sheet: SheetValues): Header | null {
  for (let r = 1; r <= Math.min(sheet.rows.length, 20); r++) {
    const row = sheet.rows[r - 1] ?? [];
    if (cellText(row[0]).toLowerCase() !== 'variabel') continue;
    const columns = new Map<string, number>();
    row.forEach((cell, i) => {
      const name = foldCase(cellText(cell));
      if (i > 0 && name !== '' && !columns.has(name)) columns.set(name, i + 1);
    });
    return { row: r, columns };
  }
  return null;
}

function withSheetValues(variable: Variable, sheet: SheetValues, header: Header): Variable {
  const column = header.columns.get(foldCase(variable.name));
  if (column === undefined) return variable;
  const hasRoles = foldCase(cellText(valueAt(sheet, header.row, column + 1))) === foldCase(ROLE_HEADER);
  const values: ValueOption[] = [];
  const seen = new Set<string>();
  for (let r = header.row + 1; r <= header.row + LIST_ROWS; r++) {
    const label = cellText(valueAt(sheet, r, column));
    if (label === '' || seen.has(foldCase(label))) continue;
    seen.add(foldCase(label));
    const role = hasRoles ? roleFromName(cellText(valueAt(sheet, r, column + 1))) : null;
    values.push({ label, role });
  }
  return values.length > 0 ? { ...variable, values } : variable;
}

function cellText(cell: CellValue | undefined): string {
  if (!cell) return '';
  if (cell.kind === 'text') return cell.text.trim();
  return cell.kind === 'number' ? String(cell.value) : '';
}
