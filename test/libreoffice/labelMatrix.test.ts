import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { a1 } from '../../src/core/address';
import { EMPTY, foldCase, num, text, type CellValue } from '../../src/core/cell';
import { checkValue } from '../../src/core/check/valueRules';
import { DEFAULT_CODEBOOK } from '../../src/core/codebook/defaultCodebook';
import type { Codebook } from '../../src/core/codebook/types';
import { labelKeyer } from '../../src/core/labels';
import { CASE_HEADER_ROW } from '../../src/core/plan/casesSheet';
import { labelCriterion } from '../../src/core/plan/formulaText';
import { labelTest } from '../../src/core/plan/groupFormulas';
import { labelRefusal } from '../../src/core/read/codebookNames';
import { caseRow, validCase } from '../support/caseRows';
import { createFollowUpWorkbook } from '../support/exceljs/followUpWorkbook';
import { recalculate } from './recalculate';

/**
 * Issue 21: every cell type a user can type (boolean, number, percentage, date, text) against labels that
 * formulas read other than as text. For each pair, the core's count and LibreOffice's recalculation of
 * the sheet's own tests (the COUNTIFS criterion, and the array formulas' test) agree, or the check flags
 * the label in Kodbok or the cell. Once they disagreed without a word (TRUE 1 vs 3, 5% 1 vs 2, 01 1 vs 3…).
 */
jest.setTimeout(240_000);

const LABELS = ['TRUE', '5%', '2019-01-01', '1', '01', '1.0', 'a~b', 'Vuxen*', '<>', '=x', 'Vuxenenheten'];
const CELLS: CellValue[] = [
  { kind: 'boolean', value: true },
  { kind: 'boolean', value: false },
  num(0.05),
  num(43466), // 2019-01-01
  num(1),
  ...['TRUE', 'true', 'SANT', '5%', '0.05', '2019-01-01', '1', '01', '1.0', 'a~b', 'ab', 'a*b'].map(text),
  ...['Vuxen*', 'Vuxenenheten', 'Vuxen', '<>', '', 'x', '=x'].map(text),
];

const codebook: Codebook = {
  variables: DEFAULT_CODEBOOK.variables.map((v) =>
    v.key === 'unit' ? { ...v, values: LABELS.map((label) => ({ label, role: null })) } : v,
  ),
};
const unitIndex = codebook.variables.findIndex((v) => v.key === 'unit');
const unit = codebook.variables[unitIndex]!;

interface Pair {
  readonly label: string;
  readonly cell: CellValue;
  readonly core: boolean;
  readonly criterion: boolean;
  readonly arrayTest: boolean;
}

let pairs: Pair[];

beforeAll(async () => {
  const rows = CELLS.map((cell, i) => {
    const row = caseRow(validCase({ caseId: `M-${i + 1}` }), codebook);
    row[unitIndex] = cell;
    return row;
  });
  const workbook = createFollowUpWorkbook({ codebook, rows });
  // Beside the cases, each pair's test as the result sheet writes it: COUNTIF with the sheet's criterion,
  // and the array formulas' test, over the one cell.
  const matrix = workbook.addWorksheet('Matris');
  CELLS.forEach((_, i) => {
    const ref = `'Ärenden'!${a1(CASE_HEADER_ROW + 1 + i, unitIndex + 1)}`;
    LABELS.forEach((label, j) => {
      matrix.getCell(1 + i, 1 + 2 * j).value = { formula: `COUNTIF(${ref},${labelCriterion(label)})` };
      matrix.getCell(1 + i, 2 + 2 * j).value = { formula: `SUMPRODUCT(${labelTest(ref, label)})` };
    });
  });
  const file = join(mkdtempSync(join(tmpdir(), 'lo-labels-')), 'matris.xlsx');
  await workbook.xlsx.writeFile(file);
  const sheet = (await recalculate([file])).get(file)!.getWorksheet('Matris')!;
  const keyOf = labelKeyer(LABELS);
  const resultAt = (row: number, column: number) => {
    const { value } = sheet.getCell(row, column);
    return Number(typeof value === 'object' && value !== null && 'result' in value ? value.result : value);
  };
  pairs = CELLS.flatMap((cell, i) =>
    LABELS.map((label, j) => ({
      label,
      cell,
      core: keyOf(cell) === foldCase(label),
      criterion: resultAt(1 + i, 1 + 2 * j) > 0,
      arrayTest: resultAt(1 + i, 2 + 2 * j) > 0,
    })),
  );
});

const show = (cell: CellValue) =>
  cell.kind === 'text' ? `"${cell.text}"` : `${cell.kind} ${'value' in cell ? String(cell.value) : ''}`;

describe('typed cells against labels, recalculated by LibreOffice', () => {
  it('agree with the core, or the check flags the label or the cell', () => {
    expect(pairs).toHaveLength(LABELS.length * CELLS.length);
    const disagreeing = pairs.filter((p) => p.core !== p.criterion || p.core !== p.arrayTest);
    process.stdout.write(
      `Pairs where LibreOffice and the core would count differently (each flagged by the check):\n  ${disagreeing
        .map(
          (p) =>
            `${p.label} × ${show(p.cell)}: core ${+p.core}, COUNTIFS ${+p.criterion}, array ${+p.arrayTest}`,
        )
        .join('\n  ')}\n`,
    );
    const unflagged = disagreeing.filter(
      (p) =>
        labelRefusal(p.label, unit.name) === null && checkValue(unit, p.cell, { today: 46000 }).length === 0,
    );
    expect(unflagged.map((p) => `${p.label} × ${show(p.cell)}`)).toEqual([]);
  });

  it('flags no plain label, and counts plain labels alike in both', () => {
    for (const label of ['1', 'a~b', 'Vuxen*', '<>', '=x', 'Vuxenenheten'])
      expect([label, labelRefusal(label, unit.name)]).toEqual([label, null]);
    expect(pairs.filter((p) => p.label === 'Vuxenenheten' && p.core).map((p) => show(p.cell))).toEqual([
      '"Vuxenenheten"',
    ]);
    expect(EMPTY.kind).toBe('empty');
  });
});
