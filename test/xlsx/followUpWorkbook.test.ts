import ExcelJS from 'exceljs';
import { DEFAULT_CODEBOOK } from '../../src/core/codebook/defaultCodebook';
import { Refusal } from '../../src/core/errors';
import { EXAMPLE_SETTINGS, exampleCaseRows } from '../../src/core/example/generate';
import { resultsJson } from '../../src/core/figures/json';
import { fromExcelCell } from '../support/exceljs/cellValues';
import { createFollowUpWorkbook } from '../support/exceljs/followUpWorkbook';
import { checkWorkbook } from '../../src/core/check/checkFollowUp';
import { readWorkbookValues } from '../support/exceljs/readValues';
import { serialFromYmd } from '../../src/core/dates';
import { teamCodebook, writeResults } from '../support/fixtures';
import { caseRow, validCase } from '../support/caseRows';
import { partsOf, textOf } from '../support/packageParts';
import { FollowUpActions } from '../../src/app/followUpActions';
import { OpcPackage } from '../../src/xlsx/package/opcPackage';
import { PackageWorkbookPort } from '../../src/xlsx/package/packagePort';

const example = () =>
  createFollowUpWorkbook({ rows: exampleCaseRows(DEFAULT_CODEBOOK), settings: EXAMPLE_SETTINGS });

async function reopen(workbook: ExcelJS.Workbook): Promise<ExcelJS.Workbook> {
  const copy = new ExcelJS.Workbook();
  await copy.xlsx.load(new Uint8Array(await workbook.xlsx.writeBuffer()));
  return copy;
}

function sheetDump(sheet: ExcelJS.Worksheet): string[] {
  const cells: string[] = [];
  sheet.eachRow({ includeEmpty: true }, (row, r) =>
    row.eachCell({ includeEmpty: true }, (cell, c) => {
      const formula = cell.type === ExcelJS.ValueType.Formula ? cell.formula : '';
      cells.push(`${r}:${c}=${JSON.stringify(fromExcelCell(cell))}${formula}|${cell.numFmt ?? ''}`);
    }),
  );
  return cells;
}

describe('a follow-up workbook file', () => {
  it('has the four sheets, the table Arenden and the band row', async () => {
    const workbook = await reopen(example());
    await writeResults(workbook);
    expect(workbook.worksheets.map((s) => s.name)).toEqual([
      'Ärenden',
      'Kodbok',
      'Inställningar',
      'Resultat',
    ]);
    const cases = workbook.getWorksheet('Ärenden')!;
    expect(Object.keys(cases.tables)).toEqual(['Arenden']);
    expect(['C1', 'I1', 'N1'].map((a) => cases.getCell(a).value)).toEqual([
      'Bakgrund',
      'Process',
      'Resultat',
    ]);
    expect(cases.views[0]).toMatchObject({ state: 'frozen', ySplit: 2 });
  });

  it('writes the result sheet without changing any cell of Ärenden', async () => {
    const workbook = await reopen(example());
    const before = sheetDump(workbook.getWorksheet('Ärenden')!);
    await writeResults(workbook);
    const after = sheetDump((await reopen(workbook)).getWorksheet('Ärenden')!);
    expect(after).toEqual(before);
  });

  it('leaves the case sheet byte for byte, however often results run: its validations never double', async () => {
    const first = new Uint8Array(await example().xlsx.writeBuffer());
    const caseSheet = 'xl/worksheets/sheet1.xml';
    let bytes: Uint8Array = first;
    for (let run = 0; run < 3; run++) {
      const port = new PackageWorkbookPort(OpcPackage.fromZip(bytes));
      await new FollowUpActions(port, () => serialFromYmd(2026, 11, 22)).writeResults();
      bytes = port.pkg.toZip();
    }
    expect(partsOf(bytes).get(caseSheet)).toEqual(partsOf(first).get(caseSheet));
    const sqrefs = [
      ...textOf(partsOf(bytes).get(caseSheet)).matchAll(/<dataValidation [^>]*sqref="([^"]+)"/g),
    ];
    const columns = sqrefs.map((m) => m[1]?.replace(/\d+/g, ''));
    expect(columns.length).toBeGreaterThan(10);
    expect(new Set(columns).size).toBe(columns.length); // one rule per column, none overlapping
  });

  it('gives the same result sheet when written twice', async () => {
    const once = await reopen(example());
    await writeResults(once);
    const twice = await reopen(once);
    await writeResults(twice);
    expect(sheetDump((await reopen(twice)).getWorksheet('Resultat')!)).toEqual(
      sheetDump((await reopen(once)).getWorksheet('Resultat')!),
    );
    expect(twice.worksheets.map((s) => s.name)).toEqual(once.worksheets.map((s) => s.name));
  });

  it('reads the columns of Arenden whatever their order', async () => {
    const reference = resultsJson((await writeResults(example())).results);
    const order = [...DEFAULT_CODEBOOK.variables.keys()].reverse();
    const shuffled = createFollowUpWorkbook({
      codebook: { variables: order.map((i) => DEFAULT_CODEBOOK.variables[i]!) },
      rows: exampleCaseRows(DEFAULT_CODEBOOK).map((row) => order.map((i) => row[i]!)),
      settings: EXAMPLE_SETTINGS,
    });
    expect(resultsJson((await writeResults(await reopen(shuffled))).results)).toEqual(reference);
  });

  it("honours the team's own labels and roles from the Kodbok sheet", async () => {
    const codebook = teamCodebook();
    const workbook = createFollowUpWorkbook({
      codebook,
      rows: [caseRow(validCase({ unit: 'Enhet ?B', situation: 'Bättre*' }), codebook)],
    });
    const { results } = await writeResults(await reopen(workbook));
    const unit = results.groups.find((g) => g.by === 'unit' && g.key[0] === 'Enhet ?B')!;
    expect([unit.n, unit.positive, unit.positiveRate]).toEqual([1, 1, 1]);
  });

  it('refuses results, in Swedish, for case rows that are not in the table Arenden', async () => {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('Mina ärenden');
    sheet.addRow(DEFAULT_CODEBOOK.variables.map((v) => v.name));
    sheet.addRow(['V-1', 'Vuxenenheten']);
    await expect(writeResults(workbook)).rejects.toThrow(Refusal);
    await expect(writeResults(workbook)).rejects.toThrow(/Infoga > Tabell/);
    const problems = checkWorkbook(readWorkbookValues(workbook), { today: serialFromYmd(2026, 11, 22) });
    expect(
      problems.some((p) => p.sheet === 'Mina ärenden' && p.cell === 'C2' && p.code === 'missing-value'),
    ).toBe(true);
  });
});
