import { absoluteA1, sheetRef } from '../address';

/**
 * Where each setting stands on Inställningar: the sheet's plan writes them there, the reader reads them
 * there and the result formulas refer to them, so the places are one truth below all three.
 */
export const SETTINGS_SHEET_NAME = 'Inställningar';

/** Where each setting stands (column B); the result formulas refer to these cells, so they never move. */
export const SETTING_ROWS = {
  name: 2,
  municipality: 3,
  period: 4,
  minCount: 5,
  investigationLimitDays: 6,
  ageBands: 7,
  // Added after the others, so a workbook written before it keeps every cell where it was.
  masking: 8,
  charts: 9,
} as const;

export type SettingKey = keyof typeof SETTING_ROWS;
export const SETTING_KEYS: readonly SettingKey[] = [
  'name',
  'municipality',
  'period',
  'minCount',
  'investigationLimitDays',
  'ageBands',
  'masking',
  'charts',
];

export const SETTING_LABELS: Readonly<Record<keyof typeof SETTING_ROWS, string>> = {
  name: 'Uppföljningens namn',
  municipality: 'Kommun',
  period: 'Period',
  minCount: 'Minsta redovisade antal',
  investigationLimitDays: 'Gräns för utredningstid (dagar)',
  ageBands: 'Åldersgrupper',
  masking: 'Skydd av små tal',
  charts: 'Diagram',
};

export function settingRef(setting: keyof typeof SETTING_ROWS): string {
  return sheetRef(SETTINGS_SHEET_NAME, absoluteA1(SETTING_ROWS[setting], 2));
}
