import { a1 } from '../address';
import type { CellValue } from '../cell';
import { WorkbookShapeError } from '../errors';
import { SETTING_LABELS, SETTING_ROWS, SETTINGS_SHEET_NAME, type SettingKey } from '../plan/settingsSheet';
import { DEFAULT_SETTINGS, parseAgeBands, type Settings } from '../settings';
import { findSheet, valueAt, type SheetValues, type WorkbookValues } from '../table/workbookValues';

/**
 * The settings of the Inställningar sheet. The result formulas point at fixed cells there, so a value that
 * cannot be used stops the computation with a Swedish message naming the cell, rather than giving wrong figures.
 */
export function readSettings(workbook: WorkbookValues): { settings: Settings; found: boolean } {
  const sheet = findSheet(workbook, SETTINGS_SHEET_NAME);
  if (!sheet) return { settings: DEFAULT_SETTINGS, found: false };
  const textOf = (key: SettingKey) => cellText(valueAt(sheet, SETTING_ROWS[key], 2));
  const bandsText = textOf('ageBands');
  const ageBands = bandsText === '' ? DEFAULT_SETTINGS.ageBands : parseAgeBands(bandsText);
  if (!ageBands) {
    throw new WorkbookShapeError(
      `${where(sheet, 'ageBands')}: åldersgrupperna "${bandsText}" går inte att läsa. Skriv t.ex. 0–17, 18–25, 26–44, 45–64, 65+.`,
    );
  }
  return {
    found: true,
    settings: {
      name: textOf('name'),
      municipality: textOf('municipality'),
      period: textOf('period'),
      minCount: wholeNumber(sheet, 'minCount'),
      investigationLimitDays: wholeNumber(sheet, 'investigationLimitDays'),
      ageBands,
    },
  };
}

function wholeNumber(sheet: SheetValues, key: 'minCount' | 'investigationLimitDays'): number {
  const cell = valueAt(sheet, SETTING_ROWS[key], 2);
  if (cell.kind === 'number' && Number.isInteger(cell.value) && cell.value >= 0) return cell.value;
  throw new WorkbookShapeError(
    `${where(sheet, key)}: ${SETTING_LABELS[key].toLowerCase()} ska vara ett heltal, 0 eller större (nu: ${shown(cell)}).`,
  );
}

const where = (sheet: SheetValues, key: SettingKey) => `${sheet.name}!${a1(SETTING_ROWS[key], 2)}`;

function shown(cell: CellValue): string {
  if (cell.kind === 'empty') return 'tom';
  return cell.kind === 'text' ? `"${cell.text}"` : cell.kind === 'number' ? String(cell.value) : cell.kind;
}

function cellText(cell: CellValue): string {
  if (cell.kind === 'text') return cell.text.trim();
  return cell.kind === 'number' ? String(cell.value) : '';
}
