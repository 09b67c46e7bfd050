import { SETTING_KEYS, SETTING_LABELS, SETTING_ROWS, SETTINGS_SHEET_NAME } from '../layout/settingsLayout';
import { num, text } from '../cell';
import { formatAgeBands, formatCharts, MASKING_WORDS, type Settings } from '../settings';
import { valueCell, type PlanCell, type SheetPlan } from './types';

const HELP: Readonly<Record<keyof typeof SETTING_ROWS, string>> = {
  name: 'Visas som rubrik på resultatbladet.',
  municipality: 'Visas i rubriken.',
  period: 'Till exempel 2019 eller 2019-01-01 – 2019-12-31.',
  minCount:
    'Antal från 1 till ett mindre än detta visas som <antal, andelar med mindre nämnare som –. 0 stänger av.',
  investigationLimitDays: 'Utredningar som tar längre tid räknas som över gränsen.',
  masking:
    'dölj: fler antal döljs (..) där små tal annars kan räknas fram. avrunda: övriga antal avrundas till närmaste 5 och andelar till hela 5 %.',
  charts:
    'Uppdelningar som får ett diagram på resultatbladet, t.ex. enhet, åldersgrupp, huvudsaklig drog; "alla" eller "inga".',
  ageBands:
    'Nedre gränser i stigande ordning, t.ex. 0–17, 18–25, 26–44, 45–64, 65+. Skapa resultatet på nytt efter ändring.',
};

export function settingsSheetPlan(settings: Settings): SheetPlan {
  const values = {
    name: text(settings.name),
    municipality: text(settings.municipality),
    period: text(settings.period),
    minCount: num(settings.minCount),
    investigationLimitDays: num(settings.investigationLimitDays),
    ageBands: text(formatAgeBands(settings.ageBands)),
    masking: text(MASKING_WORDS[settings.masking]),
    charts: text(formatCharts(settings.charts)),
  };
  const cells: PlanCell[] = [
    valueCell(1, 1, text('Inställningar'), 'title'),
    valueCell(1, 3, text('Förklaring'), 'columnHeader'),
  ];
  for (const key of SETTING_KEYS) {
    const row = SETTING_ROWS[key];
    cells.push(valueCell(row, 1, text(SETTING_LABELS[key]), 'label'));
    cells.push(valueCell(row, 2, values[key]));
    cells.push(valueCell(row, 3, text(HELP[key]), 'note'));
  }
  return {
    name: SETTINGS_SHEET_NAME,
    cells,
    columnWidths: [34, 40, 90],
    merges: [],
    validations: [],
    columnFormats: [],
  };
}
