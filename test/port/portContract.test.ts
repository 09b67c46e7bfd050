import ExcelJS from 'exceljs';
import { a1 } from '../../src/core/address';
import { EMPTY, text, type CellValue } from '../../src/core/cell';
import { DEFAULT_CODEBOOK } from '../../src/core/codebook/defaultCodebook';
import { DEFAULT_SETTINGS } from '../../src/core/settings';
import { newWorkbookPlan } from '../../src/core/plan/workbookPlan';
import { newCaseColumn } from '../../src/core/plan/casesSheet';
import type { WorkbookPort } from '../../src/core/port/workbookPort';
import { locateCaseTable } from '../../src/core/table/locateCaseTable';
import { Refusal } from '../../src/core/errors';
import { OfficeWorkbookPort } from '../../src/office/officePort';
import { ExcelJsWorkbookPort } from '../support/exceljs/excelJsPort';
import { emptyPackage } from '../../src/xlsx/package/emptyPackage';
import { OpcPackage } from '../../src/xlsx/package/opcPackage';
import { PackageWorkbookPort } from '../../src/xlsx/package/packagePort';
import { caseRow, validCase } from '../support/caseRows';
import { FakeWorkbook } from '../support/fakeExcel';
import { homeVariable } from '../support/fixtures';

const HOME = homeVariable(['Hemlös']);

/** Both ports through one scenario; the case table each ends with. */
async function scenario(port: WorkbookPort) {
  await port.writeSheets(
    newWorkbookPlan(DEFAULT_CODEBOOK, DEFAULT_SETTINGS, [caseRow(validCase({ caseId: 'A' }))]).sheets,
    [],
  );
  await port.appendCaseRows([
    caseRow(validCase({ caseId: 'B' })),
    caseRow(validCase({ caseId: 'C', age: text('45') })),
  ]);
  await port.updateCaseRow(1, caseRow(validCase({ caseId: 'B2', situation: 'Okänd' })));
  await port.setCells([{ sheet: 'Ärenden', cell: a1(5, 4), value: { kind: 'number', value: 45 } }]);
  await port.selectCell('Ärenden', a1(5, 4));
  await port.addCaseColumn(
    newCaseColumn(DEFAULT_CODEBOOK, HOME, { sheet: 'Ärenden', column: 19, lastCaseRow: 5 }),
  );
  const table = locateCaseTable(await port.readValues(), DEFAULT_CODEBOOK)!;
  return {
    headerRow: table.headerRow,
    headers: table.headers,
    rows: table.rows.map((row) => row.map(plain)),
    selected: await port.selectedCell(),
  };
}

/** An empty text and an empty cell are the same to the core's readers. */
const plain = (cell: CellValue) => (cell.kind === 'text' && cell.text === '' ? { kind: 'empty' } : cell);

describe('the workbook ports', () => {
  it('end the same scenario with the same case table', async () => {
    const fromFile = await scenario(new ExcelJsWorkbookPort(new ExcelJS.Workbook()));
    const fake = new FakeWorkbook();
    const fromOffice = await scenario(new OfficeWorkbookPort((work) => work(fake.context())));
    expect(fromFile.rows).toHaveLength(3);
    expect(fromFile.rows.map((r) => r[0])).toEqual([text('A'), text('B2'), text('C')]);
    expect(fromFile.headers.at(-1)).toBe('Boendesituation');
    expect(fromFile.rows.map((r) => r.length)).toEqual([19, 19, 19]);
    expect(fromOffice).toEqual(fromFile);
    const fromPackage = await scenario(new PackageWorkbookPort(emptyPackage()));
    expect(fromPackage).toEqual(fromFile);
  });

  it('remove case rows and insert one alike: rows below move, the table shrinks and grows (issue 13)', async () => {
    const removing = async (port: WorkbookPort) => {
      await scenario(port);
      // The scenario added a team column: a row has 19 cells.
      const row = (id: string) => [...caseRow(validCase({ caseId: id })), EMPTY];
      await port.appendCaseRows([row('D'), row('E')]);
      await port.removeCaseRows([1, 3]); // B2 and D
      const afterRemoval = locateCaseTable(await port.readValues(), DEFAULT_CODEBOOK)!;
      await port.insertCaseRow(1, row('B2'));
      const afterUndo = locateCaseTable(await port.readValues(), DEFAULT_CODEBOOK)!;
      await port.removeCaseRows([0, 1, 2, 3]);
      const emptied = locateCaseTable(await port.readValues(), DEFAULT_CODEBOOK)!;
      const ids = (t: typeof emptied) => t.rows.map((r) => plain(r[0]!));
      return { afterRemoval: ids(afterRemoval), afterUndo: ids(afterUndo), emptied: ids(emptied) };
    };
    const fromFile = await removing(new ExcelJsWorkbookPort(new ExcelJS.Workbook()));
    expect(fromFile).toEqual({
      afterRemoval: [text('A'), text('C'), text('E')],
      afterUndo: [text('A'), text('B2'), text('C'), text('E')],
      // An Excel table keeps one (empty) row.
      emptied: [{ kind: 'empty' }],
    });
    const fake = new FakeWorkbook();
    expect(await removing(new OfficeWorkbookPort((work) => work(fake.context())))).toEqual(fromFile);
    expect(await removing(new PackageWorkbookPort(emptyPackage()))).toEqual(fromFile);
  });

  it('read single cells alike, by sheet name in any letter case; a missing sheet reads empty', async () => {
    const cellsOf = async (port: WorkbookPort) => {
      await scenario(port);
      return (
        await port.readCells([
          { sheet: 'Ärenden', cell: a1(4, 1) },
          { sheet: 'ärenden', cell: a1(5, 4) },
          { sheet: 'Kodbok', cell: a1(5, 1) },
          { sheet: 'Inget sådant blad', cell: a1(1, 1) },
          { sheet: 'Ärenden', cell: a1(900, 40) },
        ])
      ).map(plain);
    };
    const fromFile = await cellsOf(new ExcelJsWorkbookPort(new ExcelJS.Workbook()));
    expect(fromFile.slice(0, 2)).toEqual([text('B2'), { kind: 'number', value: 45 }]);
    expect(fromFile.slice(3)).toEqual([EMPTY, EMPTY]);
    const fake = new FakeWorkbook();
    expect(await cellsOf(new OfficeWorkbookPort((work) => work(fake.context())))).toEqual(fromFile);
    expect(await cellsOf(new PackageWorkbookPort(emptyPackage()))).toEqual(fromFile);
  });

  it('the package port reads back from its own file what it wrote', async () => {
    const port = new PackageWorkbookPort(emptyPackage());
    const written = await scenario(port);
    const reopened = new PackageWorkbookPort(OpcPackage.fromZip(port.pkg.toZip()));
    const table = locateCaseTable(await reopened.readValues(), DEFAULT_CODEBOOK)!;
    expect(table.rows.map((row) => row.map(plain))).toEqual(written.rows);
  });

  it.each([
    ['exceljs', () => new ExcelJsWorkbookPort(new ExcelJS.Workbook())],
    ['package', () => new PackageWorkbookPort(emptyPackage())],
    [
      'Office.js',
      () => {
        const fake = new FakeWorkbook();
        return new OfficeWorkbookPort((work) => work(fake.context()));
      },
    ],
  ])(
    'refuse alike (%s): the same refusal, Swedish and English, for a sheet that exists',
    async (_name, make) => {
      const port: WorkbookPort = make();
      const sheets = newWorkbookPlan(DEFAULT_CODEBOOK, DEFAULT_SETTINGS, []).sheets;
      await port.writeSheets(sheets, []);
      const refusal = await port.writeSheets(sheets, []).catch((e: unknown) => e);
      expect(refusal).toBeInstanceOf(Refusal);
      expect((refusal as Refusal).code).toBe('sheet-exists');
      expect((refusal as Refusal).message).toBe(
        'Bladet Ärenden finns redan och skrivs inte över. Byt namn på det först.',
      );
      expect((refusal as Refusal).in('en')).toBe(
        'The sheet Ärenden exists already and is not overwritten. Rename it first.',
      );
    },
  );

  it('keep appended rows in the table of the saved file, as another program reads it', async () => {
    const port = new PackageWorkbookPort(emptyPackage());
    await scenario(port);
    const reopened = new ExcelJS.Workbook();
    await reopened.xlsx.load(port.pkg.toZip());
    expect(reopened.getWorksheet('Ärenden')!.tables['Arenden']!.table.tableRef).toBe('A2:S5');
  });
});
