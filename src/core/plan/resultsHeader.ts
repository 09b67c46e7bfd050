import { text } from '../cell';
import type { Settings } from '../settings';
import type { SettingRefs } from './figureFormulas';
import { legendFormula, legendText } from './maskingCells';
import { settingRef } from '../layout/settingsLayout';
import { formulaCell, valueCell, type PlanCell } from './types';

const DEFINITIONS =
  'Positiv förändring = förbättrad situation av ärenden med känd situation. Bortfall = okänd eller tom situation av ' +
  'alla ärenden. Utredningstid = dagar från aktualisering till avslutad utredning.';

/** Title, period and the legend of the masking marks, as formulas over Inställningar so they follow its changes. */
export function resultsHeaderCells(settings: Settings, refs: SettingRefs): PlanCell[] {
  const name = settingRef('name');
  const municipality = settingRef('municipality');
  const period = settingRef('period');
  const t = settings.minCount;
  const rounding = settings.masking === 'round';
  const title = `IF(${name}="","Uppföljning",${name})&IF(${municipality}="",""," – "&${municipality})`;
  return [
    formulaCell(1, 1, title, false, text(sheetTitle(settings)), 'title'),
    formulaCell(
      2,
      1,
      `"Period: "&IF(${period}="","–",${period})`,
      false,
      text(`Period: ${settings.period === '' ? '–' : settings.period}`),
      'subtitle',
    ),
    formulaCell(3, 1, legendFormula(refs, rounding), false, legendText(t, rounding), 'paragraph'),
    valueCell(4, 1, text(DEFINITIONS), 'paragraph'),
  ];
}

/** The follow-up's name and municipality, as the title row (and the printed page's header) say them. */
export function sheetTitle(settings: Settings): string {
  const name = settings.name === '' ? 'Uppföljning' : settings.name;
  return settings.municipality === '' ? name : `${name} – ${settings.municipality}`;
}
