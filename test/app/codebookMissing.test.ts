import { FollowUpActions } from '../../src/app/followUpActions';
import { Refusal } from '../../src/core/errors';
import { EXAMPLE_SETTINGS } from '../../src/core/example/generate';
import { DEFAULT_CODEBOOK } from '../../src/core/codebook/defaultCodebook';
import { excelJsOf, newPackagePort, packagePortOf } from '../support/packagePorts';

/** Issue 21: a follow-up whose Kodbok was renamed or deleted is never counted against another codebook. */
const TODAY = 46000;

async function exampleWith(change: (workbook: Awaited<ReturnType<typeof excelJsOf>>) => void) {
  const port = newPackagePort();
  const actions = new FollowUpActions(port, () => TODAY);
  await actions.create(EXAMPLE_SETTINGS, DEFAULT_CODEBOOK);
  await actions.insertExample();
  const workbook = await excelJsOf(port);
  change(workbook);
  return new FollowUpActions(await packagePortOf(workbook), () => TODAY);
}

describe('a follow-up without its Kodbok', () => {
  it('is one error in the check, at the renamed sheet, not a flood of unknown labels (or "no problems")', async () => {
    const actions = await exampleWith((w) => {
      w.getWorksheet('Kodbok')!.name = 'Kodbok (2)';
    });
    const problems = await actions.check();
    const missing = problems.filter((p) => p.code === 'codebook-missing');
    expect(missing).toHaveLength(1);
    expect(missing[0]).toMatchObject({ severity: 'error', sheet: 'Kodbok (2)', cell: 'A1' });
    expect(missing[0]?.message).toContain('Bladet "Kodbok (2)" ser ut att vara den med ett annat namn');
    expect(problems.filter((p) => p.code === 'unknown-value')).toEqual([]);
  });

  it('is refused by the results, which add no Kodbok of their own unless asked to restore it', async () => {
    const actions = await exampleWith((w) => w.removeWorksheet(w.getWorksheet('Kodbok')!.id));
    const refused = await actions.writeResults().catch((e: unknown) => e);
    expect(refused).toBeInstanceOf(Refusal);
    expect((refused as Refusal).message).toMatch(/^Kodboken har fel.*Bladet Kodbok saknas/);
    expect(await actions.repair({ restoreCodebook: false })).toEqual([]);
    expect((await actions.status()).kind === 'ready' && (await actions.status())).toMatchObject({
      missingSheets: ['Kodbok'],
    });
    expect(await actions.repair()).toEqual([
      'La till bladet Kodbok med den inbyggda kodboken: lägg till lagets egna värden och roller igen.',
    ]);
    expect((await actions.writeResults()).results.cases).toBe(79);
  });
});
