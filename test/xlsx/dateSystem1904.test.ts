import ExcelJS from 'exceljs';
import { FollowUpActions } from '../../src/app/followUpActions';
import type { CaseValues } from '../../src/app/caseRows';
import type { A1 } from '../../src/core/address';
import { num, text } from '../../src/core/cell';
import { DEFAULT_CODEBOOK } from '../../src/core/codebook/defaultCodebook';
import { EXAMPLE_SETTINGS } from '../../src/core/example/generate';
import { resultsJson } from '../../src/core/figures/json';
import { DAYS_FROM_1900_TO_1904 } from '../../src/core/read/dateSystem';
import { OpcPackage } from '../../src/xlsx/package/opcPackage';
import { PackageWorkbookPort } from '../../src/xlsx/package/packagePort';
import { date, validCase } from '../support/caseRows';
import { newPackagePort } from '../support/packagePorts';

/**
 * Issue 21: a workbook on the 1904 date system (old Mac files) once had every date read four years early,
 * without a word. It is read and written in its own system: the check and the figures are those of the
 * same follow-up in the 1900 system, and a date the tool writes is the date Excel shows.
 */
const TODAY = 46000;
const DATE_HEADERS = DEFAULT_CODEBOOK.variables.filter((v) => v.type === 'date').map((v) => v.name);

async function example(): Promise<Uint8Array> {
  const port = newPackagePort();
  const actions = new FollowUpActions(port, () => TODAY);
  await actions.create(EXAMPLE_SETTINGS, DEFAULT_CODEBOOK);
  await actions.insertExample();
  return port.pkg.toZip();
}

const opened = (bytes: Uint8Array) => new PackageWorkbookPort(OpcPackage.fromZip(bytes));

describe('a workbook on the 1904 date system', () => {
  it('reads its case dates as the dates they are: the check and the figures match the 1900 workbook', async () => {
    const plain = await example();
    const mac = await macFile(plain);
    const [a, b] = [new FollowUpActions(opened(plain), () => TODAY), new FollowUpActions(mac, () => TODAY)];
    expect(await b.check()).toEqual(await a.check());
    expect(resultsJson((await b.writeResults()).results)).toEqual(
      resultsJson((await a.writeResults()).results),
    );
    expect((await b.readCase(0)).actualisedOn).toEqual((await a.readCase(0)).actualisedOn);
  });

  it('writes a date so that Excel shows it: 2024-01-15 stays 2024-01-15', async () => {
    const mac = await macFile(await example());
    const actions = new FollowUpActions(mac, () => TODAY);
    const record = { ...validCase({ caseId: 'MAC-1' }), actualisedOn: date('2024-01-15') };
    const values = Object.fromEntries(
      Object.entries(record).map(([k, v]) => [
        k,
        typeof v === 'string' ? text(v) : typeof v === 'number' ? num(v) : v,
      ]),
    ) as CaseValues;
    expect((await actions.saveCase(values, null)).saved).toBe(true);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(Buffer.from(mac.pkg.toZip()));
    expect(workbook.properties.date1904).toBe(true);
    const sheet = workbook.getWorksheet('Ärenden')!;
    const header = [1, 2, 3, 4, 5].find((r) =>
      (sheet.getRow(r).values as unknown[]).includes(DATE_HEADERS[0]),
    )!;
    const column = (sheet.getRow(header).values as unknown[]).indexOf(DATE_HEADERS[0]);
    const last = sheet.getCell(header + 80, column).value;
    // exceljs reads a date cell in the workbook's own system, as Excel shows it.
    expect(last instanceof Date ? last.toISOString().slice(0, 10) : last).toBe('2024-01-15');
    expect((await actions.readCase(79)).actualisedOn).toEqual(date('2024-01-15'));
  });
});

/**
 * The same follow-up as a Mac workbook holds it: every case date 1462 days smaller (written while the
 * file is still in the 1900 system, so nothing converts them), then `date1904` set in workbook.xml.
 */
async function macFile(bytes: Uint8Array): Promise<PackageWorkbookPort> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(Buffer.from(bytes));
  const sheet = workbook.getWorksheet('Ärenden')!;
  const headerValues = (r: number) => sheet.getRow(r).values as unknown[];
  const header = [1, 2, 3, 4, 5].find((r) => headerValues(r).includes(DATE_HEADERS[0]))!;
  const columns = DATE_HEADERS.map((h) => headerValues(header).indexOf(h)).filter((c) => c > 0);
  const changes = [];
  for (let row = header + 1; row <= sheet.rowCount; row++)
    for (const column of columns) {
      const cell = sheet.getCell(row, column);
      const serial = cell.value instanceof Date ? cell.value.getTime() / 86_400_000 + 25_569 : cell.value;
      if (typeof serial === 'number')
        changes.push({
          sheet: 'Ärenden',
          cell: cell.address as A1,
          value: num(serial - DAYS_FROM_1900_TO_1904),
        });
    }
  expect(columns).toHaveLength(DATE_HEADERS.length);
  expect(changes.length).toBeGreaterThan(100);
  const plain = opened(bytes);
  await plain.setCells(changes);
  const xml = plain.pkg.text('xl/workbook.xml') ?? '';
  expect(xml).toContain('<workbookPr/>');
  plain.pkg.setText('xl/workbook.xml', xml.replace('<workbookPr/>', '<workbookPr date1904="1"/>'));
  return opened(plain.pkg.toZip());
}
