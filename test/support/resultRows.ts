import type ExcelJS from 'exceljs';
import type { CellValue } from '../../src/core/cell';
import { FIGURES } from '../../src/core/figures/figureRegistry';
import { FIRST_FIGURE_COLUMN } from '../../src/core/plan/resultsLayout';
import { fromExcelCell } from './exceljs/cellValues';

/** The shown figures of one group row of a result sheet, by column header. */
export type ShownRow = Map<string, CellValue>;

/**
 * Reads a result sheet as a reader does: under each section title, the group rows by their labels.
 * Keys are "title|label|sublabel".
 */
export function readResultRows(sheet: ExcelJS.Worksheet, titles: readonly string[]): Map<string, ShownRow> {
  const rows = new Map<string, ShownRow>();
  let section: string | null = null;
  // Each figure's column, by the header a reader sees over it (never by the registry's order).
  let columns = new Map<string, number>();
  for (let r = 1; r <= sheet.rowCount; r++) {
    const first = fromExcelCell(sheet.getCell(r, 1));
    const label = first.kind === 'text' ? first.text : '';
    if (titles.includes(label)) {
      section = label;
      r++; // the column header row
      columns = new Map();
      for (let c = FIRST_FIGURE_COLUMN; c <= sheet.columnCount; c++) {
        const header = fromExcelCell(sheet.getCell(r, c));
        if (header.kind === 'text') columns.set(header.text, c);
      }
      continue;
    }
    if (section === null || label === '') {
      section = null;
      continue;
    }
    const sub = fromExcelCell(sheet.getCell(r, 2));
    const shown: ShownRow = new Map();
    for (const figure of FIGURES) {
      const column = columns.get(figure.header);
      if (column !== undefined) shown.set(figure.header, fromExcelCell(sheet.getCell(r, column)));
    }
    rows.set(`${section}|${label}|${sub.kind === 'text' ? sub.text : ''}`, shown);
  }
  return rows;
}
