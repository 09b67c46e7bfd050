import { EXAMPLE_ID_PREFIX, FollowUpActions } from '../../src/app/followUpActions';
import { EMPTY, num, text } from '../../src/core/cell';
import { serialFromYmd } from '../../src/core/dates';
import { Refusal } from '../../src/core/errors';
import { DEFAULT_CODEBOOK } from '../../src/core/codebook/defaultCodebook';
import { DEFAULT_SETTINGS } from '../../src/core/settings';
import { excelJsOf, newPackagePort, packagePortOf } from '../support/packagePorts';
import { caseRow, date, validCase } from '../support/caseRows';
import { createFollowUpWorkbook } from '../support/exceljs/followUpWorkbook';
import type { CaseValues } from '../../src/app/caseRows';

const TODAY = serialFromYmd(2026, 11, 22);

function fresh() {
  const port = newPackagePort();
  return { port, actions: new FollowUpActions(port, () => TODAY) };
}

const asValues = (record: ReturnType<typeof validCase>): CaseValues =>
  Object.fromEntries(
    Object.entries(record).map(([k, v]) => [
      k,
      typeof v === 'string' ? text(v) : typeof v === 'number' ? num(v) : v,
    ]),
  );

describe('the follow-up actions of the task pane', () => {
  it('create the sheets once, and refuse a second time without touching anything', async () => {
    const { port, actions } = fresh();
    expect(await actions.status()).toEqual({ kind: 'none' });
    await actions.create();
    expect(await actions.status()).toEqual({
      kind: 'ready',
      cases: 0,
      missingSheets: [],
      resultsStale: null,
    });
    await expect(actions.create()).rejects.toThrow(Refusal);
    expect((await excelJsOf(port)).worksheets.map((s) => s.name)).toEqual([
      'Ärenden',
      'Kodbok',
      'Inställningar',
    ]);
  });

  it('repair adds a missing sheet and keeps every case row', async () => {
    const { port, actions: before } = fresh();
    await before.create();
    await before.insertExample();
    // The user deletes Kodbok (in Excel; here with exceljs).
    const workbook = await excelJsOf(port);
    workbook.removeWorksheet(workbook.getWorksheet('Kodbok')!.id);
    const actions = new FollowUpActions(await packagePortOf(workbook), () => TODAY);
    expect(await actions.repair()).toEqual([
      'La till bladet Kodbok med den inbyggda kodboken: lägg till lagets egna värden och roller igen.',
    ]);
    expect(await actions.status()).toMatchObject({ cases: 79, missingSheets: [] });
  });

  it('insert the example marked as fictitious, and compute its results with the Trosa sentences', async () => {
    const { actions } = fresh();
    await actions.create();
    expect(await actions.insertExample()).toBe(79);
    expect((await actions.readCase(0)).caseId).toEqual(text(`${EXAMPLE_ID_PREFIX}V-001`));
    const { sentences, headline } = await actions.writeResults();
    expect(headline.rows.find((row) => row[0] === 'Vuxenenheten')).toEqual([
      'Vuxenenheten',
      '47',
      '30',
      '70 %',
      '36 %',
      expect.stringMatching(/^\d+$/),
    ]);
    expect(sentences).toContain(
      'För Vuxenenheten visade resultaten en positiv förändring i 70 % av ärendena med känd situation. Bortfallet var 36 %.',
    );
  });

  it('insert the example with two letter-case slips the check fixes in one click, figures unchanged', async () => {
    const { actions } = fresh();
    await actions.create();
    await actions.insertExample();
    const before = (await actions.writeResults()).results;
    const slips = (await actions.check()).filter((p) => p.fix);
    expect(slips.map((p) => [p.cell, p.fix])).toEqual([
      ['C5', text('Man')],
      ['F63', text('Centralstimulantia')],
    ]);
    for (const slip of slips) await actions.applyFix(slip);
    expect((await actions.check()).filter((p) => p.fix)).toEqual([]);
    expect((await actions.writeResults()).results).toEqual(before);
  });

  it('say when the result sheet is older than the cases', async () => {
    const { actions } = fresh();
    await actions.create();
    await actions.insertExample();
    await actions.writeResults();
    expect(await actions.status()).toMatchObject({ resultsStale: false });
    await actions.saveCase(asValues(validCase({ caseId: 'NY-1' })), null);
    expect(await actions.status()).toMatchObject({ cases: 80, resultsStale: true });
  });

  it('import a CSV, find its problems, and fix one with one action', async () => {
    const { actions } = fresh();
    await actions.create();
    const imported = await actions.importCsv('Ärende-ID;Enhet;Kön;Ålder\nV-1;Vuxenenheten;K;45\n');
    expect(imported.cases).toBe(1);
    const gender = (await actions.check()).find((p) => p.cell === 'C3')!;
    expect(gender.fix).toEqual(text('Kvinna'));
    await actions.applyFix(gender);
    expect((await actions.check()).some((p) => p.cell === 'C3')).toBe(false);
  });

  it('refuse to save a case with an error, and save it once corrected', async () => {
    const { actions } = fresh();
    await actions.create();
    const bad = asValues(validCase({ age: num(200) }));
    const findings = await actions.saveCase(bad, null);
    expect(findings.saved).toBe(false);
    expect(findings.findings.get('age')?.[0]?.code).toBe('invalid-age');
    expect(await actions.status()).toMatchObject({ cases: 0 });
    await actions.saveCase({ ...bad, age: num(40) }, null);
    expect(await actions.status()).toMatchObject({ cases: 1 });
    const duplicate = await actions.saveCase(asValues(validCase()), null);
    expect(duplicate.findings.get('caseId')?.[0]?.code).toBe('duplicate-id');
  });

  it('edit a case in place, keeping the others', async () => {
    const { actions } = fresh();
    await actions.create();
    await actions.saveCase(asValues(validCase({ caseId: 'A' })), null);
    await actions.saveCase(asValues(validCase({ caseId: 'B' })), null);
    await actions.saveCase(
      { ...asValues(validCase({ caseId: 'A' })), situation: text('Okänd'), closedOn: date('2019-10-01') },
      0,
    );
    expect((await actions.readCase(0)).situation).toEqual(text('Okänd'));
    expect((await actions.readCase(1)).caseId).toEqual(text('B'));
  });

  it('write settings into Inställningar, or say in Swedish what is wrong', async () => {
    const { actions } = fresh();
    await actions.create();
    const wrong = await actions.settings.save({ ...DEFAULT_SETTINGS, minCount: -1 }, 'unga, gamla');
    expect([wrong.saved, [...wrong.findings.keys()]]).toEqual([false, ['minCount', 'ageBands']]);
    const right = await actions.settings.save(
      { ...DEFAULT_SETTINGS, municipality: 'Trosa', minCount: 3 },
      '0-17, 18+',
    );
    expect([right.saved, right.findings.size]).toEqual([true, 0]);
    expect(await actions.settings.read()).toMatchObject({
      municipality: 'Trosa',
      minCount: 3,
      ageBands: [{ label: '0–17' }, { label: '18+' }],
    });
  });

  it('keep the case rows untouched when the result sheet is rewritten', async () => {
    const { actions } = fresh();
    await actions.create();
    await actions.insertExample();
    const before = await actions.readCase(40);
    await actions.writeResults();
    await actions.writeResults();
    expect(await actions.readCase(40)).toEqual(before);
    expect(EMPTY.kind).toBe('empty');
  });
});

describe('the count of cases in the pane', () => {
  it('counts a row as the figures do: a row with only a team column filled is no case', async () => {
    const workbook = createFollowUpWorkbook({
      extraColumns: ['Egen kolumn'],
      rows: [
        [...caseRow(validCase({ caseId: 'A' })), text('')],
        [...caseRow({}), text('bara en anteckning')],
      ],
    });
    const actions = new FollowUpActions(await packagePortOf(workbook), () => TODAY);
    const { results } = await actions.writeResults();
    expect(results.cases).toBe(1);
    expect(await actions.status()).toMatchObject({ cases: 1 });
  });
});

/** The default codebook with 25 long labels for "Förbättrad": a catch-all row's formula passes 8,192 characters. */
function longLabelsCodebook() {
  const long = (i: number) =>
    `Förbättrad situation enligt uppföljningssamtalet, variant ${i} `.repeat(3).trim();
  const added = Array.from({ length: 25 }, (_, i) => ({ label: long(i), role: 'positive' as const }));
  return {
    variables: DEFAULT_CODEBOOK.variables.map((v) =>
      v.key === 'situation' ? { ...v, values: [...v.values, ...added] } : v,
    ),
  };
}

describe("Excel's formula limit (issue 11)", () => {
  it('refuses a result sheet whose formula would pass 8,192 characters, before writing anything', async () => {
    const codebook = longLabelsCodebook();
    const workbook = createFollowUpWorkbook({ codebook, rows: [caseRow(validCase())] });
    const port = await packagePortOf(workbook);
    const actions = new FollowUpActions(port, () => TODAY);
    const before = port.pkg.toZip();
    await expect(actions.writeResults()).rejects.toMatchObject({
      code: 'formula-too-long',
      message: expect.stringMatching(/Excel tillåter 8192/),
    });
    expect(port.pkg.toZip()).toEqual(before);
  });

  it('is listed by the check before results refuse, at the Kodbok row of the variable whose labels fill it', async () => {
    const codebook = longLabelsCodebook();
    const port = await packagePortOf(createFollowUpWorkbook({ codebook, rows: [caseRow(validCase())] }));
    const actions = new FollowUpActions(port, () => TODAY);
    const found = (await actions.check()).filter((p) => p.code === 'formula-too-long');
    const { layout } = await actions.codebook.read();
    expect(found).toEqual([
      expect.objectContaining({
        severity: 'error',
        sheet: 'Kodbok',
        cell: `A${layout!.variableRows.get('situation')}`,
        message: expect.stringMatching(/Excel tillåter 8192/),
      }),
    ]);
    // Without the long labels there is nothing to list.
    const plain = new FollowUpActions(
      await packagePortOf(createFollowUpWorkbook({ rows: [caseRow(validCase())] })),
      () => TODAY,
    );
    expect((await plain.check()).filter((p) => p.code === 'formula-too-long')).toEqual([]);
  });
});
