import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type ExcelJS from 'exceljs';
import { a1 } from '../../src/core/address';
import type { Results } from '../../src/core/figures/types';
import type { ResultsSheetPlan } from '../../src/core/plan/resultsSheet';
import { auditMasking } from '../support/maskingAudit';
import { shownAt } from '../support/shownSheet';
import { fromExcelCell } from '../support/exceljs/cellValues';
import { CASE_HEADER_ROW } from '../../src/core/plan/casesSheet';
import { createFollowUpWorkbook } from '../support/exceljs/followUpWorkbook';
import { sameShown } from '../support/compareCells';
import { fixtures, writeResults } from '../support/fixtures';
import { recalculate } from './recalculate';

jest.setTimeout(240_000);

interface Written {
  readonly file: string;
  readonly plan: ResultsSheetPlan;
  readonly results: Results;
}

const written = new Map<string, Written>();
let recalculated: Map<string, ExcelJS.Workbook>;

beforeAll(async () => {
  const dir = mkdtempSync(join(tmpdir(), 'lo-fixtures-'));
  for (const fixture of fixtures()) {
    const workbook = createFollowUpWorkbook(fixture.input);
    // No cached results: the only values in the file are the ones LibreOffice computes.
    const { sheet, results, bytes } = await writeResults(workbook, { cachedResults: false });
    const file = join(dir, `${fixture.name}.xlsx`);
    writeFileSync(file, bytes);
    written.set(fixture.name, { file, plan: sheet, results });
  }
  recalculated = await recalculate([...written.values()].map((w) => w.file));
});

describe.each(fixtures().map((f) => f.name))(
  'the result sheet of "%s", recalculated by LibreOffice',
  (name) => {
    it('shows in every formula cell exactly what the core computed', () => {
      const { file, plan } = written.get(name)!;
      const sheet = recalculated.get(file)!.getWorksheet('Resultat')!;
      const formulaCells = plan.cells.filter((c) => c.content.kind === 'formula');
      expect(formulaCells.length).toBeGreaterThan(100);
      const disagreements = formulaCells.flatMap((cell) => {
        if (cell.content.kind !== 'formula') return [];
        const actual = fromExcelCell(sheet.getCell(cell.row, cell.column));
        return sameShown(cell.content.expected, actual)
          ? []
          : [
              {
                cell: a1(cell.row, cell.column),
                expected: cell.content.expected,
                actual,
                formula: cell.content.formula,
              },
            ];
      });
      expect(disagreements.slice(0, 5)).toEqual([]);
    });

    it('leaves no small count that a reader of the recalculated sheet can narrow too far', () => {
      const { file, plan, results } = written.get(name)!;
      const sheet = recalculated.get(file)!.getWorksheet('Resultat')!;
      const shown = shownAt(plan, (row, column) => fromExcelCell(sheet.getCell(row, column)));
      expect(auditMasking(results, plan.pattern.t, shown, plan.pattern.rounding)).toEqual([]);
    });
  },
);

describe('the masking pattern once the cases change, recalculated by LibreOffice', () => {
  it('flags the rows whose counts moved and warns at the top; with masking off, nothing is flagged', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'lo-stale-'));
    const example = fixtures().find((f) => f.name === 'example')!;
    const files: string[] = [];
    for (const minCount of [5, 0]) {
      const { workbook } = await writeResults(createFollowUpWorkbook(example.input), {
        cachedResults: false,
      });
      // A case moves from one unit to the other after the sheet was written.
      const cases = workbook.getWorksheet('Ärenden')!;
      const header = cases.getRow(CASE_HEADER_ROW).values as unknown[];
      const unit = header.indexOf('Enhet');
      const first = cases.getCell(CASE_HEADER_ROW + 1, unit);
      first.value = first.value === 'Vuxenenheten' ? 'Barn- och ungdomsenheten' : 'Vuxenenheten';
      if (minCount === 0) setMinCount(workbook, 0);
      const file = join(dir, `moved-${minCount}.xlsx`);
      await workbook.xlsx.writeFile(file);
      files.push(file);
    }
    const sheets = await recalculate(files);
    const warning = (file: string) =>
      fromExcelCell(sheets.get(file)!.getWorksheet('Resultat')!.getCell('A5'));
    expect(warning(files[0]!)).toEqual(
      expect.objectContaining({ text: expect.stringMatching(/^Ärendena.* har ändrats/) }),
    );
    expect(sameShown(warning(files[1]!), { kind: 'text', text: '' })).toBe(true);
  });

  it('warns when the method changes after writing: a pattern made for rounded numbers does not protect exact ones', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'lo-method-'));
    const rounded = fixtures().find((f) => f.name === 'example-rounded')!;
    const { workbook } = await writeResults(createFollowUpWorkbook(rounded.input), {
      cachedResults: false,
    });
    const settings = workbook.getWorksheet('Inställningar')!;
    settings.eachRow((row) => {
      if (String(row.getCell(2).value) === 'avrunda') row.getCell(2).value = 'dölj';
    });
    const file = join(dir, 'method-changed.xlsx');
    await workbook.xlsx.writeFile(file);
    const sheet = (await recalculate([file])).get(file)!.getWorksheet('Resultat')!;
    expect(fromExcelCell(sheet.getCell('A5'))).toEqual(
      expect.objectContaining({ text: expect.stringMatching(/skyddet av små tal har ändrats/) }),
    );
  });
});

/** Sets Inställningar's minimum count, as a user would type it. */
function setMinCount(workbook: ExcelJS.Workbook, value: number): void {
  const settings = workbook.getWorksheet('Inställningar')!;
  settings.eachRow((row) => {
    if (String(row.getCell(1).value).startsWith('Minsta')) row.getCell(2).value = value;
  });
}
