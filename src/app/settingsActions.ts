import { a1 } from '../core/address';
import { num, text, type CellValue } from '../core/cell';
import { error, type Finding } from '../core/table/problem';
import { settingsSheetPlan } from '../core/plan/settingsSheet';
import { SETTING_ROWS, SETTINGS_SHEET_NAME } from '../core/layout/settingsLayout';
import type { WorkbookPort } from '../core/port/workbookPort';
import { usableSettings } from '../core/read/readSettings';
import { chartable } from '../core/figures/groups';
import { readCodebookSheet } from '../core/read/readCodebook';
import {
  AGE_BANDS_HELP,
  formatAgeBands,
  formatCharts,
  MASKING_WORDS,
  parseAgeBands,
  type Settings,
} from '../core/settings';
import { findSheet } from '../core/table/workbookValues';
import { saveUnlessErrors, type SaveOutcome } from './saveOutcome';

/** The settings a person types and the check can find wrong. */
export type SettingField = 'minCount' | 'investigationLimitDays' | 'ageBands';

/** The Inställningar tab: read the follow-up's settings, and write them back after checking them. */
export class SettingsActions {
  constructor(private readonly port: WorkbookPort) {}

  /** The settings; refuses (naming the cell) where one cannot be read, so no default is shown as the user's. */
  async read(): Promise<Settings> {
    return usableSettings(await this.port.readValues()).settings;
  }

  /** The breakdowns a chart can be ticked for, by name, in the result sheet's order (the team's lists too). */
  async chartChoices(): Promise<string[]> {
    const values = await this.port.readValues();
    const { codebook } = readCodebookSheet(values);
    return chartable(codebook, usableSettings(values).settings).map((b) => b.name);
  }

  /** Writes the settings into Inställningar unless one of them is wrong; the findings say which. */
  async save(settings: Settings, ageBandsText: string): Promise<SaveOutcome<SettingField>> {
    const findings = new Map<SettingField, Finding[]>();
    const wrong = (field: SettingField, message: string) =>
      findings.set(field, [error('invalid-setting', message)]);
    if (!Number.isInteger(settings.minCount) || settings.minCount < 0)
      wrong('minCount', 'Minsta redovisade antal ska vara ett heltal, 0 eller större.');
    if (!Number.isInteger(settings.investigationLimitDays) || settings.investigationLimitDays < 0)
      wrong('investigationLimitDays', 'Gränsen för utredningstid ska vara ett heltal antal dagar.');
    const bands = parseAgeBands(ageBandsText);
    if (!bands) wrong('ageBands', `Åldersgrupperna går inte att läsa. ${AGE_BANDS_HELP}`);
    return saveUnlessErrors(findings, () => this.write(settings, formatAgeBands(bands ?? [])));
  }

  private async write(settings: Settings, ageBands: string): Promise<void> {
    const values = await this.port.readValues();
    if (!findSheet(values, SETTINGS_SHEET_NAME))
      await this.port.writeSheets([settingsSheetPlan(settings)], []);
    const cell = (key: keyof typeof SETTING_ROWS, value: CellValue) => ({
      sheet: SETTINGS_SHEET_NAME,
      cell: a1(SETTING_ROWS[key], 2),
      value,
    });
    await this.port.setCells([
      cell('name', text(settings.name)),
      cell('municipality', text(settings.municipality)),
      cell('period', text(settings.period)),
      cell('minCount', num(settings.minCount)),
      cell('masking', text(MASKING_WORDS[settings.masking])),
      cell('investigationLimitDays', num(settings.investigationLimitDays)),
      cell('ageBands', text(ageBands)),
      cell('charts', text(formatCharts(settings.charts))),
    ]);
  }
}
