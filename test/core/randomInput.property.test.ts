import fc from 'fast-check';
import type { CellValue } from '../../src/core/cell';
import { checkFollowUp } from '../../src/core/check/checkFollowUp';
import { DEFAULT_CODEBOOK } from '../../src/core/codebook/defaultCodebook';
import { serialFromYmd } from '../../src/core/dates';
import { Refusal } from '../../src/core/errors';
import { computeResults } from '../../src/core/figures/compute';
import { resultsPlan } from '../../src/core/plan/workbookPlan';
import { readFollowUp } from '../../src/core/read/readWorkbook';
import { locateCaseTable } from '../../src/core/table/locateCaseTable';
import { DEFAULT_SETTINGS } from '../../src/core/settings';
import { workbookWithRows } from '../support/tables';

const labels = DEFAULT_CODEBOOK.variables.flatMap((v) => v.values.map((o) => o.label));

/** Anything a cell can hold, weighted towards the values that matter: labels, near-labels, dates, ages. */
const cellValue: fc.Arbitrary<CellValue> = fc.oneof(
  fc.constant<CellValue>({ kind: 'empty' }),
  fc.double().map((value): CellValue => ({ kind: 'number', value })),
  fc.integer({ min: 30000, max: 50000 }).map((value): CellValue => ({ kind: 'number', value })),
  fc.string().map((t): CellValue => ({ kind: 'text', text: t })),
  fc.constantFrom(...labels).map((t): CellValue => ({ kind: 'text', text: t })),
  fc.constantFrom(...labels).map((t): CellValue => ({ kind: 'text', text: ` ${t.toUpperCase()}` })),
  fc.boolean().map((value): CellValue => ({ kind: 'boolean', value })),
  fc.constantFrom('#N/A', '#VALUE!', '#DIV/0!').map((code): CellValue => ({ kind: 'error', code })),
);

const rows = fc.array(fc.array(cellValue, { minLength: 18, maxLength: 18 }), { maxLength: 25 });

describe('random cell values in every column', () => {
  it('never crash the check, and every problem names a cell of the table', () => {
    fc.assert(
      fc.property(rows, (caseRows) => {
        const workbook = workbookWithRows(caseRows);
        const table = locateCaseTable(workbook, DEFAULT_CODEBOOK)!;
        const problems = checkFollowUp(workbook, table, DEFAULT_CODEBOOK, {
          today: serialFromYmd(2026, 11, 22),
        });
        for (const p of problems) {
          const match = /^([A-R])(\d+)$/.exec(p.cell);
          expect(match).not.toBeNull();
          const row = Number(match![2]);
          expect(row).toBeGreaterThanOrEqual(2);
          expect(row).toBeLessThanOrEqual(2 + caseRows.length);
          expect(p.message.length).toBeGreaterThan(10);
        }
      }),
      { numRuns: 300 },
    );
  });

  it('never crash the figures or the result sheet plan, and keep every rate a fraction or no value', () => {
    fc.assert(
      fc.property(rows, (caseRows) => {
        const followUp = readFollowUp(workbookWithRows(caseRows));
        const results = computeResults(followUp.table, DEFAULT_CODEBOOK, DEFAULT_SETTINGS);
        for (const g of results.groups) {
          expect(g.known + g.dropout).toBeLessThanOrEqual(g.n);
          for (const rate of [g.positiveRate, g.dropoutRate, g.completionRate, g.dependenceShare]) {
            if (rate !== null) expect(rate >= 0 && rate <= 1).toBe(true);
          }
        }
        const { sheet } = resultsPlan(followUp);
        expect(sheet.cells.length).toBeGreaterThan(100);
      }),
      { numRuns: 150 },
    );
  });

  it('in Inställningar either read or give a named, Swedish refusal', () => {
    fc.assert(
      fc.property(fc.array(cellValue, { minLength: 7, maxLength: 7 }), (settingCells) => {
        const workbook = workbookWithRows([]);
        const settingsSheet = {
          name: 'Inställningar',
          rows: settingCells.map((c) => [{ kind: 'empty' } as CellValue, c]),
          tables: [],
        };
        try {
          readFollowUp({ sheets: [...workbook.sheets, settingsSheet] });
        } catch (e) {
          expect(e).toBeInstanceOf(Refusal);
          expect((e as Error).message).toMatch(/Inställningar!B\d/);
        }
      }),
      { numRuns: 200 },
    );
  });
});
