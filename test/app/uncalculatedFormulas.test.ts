import { FollowUpActions } from '../../src/app/followUpActions';
import { Refusal } from '../../src/core/errors';
import { EXAMPLE_SETTINGS } from '../../src/core/example/generate';
import { DEFAULT_CODEBOOK } from '../../src/core/codebook/defaultCodebook';
import { excelJsOf, newPackagePort, packagePortOf } from '../support/packagePorts';

/**
 * Issue 21: case cells with a formula and no calculated value, as openpyxl and scripts write them. They
 * once read as blank: "Ålder saknas men är obligatorisk" at every row and a median age of null, exit 0.
 */
async function exampleWithAgeFormulas(rows: number) {
  const port = newPackagePort();
  const made = new FollowUpActions(port, () => 46000);
  await made.create(EXAMPLE_SETTINGS, DEFAULT_CODEBOOK);
  await made.insertExample();
  const workbook = await excelJsOf(port);
  const sheet = workbook.getWorksheet('Ärenden')!;
  const headerRow = [1, 2, 3, 4, 5].find((r) => (sheet.getRow(r).values as unknown[]).includes('Ålder'))!;
  const ageColumn = (sheet.getRow(headerRow).values as unknown[]).indexOf('Ålder');
  const first = headerRow + 1;
  for (let row = first; row < first + rows; row++)
    sheet.getCell(row, ageColumn).value = { formula: '30+0*ROW()' };
  const actions = new FollowUpActions(await packagePortOf(workbook), () => 46000);
  return { actions, cells: [0, 1, 2].map((i) => `${String.fromCharCode(64 + ageColumn)}${first + i}`) };
}

describe('case cells with a formula and no calculated value', () => {
  it('are one error each in the check, saying to save in Excel, and not "missing"', async () => {
    const { actions, cells } = await exampleWithAgeFormulas(3);
    const problems = await actions.check();
    const formulas = problems.filter((p) => p.code === 'formula-not-calculated');
    expect(formulas.map((p) => p.cell)).toEqual(cells);
    expect(formulas[0]?.message).toContain('öppna arbetsboken i Excel och spara den');
    expect(problems.filter((p) => cells.includes(p.cell) && p.code !== 'formula-not-calculated')).toEqual([]);
  });

  it('are refused by the results, which would count them as blank', async () => {
    const { actions } = await exampleWithAgeFormulas(3);
    const refused = await actions.writeResults().catch((e: unknown) => e);
    expect(refused).toBeInstanceOf(Refusal);
    expect((refused as Refusal).message).toMatch(
      /^Ärenden!\w+ har en formel utan beräknat värde \(och 2 celler till\)/,
    );
  });
});
