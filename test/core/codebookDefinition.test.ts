import type ExcelJS from 'exceljs';
import { num, text } from '../../src/core/cell';
import { checkWorkbook } from '../../src/core/check/checkFollowUp';
import { DEFAULT_CODEBOOK } from '../../src/core/codebook/defaultCodebook';
import { teamKey } from '../../src/core/codebook/types';
import { serialFromYmd } from '../../src/core/dates';
import { EXAMPLE_SETTINGS, exampleCaseRows } from '../../src/core/example/generate';
import { resultsJson } from '../../src/core/figures/json';
import { CODEBOOK_VERSION_CELL } from '../../src/core/layout/kodbokLayout';
import { readCodebookSheet } from '../../src/core/read/readCodebook';
import { readFollowUp, assertReadyForResults } from '../../src/core/read/readWorkbook';
import { resultsPlan } from '../../src/core/plan/workbookPlan';
import { createFollowUpWorkbook } from '../support/exceljs/followUpWorkbook';
import { readWorkbookValues } from '../support/exceljs/readValues';
import { caseRow, validCase } from '../support/caseRows';
import { ownVariablesCodebook, writeResults } from '../support/fixtures';

const TODAY = { today: serialFromYmd(2026, 11, 22) };

function exampleWorkbook(): ExcelJS.Workbook {
  return createFollowUpWorkbook({ rows: exampleCaseRows(DEFAULT_CODEBOOK), settings: EXAMPLE_SETTINGS });
}

/** The Kodbok cell holding a label of a list, and the role cell beside it. */
function labelCell(workbook: ExcelJS.Workbook, label: string): ExcelJS.Cell {
  const sheet = workbook.getWorksheet('Kodbok')!;
  let found: ExcelJS.Cell | undefined;
  sheet.eachRow((row) => row.eachCell((cell) => (found ??= cell.value === label ? cell : undefined)));
  if (!found) throw new Error(`no ${label}`);
  return found;
}
const roleCellOf = (workbook: ExcelJS.Workbook, label: string) => {
  const cell = labelCell(workbook, label);
  return workbook.getWorksheet('Kodbok')!.getCell(Number(cell.row), Number(cell.col) + 1);
};
const problemsIn = (workbook: ExcelJS.Workbook, sheet: string) =>
  checkWorkbook(readWorkbookValues(workbook), TODAY).filter((p) => p.sheet === sheet);

describe('a damaged codebook is caught, not counted', () => {
  it('a value of Situation efter avslut without its role is an error at the role cell, and results refuse', async () => {
    const workbook = exampleWorkbook();
    const role = roleCellOf(workbook, 'Förbättrad');
    role.value = null;
    const problems = problemsIn(workbook, 'Kodbok');
    expect(problems.map((p) => [p.code, p.cell])).toEqual(
      expect.arrayContaining([['codebook-role', role.address]]),
    );
    await expect(writeResults(workbook)).rejects.toThrow(/Kodboken har fel/);
  });

  it('a role name the tool does not know is an error, not silently nothing', () => {
    const workbook = exampleWorkbook();
    roleCellOf(workbook, 'Förbättrad').value = 'förbättrad ';
    expect(problemsIn(workbook, 'Kodbok')[0]).toMatchObject({ code: 'codebook-role', severity: 'error' });
  });

  it('two labels that count as one (case or spacing) are reported at the second', () => {
    const workbook = exampleWorkbook();
    const cell = labelCell(workbook, 'Cannabis');
    workbook.getWorksheet('Kodbok')!.getCell(Number(cell.row) + 20, Number(cell.col)).value = 'cannabis';
    expect(problemsIn(workbook, 'Kodbok').map((p) => p.code)).toEqual(['codebook-label']);
  });

  it('overlapping age bands are an error at their cell, never rewritten', async () => {
    const workbook = exampleWorkbook();
    workbook.getWorksheet('Inställningar')!.getCell('B7').value = '0–17, 10–25';
    expect(problemsIn(workbook, 'Inställningar')).toEqual([
      expect.objectContaining({ code: 'invalid-setting', cell: 'B7', severity: 'error' }),
    ]);
    await expect(writeResults(workbook)).rejects.toThrow(/Inställningar!B7/);
  });

  it('the example as made has no problem in Kodbok or Inställningar', () => {
    const workbook = exampleWorkbook();
    expect([...problemsIn(workbook, 'Kodbok'), ...problemsIn(workbook, 'Inställningar')]).toEqual([]);
  });
});

describe('a Kodbok from the previous version', () => {
  it('is read with the roles this version added, and marked for repair', () => {
    const workbook = exampleWorkbook();
    const kodbok = workbook.getWorksheet('Kodbok')!;
    kodbok.getCell(CODEBOOK_VERSION_CELL.row, CODEBOOK_VERSION_CELL.column).value = null;
    const ja = roleCellOf(workbook, 'Ja');
    // The previous version wrote no roles for Beslut om insats.
    for (const label of ['Ja', 'Nej']) {
      const cell = labelCell(workbook, label);
      const role = kodbok.getCell(Number(cell.row), Number(cell.col) + 1);
      if (role.value === 'ja' || role.value === 'nej') role.value = null;
    }
    expect(ja.value).toBeNull();
    const reading = readCodebookSheet(readWorkbookValues(workbook));
    expect(reading.upToDate).toBe(false);
    expect(reading.problems).toEqual([]);
    const decided = reading.codebook.variables.find((v) => v.key === 'interventionDecided')!;
    expect(decided.values.map((v) => v.role)).toEqual(['yes', 'no']);
  });
});

describe("a team's own variables, from its Kodbok", () => {
  const codebook = ownVariablesCodebook();
  const home = teamKey('Boendesituation');
  const rows = [
    caseRow(validCase({ caseId: 'A', unit: 'Beroendemottagningen', [home]: 'Hemlös' }), codebook),
    caseRow(validCase({ caseId: 'B', [home]: 'hemlös' }), codebook),
    caseRow(validCase({ caseId: 'C', [home]: 'Husvagn' }), codebook),
    caseRow(validCase({ caseId: 'D', unit: 'Okänd enhet' }), codebook),
    caseRow(validCase({ caseId: 'E', [teamKey('Tidigare insatser')]: 51 }), codebook),
  ];
  const workbook = createFollowUpWorkbook({ codebook, rows });

  it('are read back with their type, bounds and values', () => {
    const read = readCodebookSheet(readWorkbookValues(workbook));
    expect(read.problems).toEqual([]);
    expect(read.codebook.variables.find((v) => v.key === teamKey('Tidigare insatser'))).toMatchObject({
      type: 'integer',
      bounds: { min: 0, max: 50 },
    });
    expect(read.codebook.variables.find((v) => v.key === home)?.values.map((v) => v.label)).toEqual([
      'Egen bostad',
      'Hemlös',
      'Boende med stöd',
    ]);
  });

  it('are checked by their own type and bounds, with no age message', () => {
    const problems = checkWorkbook(readWorkbookValues(workbook), TODAY);
    const number = problems.find((p) => p.code === 'invalid-number');
    expect(number?.message).toBe('51 går inte: Tidigare insatser ska vara ett heltal från 0 till 50.');
    expect(problems.find((p) => p.message.includes('Husvagn'))).toMatchObject({
      code: 'unknown-value',
      addToCodebook: { variable: home, label: 'Husvagn' },
    });
  });

  it('get a breakdown in the JSON, and every breakdown adds up to the total', () => {
    const followUp = readFollowUp(readWorkbookValues(workbook));
    assertReadyForResults(followUp);
    const { results } = resultsPlan(followUp);
    const json = resultsJson(results);
    const byHome = json.groups.filter((g) => g.by === 'variable');
    expect(byHome.map((g) => [g.variable, g.key, g.n])).toEqual([
      ['Boendesituation', ['Egen bostad'], 0],
      ['Boendesituation', ['Hemlös'], 2],
      ['Boendesituation', ['Boende med stöd'], 0],
      ['Boendesituation', ['Ej i kodboken'], 1],
      ['Boendesituation', ['Ej ifyllt'], 2],
    ]);
    const units = json.groups.filter((g) => g.by === 'unit').map((g) => [g.key[0], g.n]);
    expect(units).toEqual([
      ['Vuxenenheten', 3],
      ['Barn- och ungdomsenheten', 0],
      ['Beroendemottagningen', 1],
      ['Ej i kodboken', 1],
      ['Ej ifyllt', 0],
    ]);
    for (const { breakdown, groups } of results.breakdowns) {
      const sum = groups.reduce((n, g) => n + g.n, 0);
      expect([breakdown.id, sum]).toEqual([breakdown.id, results.cases]);
    }
    const unitQuality = results.dataQuality.find((q) => q.key === 'unit');
    expect(unitQuality).toMatchObject({ filled: 5, missing: 0, notInCodebook: 1 });
  });
});

describe('values coded as numbers', () => {
  it('count a number 1 under the label "1", as COUNTIFS does, and the check accepts it', () => {
    const codebook = {
      variables: DEFAULT_CODEBOOK.variables.map((v) =>
        v.key === 'gender' ? { ...v, values: ['1', '2'].map((label) => ({ label, role: null })) } : v,
      ),
    };
    const workbook = createFollowUpWorkbook({
      codebook,
      rows: [
        caseRow(validCase({ gender: num(1) }), codebook),
        caseRow(validCase({ gender: text('1') }), codebook),
      ],
    });
    const { results } = resultsPlan(readFollowUp(readWorkbookValues(workbook)));
    expect(
      results.groups.filter((g) => g.by === 'unit+gender').map((g) => [g.key.join('/'), g.n]),
    ).toContainEqual(['Vuxenenheten/1', 2]);
    expect(
      checkWorkbook(readWorkbookValues(workbook), TODAY).filter((p) => p.code === 'unknown-value'),
    ).toEqual([]);
  });
});
