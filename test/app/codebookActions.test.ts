import { FollowUpActions } from '../../src/app/followUpActions';
import { text } from '../../src/core/cell';
import { teamKey } from '../../src/core/codebook/types';
import { serialFromYmd } from '../../src/core/dates';
import { fromExcelCell } from '../support/exceljs/cellValues';
import type { PackageWorkbookPort } from '../../src/xlsx/package/packagePort';
import { excelJsOf, newPackagePort, packagePortOf } from '../support/packagePorts';
import { homeVariable } from '../support/fixtures';
import { teamCases, utf8Csv } from '../support/teamCsv';

const TODAY = serialFromYmd(2026, 11, 22);

async function withExample() {
  const port = newPackagePort();
  const actions = new FollowUpActions(port, () => TODAY);
  await actions.create();
  await actions.insertExample();
  return { port, actions };
}

/** Every cell of Ärenden as text, to see exactly which changed. */
async function caseCells(port: PackageWorkbookPort): Promise<Map<string, string>> {
  const cells = new Map<string, string>();
  (await excelJsOf(port))
    .getWorksheet('Ärenden')!
    .eachRow((row) => row.eachCell((cell) => cells.set(cell.address, JSON.stringify(fromExcelCell(cell)))));
  return cells;
}

const changed = (before: Map<string, string>, after: Map<string, string>) =>
  [...after].filter(([address, value]) => before.get(address) !== value).map(([address]) => address);

describe('the codebook tab', () => {
  it('renames a value in Kodbok and in exactly the case cells that hold it', async () => {
    const { port, actions } = await withExample();
    const before = await caseCells(port);
    const adults = [...before].filter(([, v]) => v === JSON.stringify(text('Vuxenenheten')));
    const renamed = await actions.codebook.renameValue('unit', 'Vuxenenheten', 'Vuxenteamet');
    expect(renamed).toBe(adults.length);
    const after = await caseCells(port);
    expect(changed(before, after).sort()).toEqual(adults.map(([a]) => a).sort());
    const { codebook } = await actions.codebook.read();
    expect(codebook.variables.find((v) => v.key === 'unit')!.values.map((v) => v.label)).toEqual([
      'Vuxenteamet',
      'Barn- och ungdomsenheten',
    ]);
    // Undone by renaming back: the file's cases are as they were.
    await actions.codebook.renameValue('unit', 'Vuxenteamet', 'Vuxenenheten');
    expect(await caseCells(port)).toEqual(before);
  });

  it('refuses to remove a value cases use, with the count, and changes nothing', async () => {
    const { port, actions } = await withExample();
    const before = await caseCells(port);
    await expect(actions.codebook.removeValue('drug', 'Alkohol')).rejects.toThrow(
      /"Alkohol" används i \d+ ärenden och kan inte tas bort/,
    );
    expect(await caseCells(port)).toEqual(before);
  });

  it('removes a value no case uses and closes the gap in the list', async () => {
    const { port, actions } = await withExample();
    const before = await caseCells(port);
    await actions.codebook.addValue('drug', 'Nikotin', null);
    await actions.codebook.addValue('drug', 'Kokain', null);
    await actions.codebook.removeValue('drug', 'Nikotin');
    const drugs = (await actions.codebook.read()).codebook.variables.find((v) => v.key === 'drug')!;
    expect(drugs.values.map((v) => v.label).slice(-2)).toEqual(['Okänt', 'Kokain']);
    expect(await caseCells(port)).toEqual(before);
  });

  it('sets a role, and refuses a label that would count as another one', async () => {
    const { actions } = await withExample();
    await actions.codebook.addValue('situation', 'Delvis förbättrad', 'positive');
    await expect(actions.codebook.addValue('situation', 'delvis  förbättrad', null)).rejects.toThrow(
      /har redan värdet "Delvis förbättrad"/,
    );
    await actions.codebook.setRole('situation', 'Delvis förbättrad', 'unchanged');
    const reading = await actions.codebook.read();
    expect(reading.problems).toEqual([]);
    const situation = reading.codebook.variables.find((v) => v.key === 'situation')!;
    expect(situation.values.at(-1)).toEqual({ label: 'Delvis förbättrad', role: 'unchanged' });
  });

  it('adds a list variable: a row in Kodbok, its values, a column in Arenden, a breakdown in the results', async () => {
    const { port, actions } = await withExample();
    const before = await caseCells(port);
    // A whole variable as a team would define it; the action gives it its key and width.
    await actions.codebook.addVariable(homeVariable(['Egen bostad', 'Hemlös']));
    const after = await caseCells(port);
    expect(changed(before, after)).toEqual(['S2']);
    expect(after.get('S2')).toBe(JSON.stringify(text('Boendesituation')));
    const saved = await excelJsOf(port);
    const table = saved.getWorksheet('Ärenden')!.tables['Arenden']!.table as { tableRef?: string };
    expect(table.tableRef).toBe('A2:S81');
    // Its drop-down names the Kodbok column its values were written in.
    let header = '';
    saved
      .getWorksheet('Kodbok')!
      .getRow(4)
      .eachCell((cell) => {
        if (cell.value === 'Boendesituation') header = cell.address.replace(/\d+$/, '');
      });
    const validations = saved.getWorksheet('Ärenden')!.dataValidations as unknown as {
      model: object;
    };
    const rules = Object.entries(validations.model);
    const rule = rules.find(([range]) => range.startsWith('S'))?.[1] as { formulae: string[] } | undefined;
    expect(rule?.formulae[0]).toContain(`$${header}$5:$${header}$34`);
    const form = await actions.formCodebook();
    expect(form.variables.at(-1)?.key).toBe(teamKey('Boendesituation'));
    const { results } = await actions.writeResults();
    expect(results.groups.filter((g) => g.by === 'variable').map((g) => [g.key[0], g.n])).toEqual([
      ['Egen bostad', 0],
      ['Hemlös', 0],
      ['Ej i kodboken', 0],
      ['Ej ifyllt', 79],
    ]);
  });

  it('refuses a variable whose name is taken or unusable in a formula', async () => {
    const { actions } = await withExample();
    const base = {
      group: null,
      description: '',
      type: 'text' as const,
      requirement: 'optional' as const,
      values: [],
    };
    await expect(actions.codebook.addVariable({ ...base, name: 'enhet' })).rejects.toThrow(/finns redan/);
    await expect(actions.codebook.addVariable({ ...base, name: "Handläggarens 'kod'" })).rejects.toThrow(
      /får inte innehålla/,
    );
  });

  it('registers a case for a unit the team added in Kodbok', async () => {
    const { actions } = await withExample();
    await actions.codebook.addValue('unit', 'Beroendemottagningen', null);
    const values = await actions.readCase(0);
    const findings = await actions.saveCase(
      { ...values, caseId: text('B-001'), unit: text('Beroendemottagningen') },
      null,
    );
    expect([...findings.findings.values()].flat().filter((f) => f.severity === 'error')).toEqual([]);
    const list = await actions.cases();
    expect(list.lines.at(-1)?.shown[list.headers.indexOf('Enhet')]).toBe('Beroendemottagningen');
  });
});

describe('a workbook made by the previous version', () => {
  it('is brought up to date by repair (and by results) in Kodbok only, no case cell touched', async () => {
    const { port: current } = await withExample();
    // As the previous version wrote it: no version mark, no roles for Beslut om insats.
    const workbook = await excelJsOf(current);
    const kodbok = workbook.getWorksheet('Kodbok')!;
    kodbok.getCell('A3').value = null;
    kodbok.eachRow((row) =>
      row.eachCell((cell) => {
        if (cell.value === 'ja' || cell.value === 'nej') cell.value = null;
      }),
    );
    const port = await packagePortOf(workbook);
    const actions = new FollowUpActions(port, () => TODAY);
    const before = await caseCells(port);
    expect((await actions.codebook.read()).upToDate).toBe(false);
    expect(await actions.check()).toHaveLength(2); // only the example's two slips: nothing wrong in Kodbok
    expect(await actions.repair()).toEqual([
      'Uppdaterade bladet Kodbok till den här versionen (inga ärenden ändrades).',
    ]);
    const reading = await actions.codebook.read();
    expect([reading.upToDate, reading.problems]).toEqual([true, []]);
    expect(reading.codebook.variables.find((v) => v.key === 'interventionDecided')!.values).toEqual([
      { label: 'Ja', role: 'yes' },
      { label: 'Nej', role: 'no' },
    ]);
    expect(await caseCells(port)).toEqual(before);
    expect(await actions.repair()).toEqual([]);
  });
});

describe('CSV import in the pane', () => {
  it("adds a team's third unit to Kodbok, says so, and the check then finds no unknown unit", async () => {
    const port = newPackagePort();
    const actions = new FollowUpActions(port, () => TODAY);
    await actions.create();
    const csv = new TextDecoder().decode(utf8Csv(teamCases(20, 5)));
    const imported = await actions.importCsv(csv);
    expect(imported.cases).toBe(20);
    expect(imported.learned).toEqual(['Lade till 1 värde i kodboken för Enhet: Beroendemottagningen.']);
    const units = (await actions.codebook.read()).codebook.variables.find((v) => v.key === 'unit')!;
    expect(units.values.map((v) => v.label)).toContain('Beroendemottagningen');
    const unknown = (await actions.check()).filter((p) => p.code === 'unknown-value');
    expect(unknown.filter((p) => p.message.includes('Beroendemottagningen'))).toEqual([]);
  });
});
