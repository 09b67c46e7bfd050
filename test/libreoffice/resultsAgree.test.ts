import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type ExcelJS from 'exceljs';
import { a1 } from '../../src/core/address';
import type { SheetPlan } from '../../src/core/plan/types';
import { fromExcelCell } from '../../src/xlsx/cellValues';
import { createFollowUpWorkbook } from '../../src/xlsx/followUpWorkbook';
import { sameShown } from '../support/compareCells';
import { fixtures, writeResults } from '../support/fixtures';
import { recalculate } from './recalculate';

jest.setTimeout(240_000);

interface Written {
  readonly file: string;
  readonly plan: SheetPlan;
}

const written = new Map<string, Written>();
let recalculated: Map<string, ExcelJS.Workbook>;

beforeAll(async () => {
  const dir = mkdtempSync(join(tmpdir(), 'lo-fixtures-'));
  for (const fixture of fixtures()) {
    const workbook = createFollowUpWorkbook(fixture.input);
    // No cached results: the only values in the file are the ones LibreOffice computes.
    const { sheet } = await writeResults(workbook, { cachedResults: false });
    const file = join(dir, `${fixture.name}.xlsx`);
    await workbook.xlsx.writeFile(file);
    written.set(fixture.name, { file, plan: sheet });
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
  },
);
