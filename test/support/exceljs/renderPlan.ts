import { pageHeaderCodes, RENDERING } from '../../../src/core/plan/rendering';
import type { Workbook, Worksheet } from 'exceljs';
import { a1, rangeA1 } from '../../../src/core/address';
import type {
  ColumnFormat,
  DataBarPlan,
  PlanCell,
  SheetPlan,
  TablePlan,
  ValidationPlan,
  WorkbookPlan,
} from '../../../src/core/plan/types';
import { toExcel } from './cellValues';
import { excelStyle } from '../../../src/xlsx/styles';

export interface RenderOptions {
  /**
   * Write the core's figures as the formulas' cached results, so that a viewer which does not
   * recalculate still shows them. The LibreOffice suite turns this off, so only real recalculation counts.
   */
  readonly cachedResults: boolean;
}

/** Renders a whole plan into an empty exceljs workbook. */
export function renderWorkbook(workbook: Workbook, plan: WorkbookPlan, options: RenderOptions): void {
  for (const sheet of plan.sheets) renderSheet(workbook, sheet, options);
  workbook.calcProperties.fullCalcOnLoad = true;
}

/** Adds one sheet from its plan; the sheet must not exist yet. */
export function renderSheet(workbook: Workbook, plan: SheetPlan, options: RenderOptions): Worksheet {
  const sheet = workbook.addWorksheet(plan.name, {
    views: plan.freeze
      ? [{ state: 'frozen', xSplit: plan.freeze.columns, ySplit: plan.freeze.rows }]
      : [{ state: 'normal' }],
    pageSetup: plan.print
      ? {
          orientation: plan.print.landscape ? 'landscape' : 'portrait',
          paperSize: 9,
          scale: plan.print.scale,
        }
      : { paperSize: 9 },
    headerFooter: plan.print
      ? { oddHeader: pageHeaderCodes(plan.print.header), oddFooter: `&C${RENDERING.pageFooter}` }
      : {},
  });
  plan.columnWidths.forEach((width, i) => (sheet.getColumn(i + 1).width = width));
  for (const column of plan.hiddenColumns ?? []) sheet.getColumn(column).hidden = true;
  for (const { row, height } of plan.rowHeights ?? []) sheet.getRow(row).height = height;
  if (plan.table) renderTable(sheet, plan.table);
  for (const format of plan.columnFormats) applyColumnFormat(sheet, format);
  for (const cell of plan.cells) renderCell(sheet, cell, options);
  for (const range of plan.merges) sheet.mergeCells(range.top, range.left, range.bottom, range.right);
  for (const validation of plan.validations) addValidation(sheet, validation);
  for (const bar of plan.dataBars ?? []) addDataBar(sheet, bar);
  // exceljs cannot write charts: the plan's charts appear where Office.js renders it.
  return sheet;
}

/** Exactly the rows the plan names (a column style would also reach the header). */
export function applyColumnFormat(sheet: Worksheet, format: ColumnFormat): void {
  const style = excelStyle(format.style);
  for (let row = format.fromRow; row <= format.toRow; row++) sheet.getCell(row, format.column).style = style;
}

function renderTable(sheet: Worksheet, table: TablePlan): void {
  sheet.addTable({
    name: table.name,
    ref: a1(table.headerRow, table.firstColumn),
    headerRow: true,
    style: { theme: RENDERING.tableStyle, showRowStripes: true },
    columns: table.columns.map((name) => ({ name, filterButton: true })),
    rows: table.rows.map((row) => row.map(toExcel)),
  });
  const header = sheet.getRow(table.headerRow);
  header.alignment = { wrapText: true, vertical: 'top' };
  header.font = { bold: true };
}

function renderCell(sheet: Worksheet, planCell: PlanCell, options: RenderOptions): void {
  const cell = sheet.getCell(planCell.row, planCell.column);
  const { content } = planCell;
  if (content.kind === 'value') {
    cell.value = toExcel(content.value);
  } else {
    const result = options.cachedResults ? toExcel(content.expected) : null;
    const cached = result === null ? {} : { result };
    cell.value = content.array
      ? { formula: content.formula, shareType: 'array', ref: cell.address, ...cached }
      : { formula: content.formula, ...cached };
  }
  if (planCell.style) cell.style = excelStyle(planCell.style);
}

function addDataBar(sheet: Worksheet, bar: DataBarPlan): void {
  sheet.addConditionalFormatting({
    ref: rangeA1(bar.range.top, bar.range.left, bar.range.bottom, bar.range.right),
    rules: [
      {
        type: 'dataBar',
        priority: 1,
        gradient: false,
        cfvo: [
          { type: 'num', value: 0 },
          { type: 'num', value: 1 },
        ],
        color: { argb: `FF${bar.color.slice(1)}` },
      },
    ],
  });
}

export function addValidation(sheet: Worksheet, validation: ValidationPlan): void {
  const { range, rule } = validation;
  const common = {
    allowBlank: true,
    showInputMessage: true,
    prompt: validation.prompt,
    showErrorMessage: true,
    errorStyle: 'stop',
    errorTitle: RENDERING.validationErrorTitle,
    error: validation.error,
  } as const;
  const address = rangeA1(range.top, range.left, range.bottom, range.right);
  switch (rule.kind) {
    case 'list':
      sheet.dataValidations.add(address, { ...common, type: 'list', formulae: [rule.source] });
      return;
    case 'wholeNumber':
    case 'decimal':
    case 'date':
      sheet.dataValidations.add(address, {
        ...common,
        type: rule.kind === 'wholeNumber' ? 'whole' : rule.kind,
        operator: 'between',
        formulae: [rule.min, rule.max],
      });
      return;
  }
}
