import { a1, rangeA1, type CellRange } from '../../core/address';
import type { CellValue } from '../../core/cell';
import { pageHeaderCodes, RENDERING } from '../../core/plan/rendering';
import type { PlanCell, SheetPlan, StyleName, ValidationPlan } from '../../core/plan/types';
import { escapeXml } from './xmlTree';

export const MAIN_NS = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
export const RELATIONSHIPS_NS = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';

export interface SheetXmlOptions {
  /** Each plan style's cell-format index in styles.xml. */
  readonly styles: ReadonlyMap<StyleName, number>;
  /** Write the core's figures as the formulas' cached results (off in the LibreOffice suite). */
  readonly cachedResults: boolean;
  /** Relationship ids of the sheet's drawing and tables, when it has them. */
  readonly drawingId?: string;
  readonly tableIds: readonly string[];
}

/**
 * A worksheet part from a sheet plan, its elements in the order the schema (CT_Worksheet) requires.
 * Text is written inline (`inlineStr`), so the workbook's shared strings are never touched.
 */
export function sheetXml(plan: SheetPlan, options: SheetXmlOptions): string {
  const cells = cellsByRow(plan, options);
  const parts = [
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n`,
    `<worksheet xmlns="${MAIN_NS}" xmlns:r="${RELATIONSHIPS_NS}">`,
    `<dimension ref="${dimension(plan)}"/>`,
    `<sheetViews>${sheetView(plan)}</sheetViews>`,
    '<sheetFormatPr defaultRowHeight="15"/>',
    columns(plan.columnWidths, new Set(plan.hiddenColumns ?? [])),
    `<sheetData>${cells}</sheetData>`,
    listOf(
      'mergeCells',
      plan.merges.map((m) => `<mergeCell ref="${ref(m)}"/>`),
    ),
    (plan.dataBars ?? []).map((bar, i) => dataBar(ref(bar.range), bar.color, i + 1)).join(''),
    listOf('dataValidations', plan.validations.map(validationXml)),
    '<pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/>',
    pageSetup(plan),
    plan.print
      ? `<headerFooter><oddHeader>${escapeXml(pageHeaderCodes(plan.print.header))}</oddHeader><oddFooter>${escapeXml(`&C${RENDERING.pageFooter}`)}</oddFooter></headerFooter>`
      : '',
    breaks('rowBreaks', plan.print?.rowBreaks ?? [], MAX_COLUMN_INDEX),
    breaks('colBreaks', plan.print?.columnBreaks ?? [], MAX_ROW_INDEX),
    options.drawingId ? `<drawing r:id="${options.drawingId}"/>` : '',
    options.tableIds.length > 0
      ? `<tableParts count="${options.tableIds.length}">${options.tableIds.map((id) => `<tablePart r:id="${id}"/>`).join('')}</tableParts>`
      : '',
    '</worksheet>',
  ];
  return parts.join('');
}

const ref = (r: CellRange) =>
  r.top === r.bottom && r.left === r.right ? a1(r.top, r.left) : rangeA1(r.top, r.left, r.bottom, r.right);

function listOf(name: string, items: readonly string[]): string {
  return items.length === 0 ? '' : `<${name} count="${items.length}">${items.join('')}</${name}>`;
}

function dimension(plan: SheetPlan): string {
  let bottom = 1;
  let right = 1;
  for (const cell of allCells(plan)) {
    bottom = Math.max(bottom, cell.row);
    right = Math.max(right, cell.column);
  }
  return bottom === 1 && right === 1 ? 'A1' : rangeA1(1, 1, bottom, right);
}

function sheetView(plan: SheetPlan): string {
  const freeze = plan.freeze;
  if (!freeze || (freeze.rows === 0 && freeze.columns === 0)) return '<sheetView workbookViewId="0"/>';
  const split = [
    freeze.columns > 0 ? ` xSplit="${freeze.columns}"` : '',
    freeze.rows > 0 ? ` ySplit="${freeze.rows}"` : '',
  ].join('');
  const pane =
    freeze.rows > 0 && freeze.columns > 0 ? 'bottomRight' : freeze.rows > 0 ? 'bottomLeft' : 'topRight';
  const topLeft = a1(freeze.rows + 1, freeze.columns + 1);
  return `<sheetView workbookViewId="0"><pane${split} topLeftCell="${topLeft}" activePane="${pane}" state="frozen"/><selection pane="${pane}" activeCell="${topLeft}" sqref="${topLeft}"/></sheetView>`;
}

function columns(widths: readonly number[], hidden: ReadonlySet<number>): string {
  const cols = widths.map(
    (width, i) =>
      `<col min="${i + 1}" max="${i + 1}" width="${width}"${hidden.has(i + 1) ? ' hidden="1"' : ''} customWidth="1"/>`,
  );
  return cols.length === 0 ? '' : `<cols>${cols.join('')}</cols>`;
}

function pageSetup(plan: SheetPlan): string {
  if (!plan.print) return '<pageSetup paperSize="9"/>';
  const orientation = plan.print.landscape ? 'landscape' : 'portrait';
  return `<pageSetup paperSize="9" scale="${plan.print.scale}" orientation="${orientation}"/>`;
}

/** The last row and column index a break spans, zero-based, as Excel writes them. */
const MAX_ROW_INDEX = 1048575;
const MAX_COLUMN_INDEX = 16383;

/**
 * Manual page breaks. A break's id is the number of rows (columns) above (left of) it, so a break before
 * row 21 has id 20.
 */
function breaks(name: 'rowBreaks' | 'colBreaks', before: readonly number[], max: number): string {
  const items = before.map((b) => `<brk id="${b - 1}" max="${max}" man="1"/>`);
  return items.length === 0
    ? ''
    : `<${name} count="${items.length}" manualBreakCount="${items.length}">${items.join('')}</${name}>`;
}

/** The plan's cells, the table's header and rows among them, each once (a later one wins). */
function allCells(plan: SheetPlan): PlanCell[] {
  const table = plan.table;
  const tableCells: PlanCell[] = table
    ? [table.columns.map((c) => ({ kind: 'text' as const, text: c })), ...table.rows].flatMap((row, r) =>
        row.map((value, c) => ({
          row: table.headerRow + r,
          column: table.firstColumn + c,
          content: { kind: 'value' as const, value },
        })),
      )
    : [];
  return [...tableCells, ...plan.cells];
}

function cellsByRow(plan: SheetPlan, options: SheetXmlOptions): string {
  const rows = new Map<number, Map<number, { content?: PlanCell['content']; style?: StyleName }>>();
  const at = (row: number, column: number) => {
    const cells = rows.get(row) ?? new Map();
    rows.set(row, cells);
    const cell = cells.get(column) ?? {};
    cells.set(column, cell);
    return cell;
  };
  for (const format of plan.columnFormats)
    for (let row = format.fromRow; row <= format.toRow; row++) at(row, format.column).style = format.style;
  for (const cell of allCells(plan)) {
    const target = at(cell.row, cell.column);
    target.content = cell.content;
    if (cell.style) target.style = cell.style;
  }
  const heights = new Map((plan.rowHeights ?? []).map((h) => [h.row, h.height]));
  for (const row of heights.keys()) if (!rows.has(row)) rows.set(row, new Map());
  return [...rows.keys()]
    .sort((x, y) => x - y)
    .map((row) => {
      const height = heights.get(row);
      const cells = [...(rows.get(row) ?? new Map()).entries()]
        .sort(([x], [y]) => x - y)
        .map(([column, cell]) =>
          cellXml(
            a1(row, column),
            cell.content,
            cell.style ? options.styles.get(cell.style) : undefined,
            options,
          ),
        )
        .join('');
      return `<row r="${row}"${height === undefined ? '' : ` ht="${height}" customHeight="1"`}>${cells}</row>`;
    })
    .join('');
}

function cellXml(
  address: string,
  content: PlanCell['content'] | undefined,
  style: number | undefined,
  options: SheetXmlOptions,
): string {
  const s = style ? ` s="${style}"` : '';
  if (!content) return `<c r="${address}"${s}/>`;
  if (content.kind === 'value') return valueCellXml(address, s, content.value);
  const f = content.array
    ? `<f t="array" ref="${address}">${escapeXml(content.formula)}</f>`
    : `<f>${escapeXml(content.formula)}</f>`;
  if (!options.cachedResults) return `<c r="${address}"${s}>${f}</c>`;
  const { type, v } = cached(content.expected);
  return `<c r="${address}"${s}${type}>${f}${v}</c>`;
}

/** A cell holding a value; `s` is its style attribute (` s="3"`) or ''. */
export function valueCellXml(address: string, s: string, value: CellValue): string {
  switch (value.kind) {
    case 'empty':
      return `<c r="${address}"${s}/>`;
    case 'number':
      return `<c r="${address}"${s}><v>${value.value}</v></c>`;
    case 'text':
      return `<c r="${address}"${s} t="inlineStr"><is>${textElement(value.text)}</is></c>`;
    case 'boolean':
      return `<c r="${address}"${s} t="b"><v>${value.value ? 1 : 0}</v></c>`;
    case 'error':
      return `<c r="${address}"${s} t="e"><v>${escapeXml(value.code)}</v></c>`;
  }
}

function cached(value: CellValue): { type: string; v: string } {
  switch (value.kind) {
    case 'empty':
      return { type: '', v: '' };
    case 'number':
      return { type: '', v: `<v>${value.value}</v>` };
    case 'text':
      return { type: ' t="str"', v: `<v>${escapeXml(value.text)}</v>` };
    case 'boolean':
      return { type: ' t="b"', v: `<v>${value.value ? 1 : 0}</v>` };
    case 'error':
      return { type: ' t="e"', v: `<v>${escapeXml(value.code)}</v>` };
  }
}

function dataBar(sqref: string, color: string, priority: number): string {
  return `<conditionalFormatting sqref="${sqref}"><cfRule type="dataBar" priority="${priority}"><dataBar><cfvo type="num" val="0"/><cfvo type="num" val="1"/><color rgb="FF${color.replace('#', '')}"/></dataBar></cfRule></conditionalFormatting>`;
}

export function validationXml(plan: ValidationPlan): string {
  const { rule } = plan;
  const type = rule.kind === 'wholeNumber' ? 'whole' : rule.kind;
  const formulas =
    rule.kind === 'list'
      ? `<formula1>${escapeXml(rule.source)}</formula1>`
      : `<formula1>${rule.min}</formula1><formula2>${rule.max}</formula2>`;
  const operator = rule.kind === 'list' ? '' : ' operator="between"';
  return `<dataValidation type="${type}"${operator} allowBlank="1" showInputMessage="1" showErrorMessage="1" errorTitle="${escapeXml(RENDERING.validationErrorTitle)}" error="${escapeXml(plan.error)}" prompt="${escapeXml(plan.prompt)}" sqref="${ref(plan.range)}">${formulas}</dataValidation>`;
}

/** A `<t>`; spaces at its ends are kept only when it says so (the schema allows the attribute there). */
function textElement(text: string): string {
  const preserve = /^\s|\s$/.test(text) ? ' xml:space="preserve"' : '';
  return `<t${preserve}>${escapeXml(text)}</t>`;
}
