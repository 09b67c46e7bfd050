import { checkWorkbook } from '../../src/core/check/checkFollowUp';
import { DEFAULT_CODEBOOK } from '../../src/core/codebook/defaultCodebook';
import { serialFromYmd } from '../../src/core/dates';
import { newWorkbookPlan } from '../../src/core/plan/workbookPlan';
import { DEFAULT_SETTINGS } from '../../src/core/settings';
import { OfficeWorkbookPort } from '../../src/office/officePort';
import { FULL_REACH } from '../../src/office/readAsides';
import { caseRow, validCase } from '../support/caseRows';
import { FakeWorkbook } from '../support/fakeExcel';
import { personalNumber } from '../support/personalNumbers';

const TODAY = { today: serialFromYmd(2026, 11, 22) };

/** A follow-up in the fake Excel with two cases; the port reads what this Excel can tell. */
async function followUp() {
  const fake = new FakeWorkbook();
  const port = new OfficeWorkbookPort((work) => work(fake.context()), FULL_REACH);
  const rows = [caseRow(validCase({ caseId: 'A' })), caseRow(validCase({ caseId: 'B' }))];
  await port.writeSheets(newWorkbookPlan(DEFAULT_CODEBOOK, DEFAULT_SETTINGS, rows).sheets, []);
  return { fake, port };
}

describe('the Office.js adapter reads what a cell holds beside its value (issue 11)', () => {
  it('finds an identity number in a note, a comment or a link target, where the file adapter finds it too', async () => {
    // Generated at run time: only the test number may stand in the source.
    const number = personalNumber('850709', '238');
    for (const place of ['note', 'comment', 'link'] as const) {
      const { fake, port } = await followUp();
      const cell = fake.sheet('Ärenden').rows[3]![2]!;
      if (place === 'note') fake.notes.push({ content: `Ring om ${number}`, address: 'Ärenden!C4' });
      if (place === 'comment') fake.comments.push({ content: `Se ${number}`, address: 'Ärenden!C4' });
      if (place === 'link') cell.hyperlink = `https://journal.example/${number}`;
      const problems = checkWorkbook(await port.readValues({ links: true }), TODAY).filter(
        (p) => p.code === 'personal-number',
      );
      expect([place, problems.map((p) => `${p.sheet}!${p.cell}`)]).toEqual([place, ['Ärenden!C4']]);
    }
  });

  it('reads merged areas, so merged cells in the case table are reported, as from a file', async () => {
    const { fake, port } = await followUp();
    fake.sheet('Ärenden').getRangeByIndexes(2, 2, 2, 1).merge(); // C3:C4
    const values = await port.readValues();
    expect(values.sheets.find((s) => s.name === 'Ärenden')?.merges).toContainEqual({
      top: 3,
      left: 3,
      bottom: 4,
      right: 3,
    });
    expect(
      checkWorkbook(values, TODAY)
        .filter((p) => p.code === 'merged-cells')
        .map((p) => p.cell),
    ).toEqual(['C3']);
  });

  it('costs no sync of its own for notes and merged areas; links, a property of every cell, only when the check asks', async () => {
    const { fake } = await followUp();
    const plain = new OfficeWorkbookPort((work) => work(fake.context()), {
      comments: false,
      notes: false,
      links: false,
      merges: false,
    });
    const before = fake.syncs;
    await plain.readValues();
    const withoutAsides = fake.syncs - before;
    const full = new OfficeWorkbookPort((work) => work(fake.context()), FULL_REACH);
    const start = fake.syncs;
    const values = await full.readValues();
    expect(fake.syncs - start).toBe(withoutAsides);
    expect(values.sheets.flatMap((s) => s.asides ?? []).filter((a) => a.kind === 'link')).toEqual([]);
  });
});
