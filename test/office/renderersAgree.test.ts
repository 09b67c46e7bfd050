import ExcelJS from 'exceljs';
import { DEFAULT_CODEBOOK } from '../../src/core/codebook/defaultCodebook';
import { EXAMPLE_SETTINGS, exampleCaseRows } from '../../src/core/example/generate';
import type { CellValue } from '../../src/core/cell';
import type { SheetPlan } from '../../src/core/plan/types';
import { newWorkbookPlan, resultsPlan } from '../../src/core/plan/workbookPlan';
import { readFollowUp } from '../../src/core/read/readWorkbook';
import { fromOffice } from '../../src/office/officeCells';
import { OfficeWorkbookPort } from '../../src/office/officePort';
import { PackageWorkbookPort } from '../../src/xlsx/package/packagePort';
import { emptyPackage } from '../../src/xlsx/package/emptyPackage';
import { sheetEntries, workbookPart } from '../../src/xlsx/package/readPackage';
import { a1, absoluteA1, columnLetters } from '../../src/core/address';
import { fromExcelCell } from '../support/exceljs/cellValues';
import { FakeWorkbook, type FakeSheet } from '../support/fakeExcel';
import { excelJsOf } from '../support/packagePorts';

type Dump = Map<string, string>;

const SHEETS = ['Ärenden', 'Kodbok', 'Inställningar', 'Resultat'];

/** The example's plans, written by the package adapter (the file the command line and web page write). */
async function examplePlans(file: PackageWorkbookPort): Promise<SheetPlan[]> {
  const plan = newWorkbookPlan(DEFAULT_CODEBOOK, EXAMPLE_SETTINGS, exampleCaseRows(DEFAULT_CODEBOOK));
  await file.writeSheets(plan.sheets, []);
  const results = resultsPlan(readFollowUp(await file.readValues())).sheet;
  await file.writeSheets([results], []);
  return [...plan.sheets, results];
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

describe('the Office.js renderer and the package writer, given the same plans', () => {
  let plans: SheetPlan[] = [];
  const fake = new FakeWorkbook();
  const file = new PackageWorkbookPort(emptyPackage(), { cachedResults: false });
  /** The package writer's file, as another program (exceljs) reads it. */
  let excel: ExcelJS.Workbook;

  beforeAll(async () => {
    plans = await examplePlans(file);
    excel = await excelJsOf(file);
    const port = new OfficeWorkbookPort((work) => work(fake.context()));
    await port.writeSheets(plans, []);
  });

  it.each(SHEETS)('write the same cells, formulas and number formats on %s', (name) => {
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

  it.each(SHEETS)('merge, freeze, size and validate %s alike', (name) => {
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
    // One cell is one cell, written `I16` or `I16:I16`.
    const oneCell = (address: string) => address.replace(/^([A-Z]+\d+):\1$/, '$1');
    expect(fake.sheet('Resultat').dataBars.map((b) => oneCell(b.address))).toEqual(excelBars.map(oneCell));
    expect(excelBars.length).toBe(16);
  });

  it('draw the same charts: positive change and dropout per breakdown, their shares named, gaps where hidden', () => {
    const list = fake.sheet('Resultat').chartList;
    const [units] = list;
    expect(units?.title).toBe(
      'Per enhet: positiv förändring (andel av ärenden med känd situation) och bortfall (andel av alla ärenden)',
    );
    expect(units?.series.map((s) => s.name)).toEqual([
      'Positiv förändring, andel av ärenden med känd situation',
      'Bortfall, andel av alla ärenden',
    ]);
    expect(units?.series[0]?.categories).toMatch(/^A\d+:A\d+$/);
    // One chart per breakdown but the total and unit × gender, whose every rate the example hides: a line
    // says so instead of empty axes. Each reads the hidden chart-data columns, shown in the chart.
    const results = plans.find((p) => p.name === 'Resultat')!;
    expect(list.length).toBe(results.charts!.length);
    expect(list.length).toBeGreaterThanOrEqual(6);
    expect(
      results.cells.some(
        (c) =>
          c.content.kind === 'value' &&
          c.content.value.kind === 'text' &&
          c.content.value.text.startsWith('Per enhet och kön: varje värde döljs'),
      ),
    ).toBe(true);
    expect(list.every((c) => c.plotVisibleOnly === false)).toBe(true);
    expect([...fake.sheet('Resultat').hiddenColumns].sort((a, b) => a - b)).toEqual(
      plans.find((p) => p.name === 'Resultat')!.hiddenColumns!.map((c) => c - 1),
    );
    const charts = list.map((_, i) => file.pkg.text(`xl/charts/chart${i + 1}.xml`) ?? '');
    expect(charts.every((xml) => xml.includes('<c:plotVisOnly val="0"/>'))).toBe(true);
    const inFile = charts.map((xml) => ({
      title: /<a:t>([^<]*)<\/a:t>/.exec(xml)?.[1],
      series: [...xml.matchAll(/<c:tx><c:v>([^<]*)<\/c:v><\/c:tx>/g)].map((m) => m[1]),
      categories: [...xml.matchAll(/<c:cat><c:\w+><c:f>'Resultat'!([^<]*)<\/c:f>/g)].map((m) =>
        m[1]?.replace(/\$/g, ''),
      ),
      values: [...xml.matchAll(/<c:val><c:numRef><c:f>'Resultat'!([^<]*)<\/c:f>/g)].map((m) =>
        m[1]?.replace(/\$/g, ''),
      ),
    }));
    const inOffice = fake.sheet('Resultat').chartList.map((chart) => ({
      title: chart.title,
      series: chart.series.map((s) => s.name),
      categories: chart.series.map((s) => s.categories),
      values: chart.series.map((s) => s.values),
    }));
    expect(inFile).toEqual(inOffice);
  });

  it('creates the table Arenden over the same range', () => {
    const table = fake.tables.find((t) => t.name === 'Arenden')!;
    expect(table.getRange().address()).toBe(
      excel.getWorksheet('Ärenden')!.tables['Arenden']!.table.tableRef ?? 'A2:R81',
    );
  });

  it('sets up the result sheet for print as the file does: scale, header, titles and page breaks', () => {
    const print = plans.find((p) => p.name === 'Resultat')!.print!;
    const sheet = fake.sheet('Resultat');
    expect(sheet.pageLayout).toMatchObject({
      orientation: 'Landscape',
      paperSize: 'A4',
      zoom: { scale: print.scale },
      headersFooters: {
        defaultForAllPages: {
          leftHeader: `&"-,Bold"${EXAMPLE_SETTINGS.name} – ${EXAMPLE_SETTINGS.municipality}`,
          rightHeader: `Period: ${EXAMPLE_SETTINGS.period}`,
          centerFooter: 'Sida &P av &N',
        },
      },
      printTitleRows: '$1:$2',
      printTitleColumns: '$A:$B',
      // The tables, then the charts across the headline columns only.
      printArea: print.areas!.map((a) => `${a1(a.top, a.left)}:${a1(a.bottom, a.right)}`).join(','),
    });
    expect(print.areas).toHaveLength(2);
    expect(print.areas![1]!.right).toBe(9);
    expect(print.scale).toBeGreaterThanOrEqual(73);
    const part = sheetEntries(file.pkg, workbookPart(file.pkg)).find((e) => e.name === 'Resultat')!.part;
    const xml = file.pkg.text(part) ?? '';
    expect(xml).toContain(`scale="${print.scale}"`);
    const fileBreaks = (name: string) =>
      [...(new RegExp(`<${name}[^>]*>(.*?)</${name}>`).exec(xml)?.[1] ?? '').matchAll(/id="(\d+)"/g)].map(
        (m) => Number(m[1]) + 1,
      );
    expect(sheet.pageBreaks.rows).toEqual(fileBreaks('rowBreaks').map((r) => `A${r}`));
    expect(sheet.pageBreaks.columns).toEqual(fileBreaks('colBreaks').map((c) => `${columnLetters(c)}1`));
    expect(sheet.pageBreaks.columns.length).toBeGreaterThan(0);
    expect(file.pkg.text('xl/workbook.xml')).toContain(
      `<definedName name="_xlnm.Print_Titles" localSheetId="3">'Resultat'!$A:$B,'Resultat'!$1:$2</definedName>`,
    );
    const [tables, charts] = print.areas!.map(
      (a) => `'Resultat'!${absoluteA1(a.top, a.left)}:${absoluteA1(a.bottom, a.right)}`,
    );
    expect(file.pkg.text('xl/workbook.xml')).toContain(
      `<definedName name="_xlnm.Print_Area" localSheetId="3">${tables},${charts}</definedName>`,
    );
  });
});
