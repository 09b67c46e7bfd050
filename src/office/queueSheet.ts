import { a1, columnLetters, rangeA1, type CellRange } from '../core/address';
import type { CellValue } from '../core/cell';
import { isoFromSerial } from '../core/dates';
import type {
  ChartPlan,
  ColumnFormat,
  DataBarPlan,
  PlanCell,
  SheetPlan,
  TablePlan,
  ValidationPlan,
} from '../core/plan/types';
import type { Batch } from './batch';
import { toOffice } from './officeCells';
import { applyStyle, numberFormatOf } from './officeStyles';
import { pageHeaderSections, RENDERING } from '../core/plan/rendering';

/** Excel measures column widths in points; a plan in characters of the default font (8.43 chars = 48 pt). */
export const POINTS_PER_CHARACTER = 48 / 8.43;

/** Queues a whole sheet from its plan into `sheets`; syncs only when the batch grows past the request limit. */
export async function queueSheet(
  sheets: Excel.WorksheetCollection,
  plan: SheetPlan,
  batch: Batch,
): Promise<void> {
  const sheet = sheets.add(plan.name);
  plan.columnWidths.forEach((width, i) => {
    sheet.getRangeByIndexes(0, i, 1, 1).getEntireColumn().format.columnWidth = width * POINTS_PER_CHARACTER;
  });
  for (const column of plan.hiddenColumns ?? [])
    sheet.getRangeByIndexes(0, column - 1, 1, 1).getEntireColumn().columnHidden = true;
  for (const { row, height } of plan.rowHeights ?? [])
    sheet.getRangeByIndexes(row - 1, 0, 1, 1).getEntireRow().format.rowHeight = height;
  if (plan.table) await queueTable(sheet, plan.table, batch);
  for (const format of plan.columnFormats) await queueColumnFormat(sheet, format, batch);
  for (const cell of plan.cells) await batch.add(cellPayload(cell), () => queueCell(sheet, cell));
  for (const range of plan.merges)
    sheet.getRange(rangeA1(range.top, range.left, range.bottom, range.right)).merge(false);
  for (const validation of plan.validations) queueValidation(sheet, validation);
  queueFreeze(sheet, plan);
  if (plan.print) queuePrint(sheet, plan.print);
  for (const bar of plan.dataBars ?? []) queueDataBar(sheet, bar);
  for (const chart of plan.charts ?? []) queueChart(sheet, chart);
}

const address = (r: CellRange) => rangeA1(r.top, r.left, r.bottom, r.right);

function queueDataBar(sheet: Excel.Worksheet, bar: DataBarPlan): void {
  const format = sheet.getRange(address(bar.range)).conditionalFormats.add('DataBar');
  format.dataBar.lowerBoundRule = { type: 'Number', formula: '0' };
  format.dataBar.upperBoundRule = { type: 'Number', formula: '1' };
  format.dataBar.positiveFormat.fillColor = bar.color;
  format.dataBar.positiveFormat.gradientFill = false;
}

function queueChart(sheet: Excel.Worksheet, plan: ChartPlan): void {
  const [first, ...others] = plan.series;
  if (!first) return;
  const categories = sheet.getRange(address(plan.categories));
  const chart = sheet.charts.add('ColumnClustered', sheet.getRange(address(first.values)), 'Columns');
  chart.title.text = plan.title;
  // The series read hidden chart-data columns (a hidden figure is #N/A there: a gap, not a bar at zero).
  chart.plotVisibleOnly = false;
  const firstSeries = chart.series.getItemAt(0);
  firstSeries.name = first.name;
  firstSeries.format.fill.setSolidColor(first.color);
  firstSeries.setXAxisValues(categories);
  for (const other of others) {
    const series = chart.series.add(other.name);
    series.setValues(sheet.getRange(address(other.values)));
    series.format.fill.setSolidColor(other.color);
    series.setXAxisValues(categories);
  }
  chart.setPosition(a1(plan.position.top, plan.position.left), a1(plan.position.bottom, plan.position.right));
}

async function queueTable(sheet: Excel.Worksheet, table: TablePlan, batch: Batch): Promise<void> {
  const width = table.columns.length;
  const header = table.columns.map((name) => name);
  sheet.getRangeByIndexes(table.headerRow - 1, table.firstColumn - 1, 1, width).values = [header];
  await writeRows(sheet, table.headerRow + 1, table.firstColumn, table.rows, batch);
  const address = rangeA1(
    table.headerRow,
    table.firstColumn,
    table.headerRow + table.rows.length,
    table.firstColumn + width - 1,
  );
  const created = sheet.tables.add(address, true);
  created.name = table.name;
  created.style = RENDERING.tableStyle;
  const headerRange = sheet.getRangeByIndexes(table.headerRow - 1, table.firstColumn - 1, 1, width);
  headerRange.format.wrapText = true;
  headerRange.format.verticalAlignment = 'Top';
}

/** Writes rows in chunks that each stay well inside one request. */
export async function writeRows(
  sheet: Excel.Worksheet,
  top: number,
  left: number,
  rows: readonly (readonly CellValue[])[],
  batch: Batch,
): Promise<void> {
  if (rows.length === 0) return;
  const width = Math.max(...rows.slice(0, 1).map((r) => r.length));
  const chunk = batch.rowsPerWrite((rows[0] ?? []).map(toOffice));
  for (let start = 0; start < rows.length; start += chunk) {
    const values = rows
      .slice(start, start + chunk)
      .map((row) => Array.from({ length: width }, (_, c) => toOffice(row[c] ?? { kind: 'empty' })));
    await batch.add(values, () => {
      sheet.getRangeByIndexes(top - 1 + start, left - 1, values.length, width).values = values;
    });
  }
}

export async function queueColumnFormat(
  sheet: Excel.Worksheet,
  format: ColumnFormat,
  batch: Batch,
): Promise<void> {
  const code = numberFormatOf(format.style);
  if (!code) return;
  const total = format.toRow - format.fromRow + 1;
  const chunk = batch.rowsPerWrite([code]);
  for (let start = 0; start < total; start += chunk) {
    const formats = Array.from({ length: Math.min(chunk, total - start) }, () => [code]);
    await batch.add(formats, () => {
      sheet.getRangeByIndexes(format.fromRow - 1 + start, format.column - 1, formats.length, 1).numberFormat =
        formats;
    });
  }
}

function cellPayload(cell: PlanCell): unknown {
  return cell.content.kind === 'formula' ? cell.content.formula : cell.content.value;
}

function queueCell(sheet: Excel.Worksheet, cell: PlanCell): void {
  const range = sheet.getRange(a1(cell.row, cell.column));
  if (cell.content.kind === 'formula') range.formulas = [[`=${cell.content.formula}`]];
  else range.values = [[toOffice(cell.content.value)]];
  if (!cell.style) return;
  const code = numberFormatOf(cell.style);
  if (code) range.numberFormat = [[code]];
  applyStyle(range, cell.style);
}

export function queueValidation(sheet: Excel.Worksheet, validation: ValidationPlan): void {
  const { range, rule } = validation;
  const target = sheet.getRange(rangeA1(range.top, range.left, range.bottom, range.right)).dataValidation;
  target.clear();
  switch (rule.kind) {
    case 'list':
      target.rule = { list: { inCellDropDown: true, source: `=${rule.source}` } };
      break;
    case 'wholeNumber':
      target.rule = { wholeNumber: { operator: 'Between', formula1: rule.min, formula2: rule.max } };
      break;
    case 'decimal':
      target.rule = { decimal: { operator: 'Between', formula1: rule.min, formula2: rule.max } };
      break;
    case 'date':
      target.rule = {
        date: { operator: 'Between', formula1: dateFormula(rule.min), formula2: dateFormula(rule.max) },
      };
      break;
  }
  target.ignoreBlanks = true;
  target.prompt = { showPrompt: true, title: '', message: validation.prompt };
  target.errorAlert = {
    showAlert: true,
    style: 'Stop',
    title: RENDERING.validationErrorTitle,
    message: validation.error,
  };
}

/** A date serial as a formula Excel reads the same in every locale. */
function dateFormula(serial: number): string {
  const [year, month, day] = isoFromSerial(serial).split('-').map(Number);
  return `=DATE(${year},${month},${day})`;
}

function queueFreeze(sheet: Excel.Worksheet, plan: SheetPlan): void {
  const freeze = plan.freeze;
  if (!freeze || (freeze.rows === 0 && freeze.columns === 0)) return;
  if (freeze.columns === 0) sheet.freezePanes.freezeRows(freeze.rows);
  else if (freeze.rows === 0) sheet.freezePanes.freezeColumns(freeze.columns);
  else sheet.freezePanes.freezeAt(sheet.getRangeByIndexes(0, 0, freeze.rows, freeze.columns));
}

function queuePrint(sheet: Excel.Worksheet, print: NonNullable<SheetPlan['print']>): void {
  const layout = sheet.pageLayout;
  layout.orientation = print.landscape ? 'Landscape' : 'Portrait';
  layout.paperSize = 'A4';
  layout.zoom = { scale: print.scale };
  const header = pageHeaderSections(print.header);
  layout.headersFooters.defaultForAllPages.leftHeader = header.left;
  layout.headersFooters.defaultForAllPages.rightHeader = header.right;
  layout.headersFooters.defaultForAllPages.centerFooter = RENDERING.pageFooter;
  if (print.titleRows) layout.setPrintTitleRows(`$${print.titleRows.first}:$${print.titleRows.last}`);
  if (print.titleColumns) {
    const { first, last } = print.titleColumns;
    layout.setPrintTitleColumns(`$${columnLetters(first)}:$${columnLetters(last)}`);
  }
  if (print.areas && print.areas.length > 0)
    layout.setPrintArea(print.areas.map((a) => rangeA1(a.top, a.left, a.bottom, a.right)).join(','));
  for (const row of print.rowBreaks) sheet.horizontalPageBreaks.add(`A${row}`);
  for (const column of print.columnBreaks) sheet.verticalPageBreaks.add(`${columnLetters(column)}1`);
}
