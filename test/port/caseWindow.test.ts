import ExcelJS from 'exceljs';
import { a1 } from '../../src/core/address';
import { EMPTY, num, text, type CellValue } from '../../src/core/cell';
import { DEFAULT_CODEBOOK } from '../../src/core/codebook/defaultCodebook';
import { newWorkbookPlan } from '../../src/core/plan/workbookPlan';
import type { WorkbookPort } from '../../src/core/port/workbookPort';
import type { CaseWindowRequest } from '../../src/core/read/caseWindow';
import { DEFAULT_SETTINGS } from '../../src/core/settings';
import { serialFromYmd } from '../../src/core/dates';
import { FollowUpActions } from '../../src/app/followUpActions';
import { valuesOf } from '../../src/app/caseRows';
import { OfficeWorkbookPort } from '../../src/office/officePort';
import { emptyPackage } from '../../src/xlsx/package/emptyPackage';
import { PackageWorkbookPort } from '../../src/xlsx/package/packagePort';
import { ExcelJsWorkbookPort } from '../support/exceljs/excelJsPort';
import { caseRow, validCase } from '../support/caseRows';
import { FakeWorkbook } from '../support/fakeExcel';

const TODAY = serialFromYmd(2026, 11, 22);

/** The three ports, the Office.js one over a fake Excel whose Find calls are counted. */
function ports() {
  const fake = new FakeWorkbook();
  return {
    fake,
    all: [
      ['exceljs', new ExcelJsWorkbookPort(new ExcelJS.Workbook())],
      ['package', new PackageWorkbookPort(emptyPackage())],
      ['Office.js', new OfficeWorkbookPort((work) => work(fake.context()))],
    ] as [string, WorkbookPort][],
  };
}

/** A follow-up whose IDs are V-1, the number 14, v-3 …, with text beside the table that reads like an ID. */
async function followUp(port: WorkbookPort, ids: readonly (string | number)[]) {
  const rows = ids.map((id) => caseRow(validCase({ caseId: id })));
  await port.writeSheets(newWorkbookPlan(DEFAULT_CODEBOOK, DEFAULT_SETTINGS, rows).sheets, []);
  // Outside the table, in the header's row: Find on a single cell would search the whole sheet and stop here.
  await port.setCells([{ sheet: 'Ärenden', cell: a1(1, 30), value: text('V-9') }]);
}

const plain = (cell: CellValue) => (cell.kind === 'text' && cell.text === '' ? EMPTY : cell);

async function windowOf(port: WorkbookPort, request: CaseWindowRequest) {
  const window = await port.readCaseWindow(request);
  if (!window) throw new Error('no window');
  return {
    idRow: window.idRow,
    rowCount: window.rowCount,
    rows: window.rows.map((r) => ({ index: r.index, cells: r.cells.map(plain) })),
    headerRow: window.table.headerRow,
    headers: window.table.headers,
    idColumn: window.table.columnOf.caseId,
    variables: window.codebook.variables.length,
  };
}

describe('the case window: what an action on one case reads (issue 13)', () => {
  it('is the same from every port: the rows asked for, the last rows, and where an ID is', async () => {
    const { fake, all } = ports();
    const requests: CaseWindowRequest[] = [
      { rows: [1], lastRows: 2 },
      // A number stored, the same typed as text; other letter case.
      { rows: [], lastRows: 0, findId: { id: '14', exceptRow: null } },
      { rows: [], lastRows: 0, findId: { id: 'V-3', exceptRow: null } },
      // The case being edited does not clash with itself; the next one that holds the ID does.
      { rows: [0], lastRows: 0, findId: { id: 'v-1', exceptRow: 0 } },
      { rows: [], lastRows: 0, findId: { id: 'ny', exceptRow: null } },
      // A row past the end is left out.
      { rows: [99], lastRows: 0 },
    ];
    const results: Record<string, unknown[]> = {};
    for (const [name, port] of all) {
      await followUp(port, ['V-1', 14, 'v-3', 'V-4', 'v-1']);
      results[name] = [];
      for (const request of requests) results[name].push(await windowOf(port, request));
    }
    expect(results['Office.js']).toEqual(results['exceljs']);
    expect(results['package']).toEqual(results['exceljs']);
    const idRows = results['exceljs']!.map((w) => (w as { idRow: number | null }).idRow);
    expect(idRows).toEqual([null, 1, 2, 4, null, null]);
    expect((results['exceljs']![0] as { rows: { index: number }[] }).rows.map((r) => r.index)).toEqual([
      1, 3, 4,
    ]);
    // Office.js asked Excel's MATCH, rather than reading the ID column.
    expect(fake.matchCalls).toBeGreaterThan(0);
  });

  it('looks only down the ID column, around the case being edited, even where one row is left', async () => {
    for (const [, port] of ports().all) {
      await followUp(port, ['V-1', 'V-2']);
      // Editing row 0: the block below it is the single row 1, which does not hold V-9 (only row 1 of the sheet does).
      expect(
        (await windowOf(port, { rows: [], lastRows: 0, findId: { id: 'V-9', exceptRow: 0 } })).idRow,
      ).toBeNull();
      expect(
        (await windowOf(port, { rows: [], lastRows: 0, findId: { id: 'v-2', exceptRow: 0 } })).idRow,
      ).toBe(1);
    }
  });

  it('reads the whole workbook instead where Office.js cannot read part: an ID MATCH would take as a pattern', async () => {
    const fake = new FakeWorkbook();
    const port = new OfficeWorkbookPort((work) => work(fake.context()));
    await followUp(port, ['A*1', 'B?2']);
    expect(
      await port.readCaseWindow({ rows: [], lastRows: 0, findId: { id: 'a*1', exceptRow: null } }),
    ).toBeNull();
    const actions = new FollowUpActions(port, () => TODAY);
    const outcome = await actions.saveCase(
      valuesOf(DEFAULT_CODEBOOK, caseRow(validCase({ caseId: 'a*1' }))),
      null,
    );
    expect(outcome.saved).toBe(false);
    expect(outcome.findings.get('caseId')?.map((f) => f.message)).toContain(
      'Ärende-ID a*1 finns redan på rad 3. Varje ärende ska ha ett eget ID.',
    );
    expect(fake.matchCalls).toBe(0);
  });

  it('reads the whole workbook instead for a Kodbok larger than the part read at once, and loses none of it', async () => {
    const fake = new FakeWorkbook();
    const port = new OfficeWorkbookPort((work) => work(fake.context()));
    await followUp(port, ['V-1']);
    await port.setCells([{ sheet: 'Kodbok', cell: a1(500, 2), value: text('en anteckning långt ner') }]);
    expect(await port.readCaseWindow({ rows: [], lastRows: 0 })).toBeNull();
    const actions = new FollowUpActions(port, () => TODAY);
    expect((await actions.formCodebook()).variables).toHaveLength(DEFAULT_CODEBOOK.variables.length);
    expect(await actions.readCase(0)).toMatchObject({ caseId: text('V-1') });
  });

  it('fills the table’s empty row first, keeping what the team wrote in its own column there', async () => {
    for (const [name, port] of ports().all) {
      await port.writeSheets(newWorkbookPlan(DEFAULT_CODEBOOK, DEFAULT_SETTINGS, []).sheets, []);
      const teamColumn = DEFAULT_CODEBOOK.variables.length + 1;
      await port.addCaseColumn({
        sheet: 'Ärenden',
        header: 'Egen',
        column: teamColumn,
        width: 10,
        validations: [],
        formats: [],
      });
      await port.setCells([{ sheet: 'Ärenden', cell: a1(3, teamColumn), value: num(7) }]);
      const actions = new FollowUpActions(port, () => TODAY);
      await actions.saveCase(valuesOf(DEFAULT_CODEBOOK, caseRow(validCase({ caseId: 'N-1' }))), null);
      const window = await windowOf(port, { rows: [], lastRows: 5 });
      expect([name, window.rowCount]).toEqual([name, 1]);
      expect(window.rows[0]!.cells[0]).toEqual(text('N-1'));
      expect(window.rows[0]!.cells[teamColumn - 1]).toEqual(num(7));
    }
  });
});
