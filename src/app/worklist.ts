import { parseA1, type A1 } from '../core/address';
import { cellText, type CellValue } from '../core/cell';
import type { Problem } from '../core/table/problem';
import type { VariableKey } from '../core/codebook/types';
import { readCases } from '../core/read/readWorkbook';
import { cellOf, excelRowOf } from '../core/table/caseTable';
import { findSheet, valueAt, type WorkbookValues } from '../core/table/workbookValues';

/** One problem in the worklist: the variable it is about, and how many problems share its slip and fix. */
export interface WorkItem {
  readonly problem: Problem;
  readonly variable: VariableKey | null;
  /** Problems (this one among them) with the same code, the same value and the same fix. */
  readonly alike: readonly Problem[];
}

/** The problems of one case (its Ärende-ID and row), or of one sheet outside the case table. */
export interface WorkGroup {
  /** "FIKTIV-V-003, rad 5"; a sheet's name for problems outside the cases. */
  readonly title: string;
  /** The case's row in the table (0 = the first under the header), null outside it. */
  readonly rowIndex: number | null;
  readonly errors: number;
  readonly items: readonly WorkItem[];
}

/**
 * The check as a worklist: problems grouped by case, the groups with errors first and then in row order,
 * errors first within a group. Each item knows its variable (for "Öppna ärendet") and its alike problems
 * (for "Rätta alla likadana").
 */
export function worklist(values: WorkbookValues, problems: readonly Problem[]): WorkGroup[] {
  const { table, codebook } = readCases(values);
  const keyOfColumn = new Map<number, VariableKey>();
  for (const v of codebook.variables) {
    const column = table.columnOf[v.key];
    if (column !== undefined) keyOfColumn.set(column, v.key);
  }
  const valueOf = (p: Problem) => {
    const sheet = findSheet(values, p.sheet);
    const at = parseA1(p.cell);
    return sheet && at ? valueAt(sheet, at.row, at.column) : null;
  };
  const alike = alikeGroups(problems, valueOf);
  const groups = new Map<string, { title: string; rowIndex: number | null; problems: Problem[] }>();
  for (const p of problems) {
    const at = parseA1(p.cell);
    const rowIndex =
      p.sheet === table.sheetName && at && at.row > table.headerRow ? at.row - table.headerRow - 1 : null;
    const key = rowIndex === null ? `sheet:${p.sheet}` : `row:${rowIndex}`;
    const group = groups.get(key) ?? {
      title:
        rowIndex === null
          ? p.sheet
          : caseTitle(cellText(cellOf(table, rowIndex, 'caseId')), excelRowOf(table, rowIndex)),
      rowIndex,
      problems: [],
    };
    group.problems.push(p);
    groups.set(key, group);
  }
  return [...groups.values()]
    .map((g) => {
      const ordered = [...g.problems.filter(isError), ...g.problems.filter((p) => !isError(p))];
      return {
        title: g.title,
        rowIndex: g.rowIndex,
        errors: ordered.filter(isError).length,
        items: ordered.map((problem) => {
          const at = parseA1(problem.cell);
          const variable = g.rowIndex !== null && at ? (keyOfColumn.get(at.column) ?? null) : null;
          return { problem, variable, alike: alike.get(problem) ?? [problem] };
        }),
      };
    })
    .sort((a, b) => Number(b.errors > 0) - Number(a.errors > 0) || order(a) - order(b));
}

const isError = (p: Problem) => p.severity === 'error';
const order = (g: { rowIndex: number | null }) => g.rowIndex ?? -1;
const caseTitle = (id: string, row: number) => `${id === '' ? '(utan Ärende-ID)' : id}, rad ${row}`;

/** Problems with a fix, grouped by code, the value they are about and the fix: one slip on many rows. */
function alikeGroups(
  problems: readonly Problem[],
  valueOf: (p: Problem) => CellValue | null,
): Map<Problem, readonly Problem[]> {
  const byKey = new Map<string, Problem[]>();
  for (const p of problems) {
    if (!p.fix) continue;
    const key = JSON.stringify([p.code, valueOf(p), p.fix]);
    byKey.set(key, [...(byKey.get(key) ?? []), p]);
  }
  const result = new Map<Problem, readonly Problem[]>();
  for (const list of byKey.values()) for (const p of list) result.set(p, list);
  return result;
}

/** One cell a fix changed: what it held and what it holds, for the list and for an undo. */
export interface FixChange {
  readonly sheet: string;
  readonly cell: A1;
  readonly before: CellValue;
  readonly after: CellValue;
}
