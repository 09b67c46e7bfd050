import { rowOfA1, type A1 } from '../core/address';
import { cellText, EMPTY } from '../core/cell';
import type { Codebook, VariableKey } from '../core/codebook/types';
import type { WorkbookPort } from '../core/port/workbookPort';
import { caseWindowOf, windowRow, type CaseWindow, type CaseWindowRequest } from '../core/read/caseWindow';
import { readCodebookSheet } from '../core/read/readCodebook';
import { noCasesRefusal } from '../core/read/readWorkbook';
import { refuse } from '../core/refusals';
import { emptyRowTest, excelRowOf } from '../core/table/caseTable';
import { formFindings } from './caseForm';
import { caseValuesOf, toTableRow, type CaseValues } from './caseRows';
import { saveUnlessErrors, type SaveOutcome } from './saveOutcome';

/**
 * How many of the table's last rows a new case looks at for empty rows to fill before the table grows: a
 * new table has one, since an Excel table cannot be empty.
 */
const TRAILING_ROWS = 16;

/** A case opened in the form, with the codebook the form is built from (read in the same go). */
export interface OpenedCase {
  readonly values: CaseValues;
  readonly excelRow: number;
  readonly codebook: Codebook;
}

/** The part of the workbook an action on one case needs; read whole where the port cannot read part. */
export async function readWindow(port: WorkbookPort, request: CaseWindowRequest): Promise<CaseWindow> {
  const part = await port.readCaseWindow(request);
  if (part) return part;
  const values = await port.readValues();
  const whole = caseWindowOf(values, request);
  if (whole) return whole;
  throw noCasesRefusal(readCodebookSheet(values).codebook);
}

/**
 * The case form's actions: each reads only what it needs (the codebook, the table's header, the case's
 * row, whether its Ärende-ID is taken), so it costs the same at 10 and at 100,000 cases.
 */
export class CaseEntry {
  constructor(
    private readonly port: WorkbookPort,
    private readonly today: () => number,
  ) {}

  /** The workbook's own codebook, which the form is built from (the default where there is no Kodbok). */
  async formCodebook(): Promise<Codebook> {
    const part = await this.port.readCaseWindow({ rows: [], lastRows: 0 });
    return part?.codebook ?? readCodebookSheet(await this.port.readValues()).codebook;
  }

  /** One case row for the form to edit: its values, the Excel row the banner names, and the codebook. */
  async openCase(rowIndex: number): Promise<OpenedCase> {
    const window = await readWindow(this.port, { rows: [rowIndex], lastRows: 0 });
    const row = windowRow(window, rowIndex);
    if (!row) throw refuse.noCaseRow({ row: rowIndex + 1 });
    return {
      values: caseValuesOf(window.table, window.codebook, row),
      excelRow: excelRowOf(window.table, rowIndex),
      codebook: window.codebook,
    };
  }

  /** The case row holding a cell, or null when the cell is not in the case table. */
  async caseRowOf(selected: { readonly sheet: string; readonly cell: A1 } | null): Promise<number | null> {
    if (!selected) return null;
    const { table, rowCount } = await readWindow(this.port, { rows: [], lastRows: 0 });
    const index = rowOfA1(selected.cell) - table.headerRow - 1;
    const sameSheet = selected.sheet.toLowerCase() === table.sheetName.toLowerCase();
    return sameSheet && index >= 0 && index < rowCount ? index : null;
  }

  /**
   * Checks a case from the form and, if it has no error, appends it (rowIndex null) or replaces that row.
   * Returns the findings per variable; nothing is written while any is an error.
   */
  async saveCase(values: CaseValues, rowIndex: number | null): Promise<SaveOutcome<VariableKey>> {
    const id = cellText(values.caseId ?? EMPTY);
    const window = await readWindow(this.port, {
      rows: rowIndex === null ? [] : [rowIndex],
      lastRows: rowIndex === null ? TRAILING_ROWS : 0,
      ...(id === '' ? {} : { findId: { id, exceptRow: rowIndex } }),
    });
    const idTakenAt = window.idRow === null ? null : excelRowOf(window.table, window.idRow);
    const findings = formFindings(window.codebook, values, this.today(), idTakenAt);
    return saveUnlessErrors(findings, () =>
      rowIndex === null ? this.append(window, values) : this.replace(window, values, rowIndex),
    );
  }

  /** Into the first of the table's trailing empty rows, its own columns kept; below the table otherwise. */
  private async append(window: CaseWindow, values: CaseValues): Promise<void> {
    const isEmpty = emptyRowTest(window.table);
    let free = window.rowCount;
    for (let row = windowRow(window, free - 1); row && isEmpty(row); row = windowRow(window, free - 1))
      free--;
    const base = windowRow(window, free);
    const cells = toTableRow(window.table, window.codebook, values, base ?? []);
    if (base) await this.port.updateCaseRow(free, cells);
    else await this.port.appendCaseRows([cells]);
  }

  private async replace(window: CaseWindow, values: CaseValues, rowIndex: number): Promise<void> {
    const row = windowRow(window, rowIndex);
    if (!row) throw refuse.noCaseRow({ row: rowIndex + 1 });
    await this.port.updateCaseRow(rowIndex, toTableRow(window.table, window.codebook, values, row));
  }
}
