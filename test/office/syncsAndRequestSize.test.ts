import { text } from '../../src/core/cell';
import { DEFAULT_CODEBOOK } from '../../src/core/codebook/defaultCodebook';
import { EXAMPLE_SETTINGS, exampleCaseRows } from '../../src/core/example/generate';
import { a1 } from '../../src/core/address';
import { newWorkbookPlan, resultsPlan } from '../../src/core/plan/workbookPlan';
import { readFollowUp } from '../../src/core/read/readWorkbook';
import { MAX_REQUEST_BYTES } from '../../src/office/batch';
import { OfficeWorkbookPort } from '../../src/office/officePort';
import { FULL_REACH } from '../../src/office/readAsides';
import { FakeWorkbook } from '../support/fakeExcel';
import { FollowUpActions } from '../../src/app/followUpActions';
import type { RemovedCase } from '../../src/app/caseRemoval';
import { valuesOf } from '../../src/app/caseRows';
import { serialFromYmd } from '../../src/core/dates';
import { caseRow, validCase } from '../support/caseRows';

jest.setTimeout(300_000);

function cases(count: number) {
  const rows = [];
  for (let seed = 1; rows.length < count; seed++) {
    for (const row of exampleCaseRows(DEFAULT_CODEBOOK, seed))
      if (rows.length < count) rows.push([text(`S-${rows.length}`), ...row.slice(1)]);
  }
  return rows;
}

interface Measured {
  readonly syncs: number;
  readonly largest: number;
}

/** Every pane action against a workbook of `count` cases: its syncs and its largest request. */
async function measureActions(count: number): Promise<Record<string, Measured>> {
  const fake = new FakeWorkbook();
  // As a current Excel reads: notes, comments, links and merged areas too.
  const port = new OfficeWorkbookPort((work) => work(fake.context()), FULL_REACH);
  const measured: Record<string, Measured> = {};
  const measure = async (name: string, action: () => Promise<unknown>) => {
    fake.syncs = 0;
    fake.requestBytes = [0];
    await action();
    measured[name] = { syncs: fake.syncs, largest: Math.max(...fake.requestBytes) };
  };
  const rows = cases(count);
  await measure('create sheets with the cases', () =>
    port.writeSheets(newWorkbookPlan(DEFAULT_CODEBOOK, EXAMPLE_SETTINGS, rows).sheets, []),
  );
  await measure('read the workbook', () => port.readValues());
  await measure('read a case window', () =>
    port.readCaseWindow({ rows: [2], lastRows: 16, findId: { id: 'S-5', exceptRow: 2 } }),
  );
  const values = await port.readValues();
  await measure('write the result sheet', () =>
    port.writeSheets([resultsPlan(readFollowUp(values)).sheet], ['Resultat']),
  );
  await measure('rewrite the result sheet', () =>
    port.writeSheets([resultsPlan(readFollowUp(values)).sheet], ['Resultat']),
  );
  await measure('register a case', () => port.appendCaseRows([rows[0]!]));
  await measure('import as many cases again', () => port.appendCaseRows(rows));
  await measure('edit a case', () => port.updateCaseRow(3, rows[1]!));
  await measure('apply a fix', () =>
    port.setCells([{ sheet: 'Ärenden', cell: a1(3, 3), value: text('Kvinna') }]),
  );
  await measure('select a cell', () => port.selectCell('Ärenden', a1(3, 3)));
  return measured;
}

describe('syncs and request sizes of every pane action', () => {
  let small: Record<string, Measured>;
  let large: Record<string, Measured>;

  beforeAll(async () => {
    small = await measureActions(10);
    large = await measureActions(100_000);
    const table = Object.keys(small).map(
      (k) =>
        `${k.padEnd(30)} 10 cases: ${small[k]!.syncs} syncs; 100,000 cases: ${large[k]!.syncs} syncs, largest request ${(large[k]!.largest / 1e6).toFixed(2)} MB`,
    );
    console.log(table.join('\n'));
  });

  it('never sends a request over 4 MB', () => {
    for (const m of [...Object.values(small), ...Object.values(large)])
      expect(m.largest).toBeLessThanOrEqual(MAX_REQUEST_BYTES);
  });

  it.each([
    'read a case window',
    'write the result sheet',
    'rewrite the result sheet',
    'register a case',
    'edit a case',
    'apply a fix',
    'select a cell',
  ])('uses as many syncs for "%s" at 100,000 cases as at 10', (action) =>
    expect(large[action]!.syncs).toBe(small[action]!.syncs),
  );

  it.each(['create sheets with the cases', 'read the workbook', 'import as many cases again'])(
    'syncs for "%s" only once per 4 MB moved, never per case',
    (action) => {
      expect(small[action]!.syncs).toBeLessThanOrEqual(3);
      // 100,000 cases are about 30 MB: a handful of syncs, not thousands.
      expect(large[action]!.syncs).toBeLessThanOrEqual(small[action]!.syncs + 30);
    },
  );
});

/**
 * The same, measured through the pane's whole actions (FollowUpActions over the Office.js port), as a user
 * starts them: every read and write an action makes is counted, not only the port call that writes.
 */
async function measureWholeActions(count: number): Promise<Record<string, Measured>> {
  const fake = new FakeWorkbook();
  const port = new OfficeWorkbookPort((work) => work(fake.context()), FULL_REACH);
  await port.writeSheets(newWorkbookPlan(DEFAULT_CODEBOOK, EXAMPLE_SETTINGS, cases(count)).sheets, []);
  const actions = new FollowUpActions(port, () => serialFromYmd(2026, 11, 22));
  const measured: Record<string, Measured> = {};
  const measure = async (name: string, action: () => Promise<unknown>) => {
    fake.syncs = 0;
    fake.requestBytes = [0];
    await action();
    measured[name] = { syncs: fake.syncs, largest: Math.max(...fake.requestBytes) };
  };
  const newCase = valuesOf(DEFAULT_CODEBOOK, caseRow(validCase({ caseId: 'NY-1' })));
  await measure('save a new case', () => actions.saveCase(newCase, null));
  await measure('save an edited case', () => actions.saveCase({ ...newCase, caseId: text('NY-2') }, 0));
  // The fix the check offers for "kvinna" typed in lower case: the whole action is the write.
  await measure('apply a fix', () =>
    actions.applyFix({
      severity: 'warning',
      code: 'unknown-value',
      sheet: 'Ärenden',
      cell: a1(3, 3),
      message: '"kvinna" skrivs "Kvinna" i kodboken.',
      fix: text('Kvinna'),
    }),
  );
  // "Rätta alla likadana" for one slip on 20 rows: it reads those 20 cells, for the undo, then writes them.
  const slips = Array.from({ length: 20 }, (_, i) => ({
    severity: 'warning' as const,
    code: 'unknown-value' as const,
    sheet: 'Ärenden',
    cell: a1(3 + i, 3),
    message: '"kvinna" skrivs "Kvinna" i kodboken.',
    fix: text('Kvinna'),
  }));
  await measure('fix all alike (20 rows)', () => actions.fixes.applyFixes(slips));
  await measure('open the form', () => actions.formCodebook());
  // From the case list or a problem's "Öppna ärendet": the case brings its codebook along.
  await measure('open a case in the form', () => actions.openCase(1));
  fake.activeCell = { sheet: 'Ärenden', address: 'C5' };
  await measure('edit the selected case', async () => {
    const row = await actions.selectedCaseRow();
    if (row === null) throw new Error('the selected cell is in the table');
    await actions.openCase(row);
  });
  let removed: RemovedCase | null = null;
  // As the pane does it: the confirmation names the case, then it goes.
  await measure('remove a case', async () => {
    await actions.removal.caseLabel(1);
    removed = await actions.removal.removeCase(1);
  });
  await measure('undo the removal', () => actions.removal.undo(removed!));
  await measure('check', () => actions.check());
  await measure('write the results', () => actions.writeResults());
  return measured;
}

describe('syncs of whole pane actions (issue 13)', () => {
  let small: Record<string, Measured>;
  let large: Record<string, Measured>;

  beforeAll(async () => {
    small = await measureWholeActions(10);
    large = await measureWholeActions(100_000);
    console.log(
      Object.keys(small)
        .map(
          (k) =>
            `${k.padEnd(22)} 10 cases: ${small[k]!.syncs} syncs; 100,000 cases: ${large[k]!.syncs} syncs, largest request ${(large[k]!.largest / 1e6).toFixed(2)} MB`,
        )
        .join('\n'),
    );
  });

  it('never sends a request over 4 MB', () => {
    for (const m of [...Object.values(small), ...Object.values(large)])
      expect(m.largest).toBeLessThanOrEqual(MAX_REQUEST_BYTES);
  });

  it.each([
    'save a new case',
    'save an edited case',
    'fix all alike (20 rows)',
    'open the form',
    'open a case in the form',
    'edit the selected case',
    'remove a case',
    'undo the removal',
  ])('costs as many syncs for "%s" at 100,000 cases as at 10: it reads only what it touches', (action) => {
    expect(large[action]!.syncs).toBe(small[action]!.syncs);
    // Three to read the codebook, the table's place and the case's row; one or two to write.
    expect(large[action]!.syncs).toBeLessThanOrEqual(8);
  });

  it('writes a fix in one sync, whatever the number of cases', () => {
    expect([small['apply a fix']!.syncs, large['apply a fix']!.syncs]).toEqual([1, 1]);
  });
});
