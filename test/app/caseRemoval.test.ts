import { FollowUpActions } from '../../src/app/followUpActions';
import { cellText } from '../../src/core/cell';
import { serialFromYmd } from '../../src/core/dates';
import { Refusal } from '../../src/core/errors';
import { readCases } from '../../src/core/read/readWorkbook';
import { caseRow, validCase } from '../support/caseRows';
import { newPackagePort } from '../support/packagePorts';

const TODAY = serialFromYmd(2026, 11, 22);

async function followUpWithCases(ids: readonly string[]) {
  const port = newPackagePort();
  const actions = new FollowUpActions(port, () => TODAY);
  await actions.create();
  await port.appendCaseRows(ids.map((id) => caseRow(validCase({ caseId: id }))));
  const ids_ = async () => readCases(await port.readValues()).table.rows.map((r) => cellText(r[0]!));
  return { port, actions, ids: ids_ };
}

describe('removing cases (issue 13)', () => {
  it('removes one case, the rows below moving up, and undoes it back onto its row', async () => {
    const { actions, ids } = await followUpWithCases(['V-1', 'V-2', 'V-3']);
    const before = await ids();
    const removed = await actions.removal.removeCase(before.indexOf('V-2'));
    expect(removed.id).toBe('V-2');
    expect((await ids()).filter((id) => id !== '')).toEqual(['V-1', 'V-3']);
    await actions.removal.undo(removed);
    expect(await ids()).toEqual(before);
  });

  it('names the case and its row before removing it', async () => {
    const { actions, ids } = await followUpWithCases(['V-1', 'V-2']);
    expect(await actions.removal.caseLabel((await ids()).indexOf('V-2'))).toEqual({ id: 'V-2', row: 5 });
  });
});

describe('the fictitious cases (issue 13)', () => {
  it('go into an empty follow-up without a question', async () => {
    const port = newPackagePort();
    const actions = new FollowUpActions(port, () => TODAY);
    await actions.create();
    expect(await actions.insertExample()).toBe(79);
  });

  it('go among real cases only when confirmed, the refusal saying what happens', async () => {
    const { actions, ids } = await followUpWithCases(['V-1', 'V-2']);
    const refusal = await actions.insertExample().catch((e: unknown) => e);
    expect(refusal).toBeInstanceOf(Refusal);
    expect((refusal as Refusal).code).toBe('example-among-cases');
    expect((refusal as Refusal).message).toMatch(/redan 2 ärenden.*räknas i resultatet/);
    expect((await ids()).filter((id) => id.startsWith('FIKTIV-'))).toEqual([]);
    expect(await actions.insertExample(true)).toBe(79);
    expect(await actions.removal.exampleCount()).toEqual({ examples: 79, others: 2 });
  });

  it('are removed exactly: every FIKTIV- case and nothing else', async () => {
    const { actions, ids } = await followUpWithCases(['V-1', 'V-2']);
    await actions.insertExample(true);
    await actions.removal.removeExampleCases();
    expect((await ids()).filter((id) => id !== '')).toEqual(['V-1', 'V-2']);
    expect(await actions.removal.exampleCount()).toEqual({ examples: 0, others: 2 });
  });
});
