import { cellText, foldCase, type CellValue } from '../cell';
import type { Codebook } from '../codebook/types';
import { cellOfRow, type CaseTable, type CaseTableFrame } from '../table/caseTable';
import type { WorkbookValues } from '../table/workbookValues';
import { locateCaseTable } from '../table/locateCaseTable';
import { readCodebookSheet } from './readCodebook';

/**
 * What an action on one case reads instead of the whole workbook (issue 13): the codebook, where the case
 * table stands, a few of its rows, and whether an Ärende-ID is already taken. Saving, editing or removing
 * one case then costs the same at 10 and at 100,000 cases.
 */
export interface CaseWindowRequest {
  /** Case rows to read whole, every column (0 = the first row under the header). */
  readonly rows: readonly number[];
  /** How many of the table's last rows to read too: where its trailing empty rows begin. */
  readonly lastRows: number;
  /** An Ärende-ID to look for down the ID column, in every row but `exceptRow` (the case being edited). */
  readonly findId?: { readonly id: string; readonly exceptRow: number | null };
}

export interface CaseWindowRow {
  readonly index: number;
  /** The row's cells in the table's column order, the team's own columns too. */
  readonly cells: readonly CellValue[];
}

export interface CaseWindow {
  readonly codebook: Codebook;
  readonly table: CaseTableFrame;
  /** The table's rows, empty ones included. */
  readonly rowCount: number;
  /** The rows asked for and the last rows, in row order; a row past the table's end is left out. */
  readonly rows: readonly CaseWindowRow[];
  /** The first row but `exceptRow` that holds the ID looked for; null when none does or none was asked. */
  readonly idRow: number | null;
}

/**
 * Whether a cell holds the ID as Excel's MATCH finds it: the whole cell, in any letter case, a number also
 * where the ID reads as that number. The Office.js port asks Excel itself, and every other port answers by
 * this rule, so all say the same. Spaces around a stored ID count; the check (which reads every row) also
 * finds " V-014" beside "V-014", and offers to trim it.
 */
export function holdsId(cell: CellValue | undefined, id: string): boolean {
  return id !== '' && foldCase(cellText(cell, { trim: false })) === foldCase(id);
}

/**
 * Whether Excel's MATCH can look for the ID as it is: MATCH reads * ? ~ as a pattern and refuses text over
 * 255 characters. Another ID is looked for by reading the whole column instead.
 */
export function matchable(id: string): boolean {
  return !/[*?~]/.test(id) && id.length <= 255;
}

/**
 * The window from a workbook read whole: the ports that hold their file in memory, and the fallback where
 * a port cannot read part. Null when the workbook has no case table.
 */
export function caseWindowOf(values: WorkbookValues, request: CaseWindowRequest): CaseWindow | null {
  const { codebook } = readCodebookSheet(values);
  const table = locateCaseTable(values, codebook);
  if (!table) return null;
  const { rows, ...frame } = table;
  return {
    codebook,
    table: frame,
    rowCount: rows.length,
    rows: rowsWanted(request, rows.length).map((index) => ({ index, cells: rows[index] ?? [] })),
    idRow: idRowIn(table, request.findId),
  };
}

/** The rows asked for and the last ones, each once, inside the table and in order. */
export function rowsWanted(request: CaseWindowRequest, rowCount: number): number[] {
  const wanted = new Set(request.rows);
  for (let i = Math.max(0, rowCount - request.lastRows); i < rowCount; i++) wanted.add(i);
  return [...wanted].filter((i) => i >= 0 && i < rowCount).sort((a, b) => a - b);
}

/** The first row but the excepted one whose ID cell holds the ID. */
function idRowIn(table: CaseTable, find: CaseWindowRequest['findId']): number | null {
  if (!find) return null;
  const index = table.rows.findIndex(
    (row, i) => i !== find.exceptRow && holdsId(cellOfRow(table, row, 'caseId'), find.id),
  );
  return index < 0 ? null : index;
}

/** One row of the window, or null when it was not read (or is past the table's end). */
export function windowRow(window: CaseWindow, index: number): readonly CellValue[] | null {
  return window.rows.find((row) => row.index === index)?.cells ?? null;
}
