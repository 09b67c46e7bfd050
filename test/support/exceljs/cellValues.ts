import { ValueType, type Cell, type CellErrorValue } from 'exceljs';
import { EMPTY, num, text, type CellValue } from '../../../src/core/cell';
import { serialFromUtcDate } from '../../../src/core/dates';

/** A core cell value as exceljs writes it. */
export function toExcel(value: CellValue): null | number | string | boolean | CellErrorValue {
  switch (value.kind) {
    case 'empty':
      return null;
    case 'number':
      return value.value;
    case 'text':
      return value.text;
    case 'boolean':
      return value.value;
    case 'error':
      return { error: EXCEL_ERRORS.find((e) => e === value.code) ?? '#N/A' };
  }
}

const EXCEL_ERRORS: readonly CellErrorValue['error'][] = [
  '#N/A',
  '#REF!',
  '#NAME?',
  '#DIV/0!',
  '#NULL!',
  '#VALUE!',
  '#NUM!',
];

/** Whatever exceljs read from a cell, as the core's value. Formula cells give their cached result. */
export function fromExcel(value: unknown): CellValue {
  if (value === null || value === undefined) return EMPTY;
  if (typeof value === 'number') return num(value);
  if (typeof value === 'string') return text(value);
  if (typeof value === 'boolean') return { kind: 'boolean', value };
  if (value instanceof Date) return num(serialFromUtcDate(value));
  if (typeof value !== 'object') return EMPTY;
  if ('error' in value && typeof value.error === 'string') return { kind: 'error', code: value.error };
  if ('richText' in value && Array.isArray(value.richText)) {
    return text(value.richText.map((run: { text?: unknown }) => String(run.text ?? '')).join(''));
  }
  if ('formula' in value || 'sharedFormula' in value)
    return 'result' in value ? fromExcel(value.result) : EMPTY;
  if ('text' in value) return fromExcel(value.text);
  return EMPTY;
}

/**
 * A cell as the core reads it. For a formula this is its cached result, taken from `cell.result`:
 * `cell.value` drops a result of 0 or "" (exceljs copies only truthy fields).
 */
export function fromExcelCell(cell: Cell): CellValue {
  return cell.type === ValueType.Formula ? fromExcel(cell.result) : fromExcel(cell.value);
}
