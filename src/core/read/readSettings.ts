import { a1 } from '../address';
import { cellText, describeCell } from '../cell';
import { error, type Problem } from '../table/problem';
import { refuse } from '../refusals';
import { SETTING_LABELS, SETTING_ROWS, SETTINGS_SHEET_NAME, type SettingKey } from '../layout/settingsLayout';
import {
  AGE_BANDS_HELP,
  DEFAULT_SETTINGS,
  MASKING_WORDS,
  maskingMethodOf,
  parseAgeBands,
  parseCharts,
  type Settings,
} from '../settings';
import { findSheet, valueAt, type WorkbookValues } from '../table/workbookValues';

export interface SettingsReading {
  readonly settings: Settings;
  readonly found: boolean;
  /** Settings that cannot be used, at their cells; the default stands in for each. */
  readonly problems: readonly Problem[];
}

/**
 * The settings of the Inställningar sheet. The result formulas point at fixed cells there, so a value that
 * cannot be used is a problem at its cell: the check lists it, and the results refuse to run on it.
 */
export function readSettings(workbook: WorkbookValues): SettingsReading {
  const sheet = findSheet(workbook, SETTINGS_SHEET_NAME);
  if (!sheet) return { settings: DEFAULT_SETTINGS, found: false, problems: [] };
  const problems: Problem[] = [];
  const report = (key: SettingKey, message: string) =>
    problems.push({
      sheet: sheet.name,
      cell: a1(SETTING_ROWS[key], 2),
      ...error('invalid-setting', message),
    });
  const textOf = (key: SettingKey) => cellText(valueAt(sheet, SETTING_ROWS[key], 2));
  const bandsText = textOf('ageBands');
  const ageBands = bandsText === '' ? DEFAULT_SETTINGS.ageBands : parseAgeBands(bandsText);
  if (!ageBands) report('ageBands', `Åldersgrupperna "${bandsText}" går inte att läsa. ${AGE_BANDS_HELP}`);
  const wholeNumber = (key: 'minCount' | 'investigationLimitDays') => {
    const cell = valueAt(sheet, SETTING_ROWS[key], 2);
    if (cell.kind === 'number' && Number.isInteger(cell.value) && cell.value >= 0) return cell.value;
    report(key, `${SETTING_LABELS[key]} ska vara ett heltal, 0 eller större (nu: ${describeCell(cell)}).`);
    return DEFAULT_SETTINGS[key];
  };
  const maskingText = textOf('masking');
  const masking = maskingMethodOf(maskingText);
  if (!masking)
    report(
      'masking',
      `${SETTING_LABELS.masking} ska vara "${MASKING_WORDS.hide}" eller "${MASKING_WORDS.round}" (nu: "${maskingText}").`,
    );
  const settings: Settings = {
    name: textOf('name'),
    municipality: textOf('municipality'),
    period: textOf('period'),
    minCount: wholeNumber('minCount'),
    masking: masking ?? DEFAULT_SETTINGS.masking,
    investigationLimitDays: wholeNumber('investigationLimitDays'),
    ageBands: ageBands ?? DEFAULT_SETTINGS.ageBands,
  };
  const charts = parseCharts(textOf('charts'));
  if (charts !== undefined) return { settings: { ...settings, charts }, found: true, problems };
  return { settings, found: true, problems };
}

/** The settings, refusing (one Swedish line naming the cell) where one cannot be used. */
export function usableSettings(workbook: WorkbookValues): { settings: Settings; found: boolean } {
  const reading = readSettings(workbook);
  const first = reading.problems[0];
  if (first) throw refuse.settingUnusable({ where: `${first.sheet}!${first.cell}`, message: first.message });
  return reading;
}
