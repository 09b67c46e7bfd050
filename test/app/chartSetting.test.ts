import { a1 } from '../../src/core/address';
import { FollowUpActions } from '../../src/app/followUpActions';
import { num, text } from '../../src/core/cell';
import { serialFromYmd } from '../../src/core/dates';
import { EXAMPLE_SETTINGS } from '../../src/core/example/generate';
import { formatCharts, parseCharts } from '../../src/core/settings';
import { newPackagePort } from '../support/packagePorts';

const TODAY = serialFromYmd(2026, 11, 22);

/** The example follow-up with the Diagram setting (Inställningar!B9) as typed. */
async function exampleWithCharts(typed: string) {
  const port = newPackagePort();
  const actions = new FollowUpActions(port, () => TODAY);
  await actions.create(EXAMPLE_SETTINGS);
  await actions.insertExample();
  await port.setCells([{ sheet: 'Inställningar', cell: a1(9, 2), value: text(typed) }]);
  return { port, actions };
}

describe('the Diagram setting: which breakdowns get a chart (issue 14)', () => {
  it('reads "alla", "inga" and names in any case, with or without "Per"', () => {
    expect(parseCharts('')).toBeUndefined();
    expect(parseCharts('Alla')).toBeUndefined();
    expect(parseCharts('inga')).toEqual([]);
    expect(parseCharts('Per enhet; Åldersgrupp,huvudsaklig drog')).toEqual([
      'enhet',
      'åldersgrupp',
      'huvudsaklig drog',
    ]);
    expect(formatCharts(undefined)).toBe('alla');
    expect(formatCharts([])).toBe('inga');
  });

  it('draws a chart for each ticked breakdown only, on the sheet and on the page', async () => {
    const { actions } = await exampleWithCharts('enhet, åldersgrupp');
    const written = await actions.writeResults();
    expect(written.sheet.charts!.map((c) => c.title.split(':')[0])).toEqual(['Per enhet', 'Per åldersgrupp']);
    expect(written.tables.filter((t) => t.chart !== null).map((t) => t.title)).toEqual([
      'Per enhet',
      'Per åldersgrupp',
    ]);
    const none = await exampleWithCharts('inga');
    expect((await none.actions.writeResults()).sheet.charts).toEqual([]);
  });

  it('is offered as ticks per breakdown, and a name that is no breakdown is a warning at its cell', async () => {
    const { actions } = await exampleWithCharts('enhet, kommundel');
    expect(await actions.settings.chartChoices()).toEqual(
      expect.arrayContaining(['enhet', 'enhet och kön', 'åldersgrupp', 'huvudsaklig drog']),
    );
    const found = (await actions.check()).filter((p) => p.sheet === 'Inställningar');
    expect(found).toEqual([
      expect.objectContaining({
        cell: 'B9',
        severity: 'warning',
        message: expect.stringMatching(/"kommundel" är ingen uppdelning/),
      }),
    ]);
    expect((await actions.writeResults()).sheet.charts!.map((c) => c.title.split(':')[0])).toEqual([
      'Per enhet',
    ]);
  });

  it('groups unit and gender on two label columns, where the rates are shown (masking off)', async () => {
    const { port, actions } = await exampleWithCharts('enhet och kön');
    await port.setCells([{ sheet: 'Inställningar', cell: a1(5, 2), value: num(0) }]);
    const [chart] = (await actions.writeResults()).sheet.charts!;
    expect(chart!.title).toMatch(/^Per enhet och kön:/);
    expect([chart!.categories.left, chart!.categories.right]).toEqual([1, 2]);
  });

  it('is written back by the settings tab', async () => {
    const { actions } = await exampleWithCharts('alla');
    const settings = await actions.settings.read();
    await actions.settings.save({ ...settings, charts: ['enhet'] }, '0–17, 18–25, 26–44, 45–64, 65+');
    expect((await actions.settings.read()).charts).toEqual(['enhet']);
  });
});
