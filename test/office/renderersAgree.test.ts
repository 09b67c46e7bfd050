import ExcelJS from 'exceljs';
import { DEFAULT_CODEBOOK } from '../../src/core/codebook/defaultCodebook';
import { EXAMPLE_SETTINGS, exampleCaseRows } from '../../src/core/example/generate';
import type { CellValue } from '../../src/core/cell';
import type { SheetPlan } from '../../src/core/plan/types';
import { newWorkbookPlan, resultsPlan } from '../../src/core/plan/workbookPlan';
import { readFollowUp } from '../../src/core/read/readWorkbook';
import { fromOffice } from '../../src/office/officeCells';
import { OfficeWorkbookPort } from '../../src/office/officePort';
import { fromExcelCell } from '../../src/xlsx/cellValues';
import { readWorkbookValues } from '../../src/xlsx/readValues';
import { renderSheet } from '../../src/xlsx/renderPlan';
import { FakeWorkbook, type FakeSheet } from '../support/fakeExcel';

type Dump = Map<string, string>;

function examplePlans(): SheetPlan[] {
  const plan = newWorkbookPlan(DEFAULT_CODEBOOK, EXAMPLE_SETTINGS, exampleCaseRows(DEFAULT_CODEBOOK));
  const workbook = new ExcelJS.Workbook();
  plan.sheets.forEach((s) => renderSheet(workbook, s, { cachedResults: false }));
  return [...plan.sheets, resultsPlan(readFollowUp(readWorkbookValues(workbook))).sheet];
}

const show = (v: CellValue) => JSON.stringify(v);
/** An empty cell and an empty text read the same to anyone. */
const BLANK = new Set([show({ kind: 'empty' }), show({ kind: 'text', text: '' })]);

function dumpExcelJs(sheet: ExcelJS.Worksheet): Dump {
  const dump: Dump = new Map();
  sheet.eachRow((row, r) =>
    row.eachCell((cell, c) => {
      // exceljs shows a merged range's value in every cell of it; Excel keeps it in the first only.
      if (cell.type === ExcelJS.ValueType.Merge) return;
      const content =
        cell.type === ExcelJS.ValueType.Formula ? `=${cell.formula}` : show(fromExcelCell(cell));
      if (!BLANK.has(content)) dump.set(`${r},${c}`, `${content}|${cell.numFmt ?? ''}`);
    }),
  );
  return dump;
}

function dumpFake(sheet: FakeSheet, withFormats: Set<string>): Dump {
  const dump: Dump = new Map();
  sheet.rows.forEach((row, r) =>
    row?.forEach((cell, c) => {
      if (!cell) return;
      const content = cell.formula ?? show(fromOffice(cell.value, cell.type));
      if (BLANK.has(content)) return;
      const key = `${r + 1},${c + 1}`;
      dump.set(key, `${content}|${withFormats.has(key) ? (cell.numberFormat ?? '') : ''}`);
    }),
  );
  return dump;
}

describe('the Office.js renderer and the exceljs renderer, given the same plans', () => {
  const plans = examplePlans();
  const fake = new FakeWorkbook();
  const excel = new ExcelJS.Workbook();
  plans.forEach((p) => renderSheet(excel, p, { cachedResults: false }));

  beforeAll(async () => {
    const port = new OfficeWorkbookPort((work) => work(fake.context()));
    await port.writeSheets(plans, []);
  });

  it.each(plans.map((p) => p.name))('write the same cells, formulas and number formats on %s', (name) => {
    const excelSheet = excel.getWorksheet(name)!;
    const expected = dumpExcelJs(excelSheet);
    // Only cells with an explicit number format in exceljs are compared for it; column formats apply to both.
    const formatted = new Set([...expected].filter(([, v]) => !v.endsWith('|')).map(([k]) => k));
    const actual = dumpFake(fake.sheet(name), formatted);
    const differences = [...new Set([...expected.keys(), ...actual.keys()])]
      .filter((k) => expected.get(k) !== actual.get(k))
      .slice(0, 5)
      .map((k) => ({ cell: k, exceljs: expected.get(k), office: actual.get(k) }));
    expect(differences).toEqual([]);
    expect(expected.size).toBeGreaterThan(10);
  });

  it.each(plans.map((p) => p.name))('merge, freeze, size and validate %s alike', (name) => {
    const excelSheet = excel.getWorksheet(name)!;
    const sheet = fake.sheet(name);
    const merges = (excelSheet.model as unknown as { merges: string[] }).merges ?? [];
    expect([...sheet.merges].sort()).toEqual([...merges].sort());
    const view = excelSheet.views[0] as { xSplit?: number; ySplit?: number } | undefined;
    expect(sheet.freeze).toEqual({ rows: view?.ySplit ?? 0, columns: view?.xSplit ?? 0 });
    excelSheet.columns.forEach((column, i) => {
      if (column.width) expect((sheet.columnWidths.get(i) ?? 0) / (48 / 8.43)).toBeCloseTo(column.width, 6);
    });
    const plan = plans.find((p) => p.name === name)!;
    expect(sheet.validations.map((v) => v.address)).toEqual(
      plan.validations.map(
        (v) =>
          `${excelSheet.getCell(v.range.top, v.range.left).address}:${excelSheet.getCell(v.range.bottom, v.range.right).address}`,
      ),
    );
  });

  it('put the same data bars on the result sheet', () => {
    const model = excel.getWorksheet('Resultat')!.model as unknown as {
      conditionalFormattings: { ref: string }[];
    };
    const excelBars = model.conditionalFormattings.map((c) => c.ref);
    expect(fake.sheet('Resultat').dataBars.map((b) => b.address)).toEqual(excelBars);
    expect(excelBars.length).toBe(16);
  });

  it('draws positive change and dropout per unit and per unit and gender (Office.js only)', () => {
    const [units, unitGender] = fake.sheet('Resultat').chartList;
    expect(units?.title).toBe('Positiv förändring och bortfall per enhet');
    expect(units?.series.map((s) => s.name)).toEqual(['Positiv förändring', 'Bortfall andel']);
    expect(units?.series[0]?.categories).toMatch(/^A\d+:A\d+$/);
    expect(unitGender?.series[1]?.categories).toMatch(/^A\d+:B\d+$/);
  });

  it('creates the table Arenden over the same range', () => {
    const table = fake.tables.find((t) => t.name === 'Arenden')!;
    expect(table.getRange().address()).toBe(
      excel.getWorksheet('Ärenden')!.tables['Arenden']!.table.tableRef ?? 'A2:R81',
    );
  });

  it('sets up the result sheet for print: A4 landscape, one page wide, a title in the header', () => {
    expect(fake.sheet('Resultat').pageLayout).toMatchObject({
      orientation: 'Landscape',
      paperSize: 'A4',
      zoom: { horizontalFitToPages: 1, verticalFitToPages: 0 },
      headersFooters: { defaultForAllPages: { centerHeader: '&BResultat' } },
    });
  });
});
