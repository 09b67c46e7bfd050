import { EMPTY, num, text, type CellValue } from '../../src/core/cell';
import { checkFollowUp, checkWorkbook } from '../../src/core/check/checkFollowUp';
import { caseIdKey } from '../../src/core/check/caseId';
import { formFindings } from '../../src/app/caseForm';
import { caseWindowOf } from '../../src/core/read/caseWindow';
import { excelRowOf } from '../../src/core/table/caseTable';
import type { Problem } from '../../src/core/table/problem';
import { DEFAULT_CODEBOOK } from '../../src/core/codebook/defaultCodebook';
import { serialFromYmd } from '../../src/core/dates';
import { locateCaseTable } from '../../src/core/table/locateCaseTable';
import { caseRow, date, validCase, type CaseRecord } from '../support/caseRows';
import { workbookWithRows } from '../support/tables';

const TODAY = serialFromYmd(2026, 11, 22);

function check(...records: CaseRecord[]): Problem[] {
  const workbook = workbookWithRows(records.map((r) => caseRow(r)));
  const table = locateCaseTable(workbook, DEFAULT_CODEBOOK)!;
  return checkFollowUp(workbook, table, DEFAULT_CODEBOOK, { today: TODAY });
}
const only = (problems: Problem[]) => problems.map(({ severity, code, cell }) => ({ severity, code, cell }));

describe('the check', () => {
  it('finds nothing in a complete, valid case', () => expect(check(validCase())).toEqual([]));

  it('reports a text longer than an Excel cell holds (issue 21: 50 million characters were written)', () => {
    const [long] = check(validCase({ comment: 'x'.repeat(32_768) }));
    expect(long).toMatchObject({ severity: 'error', code: 'cell-too-long' });
    expect(long?.message).toBe(
      'Kommentar är 32\u00a0768 tecken lång; en cell i Excel rymmer 32\u00a0767. Korta texten.',
    );
    expect(check(validCase({ comment: 'x'.repeat(32_767) })).map((p) => p.code)).toEqual(['comment-filled']);
  });

  it('reports a missing required value in its cell', () => {
    expect(only(check(validCase({ gender: undefined })))).toEqual([
      { severity: 'error', code: 'missing-value', cell: 'C3' },
    ]);
  });

  it('offers the label clearly meant: spacing, abbreviation, dash style', () => {
    const [spaced] = check(validCase({ situation: 'Förbättrad ' }));
    expect(spaced).toMatchObject({
      severity: 'error',
      code: 'unknown-value',
      cell: 'P3',
      fix: text('Förbättrad'),
    });
    expect(check(validCase({ gender: 'K' }))[0]?.fix).toEqual(text('Kvinna'));
    expect(check(validCase({ interventionType: 'Öppenvård - stöd' }))[0]?.fix).toEqual(
      text('Öppenvård – stöd'),
    );
  });

  it('warns, with a fix, about a label in other letter case, which the figures still count', () => {
    expect(check(validCase({ gender: 'man' }))[0]).toMatchObject({
      severity: 'warning',
      code: 'unknown-value',
      fix: text('Man'),
    });
  });

  it('offers no fix where several labels fit', () => {
    const [problem] = check(validCase({ interventionType: 'Öppenvård' }));
    expect(problem).toMatchObject({ code: 'unknown-value' });
    expect(problem?.fix).toBeUndefined();
  });

  it.each<[string, CellValue, string, CellValue | undefined]>([
    ['a date typed as text', text('5 mars 2019'), 'invalid-date', date('2019-03-05')],
    ['an unreadable date', text('våren 2019'), 'invalid-date', undefined],
    ['an impossible serial', num(-3), 'invalid-date', undefined],
    ['a formula error', { kind: 'error', code: '#N/A' }, 'invalid-date', undefined],
    ['a future date', date('2027-01-01'), 'future-date', undefined],
  ])('reports %s in a date column', (_, value, code, fix) => {
    const [problem] = check(
      validCase({ actualisedOn: value, investigationClosedOn: EMPTY, closedOn: EMPTY }),
    );
    expect(problem).toMatchObject({ severity: 'error', code, cell: 'H3' });
    expect(problem?.fix).toEqual(fix);
  });

  it.each<[CellValue, CellValue | undefined]>([
    [text('45'), num(45)],
    [num(45.5), undefined],
    [num(121), undefined],
    [num(-1), undefined],
    [text('fyrtio'), undefined],
  ])('reports the age %j', (age, fix) => {
    const [problem] = check(validCase({ age }));
    expect(problem).toMatchObject({ code: 'invalid-age', cell: 'D3' });
    expect(problem?.fix).toEqual(fix);
  });

  it('reports a duplicate case ID, whatever its letter case, at the later row', () => {
    // The trailing space is offered a fix of its own; the IDs are the same case either way.
    expect(only(check(validCase({ caseId: 'V-1' }), validCase({ caseId: 'v-1 ' })))).toEqual(
      expect.arrayContaining([
        { severity: 'error', code: 'duplicate-id', cell: 'A4' },
        { severity: 'warning', code: 'padded-text', cell: 'A4' },
      ]),
    );
  });

  it('warns about dates before actualisation, completion without intervention, closing an ongoing case', () => {
    const problems = check(
      validCase({ investigationClosedOn: date('2019-01-01') }),
      validCase({ caseId: 'V-2', interventionDecided: 'Nej' }),
      validCase({ caseId: 'V-3', closingReason: 'Ärendet pågår' }),
    );
    expect(only(problems)).toEqual([
      { severity: 'warning', code: 'date-order', cell: 'J3' },
      { severity: 'warning', code: 'completion-without-intervention', cell: 'M4' },
      { severity: 'warning', code: 'closed-but-ongoing', cell: 'O5' },
    ]);
  });

  it('warns about a blank situation (dropout) and a filled comment', () => {
    expect(only(check(validCase({ situation: undefined, comment: 'Ringde i maj' })))).toEqual([
      { severity: 'warning', code: 'dropout-blank', cell: 'P3' },
      { severity: 'warning', code: 'comment-filled', cell: 'R3' },
    ]);
  });

  it('offers to trim padded text, and clears a comment of only spaces without calling it identifying (issue 13)', () => {
    const padded = check(validCase({ caseId: ' V-7 ', comment: '   ' }));
    expect(only(padded)).toEqual([
      { severity: 'warning', code: 'padded-text', cell: 'A3' },
      { severity: 'warning', code: 'padded-text', cell: 'R3' },
    ]);
    expect(padded.map((p) => p.fix)).toEqual([{ kind: 'text', text: 'V-7' }, { kind: 'empty' }]);
    const comment = check(validCase({ comment: 'Ringde i maj ' }));
    expect(only(comment).map((p) => p.code)).toEqual(['padded-text', 'comment-filled']);
  });

  it('passes over empty rows, as the figures do', () => {
    const workbook = workbookWithRows([
      caseRow(validCase()),
      DEFAULT_CODEBOOK.variables.map(() => EMPTY),
      caseRow(validCase({ caseId: 'B' })),
    ]);
    const table = locateCaseTable(workbook, DEFAULT_CODEBOOK)!;
    expect(checkFollowUp(workbook, table, DEFAULT_CODEBOOK, { today: TODAY })).toEqual([]);
  });

  it('reports a missing column at the end of the header', () => {
    const codebook = { variables: DEFAULT_CODEBOOK.variables.filter((v) => v.key !== 'comment') };
    const workbook = workbookWithRows([caseRow(validCase(), codebook)], codebook);
    const table = locateCaseTable(workbook, DEFAULT_CODEBOOK)!;
    const problems = checkFollowUp(workbook, table, DEFAULT_CODEBOOK, { today: TODAY });
    expect(only(problems)).toEqual([{ severity: 'error', code: 'missing-value', cell: 'R2' }]);
    expect(problems[0]?.message).toContain('Kommentar');
  });
});

describe('the case-ID rules of the check and the form', () => {
  it('the check finds a duplicate the form cannot: an ID stored with spaces around it, which it offers to trim', () => {
    const workbook = workbookWithRows([caseRow(validCase({ caseId: ' V-014 ' }))]);
    const window = caseWindowOf(workbook, {
      rows: [],
      lastRows: 0,
      findId: { id: 'V-014', exceptRow: null },
    });
    expect(window?.idRow).toBeNull();
    const both = workbookWithRows([
      caseRow(validCase({ caseId: ' V-014 ' })),
      caseRow(validCase({ caseId: 'V-014' })),
    ]);
    const codes = checkWorkbook(both, { today: TODAY }).map((p) => p.code);
    expect(codes).toEqual(expect.arrayContaining(['duplicate-id', 'padded-text']));
  });

  it('takes a number and the same number as text, or other case and spaces, as one ID', () => {
    expect(caseIdKey(num(14))).toBe(caseIdKey(text(' 14')));
    expect(caseIdKey(text('V-014'))).toBe(caseIdKey(text('v-014 ')));
    expect([caseIdKey(EMPTY), caseIdKey({ kind: 'error', code: '#N/A' })]).toEqual([null, null]);
  });

  it('the form refuses a numeric ID the table holds as a number, as the check does', () => {
    const workbook = workbookWithRows([caseRow(validCase({ caseId: 14 }))]);
    const window = caseWindowOf(workbook, { rows: [], lastRows: 0, findId: { id: '14', exceptRow: null } });
    expect(window?.idRow).toBe(0);
    const idTakenAt = excelRowOf(window!.table, window!.idRow!);
    const findings =
      formFindings(DEFAULT_CODEBOOK, { caseId: text('14') }, TODAY, idTakenAt).get('caseId') ?? [];
    expect(findings.map((f) => f.code)).toContain('duplicate-id');
    expect(findings.map((f) => f.message)).toContain(
      'Ärende-ID 14 finns redan på rad 3. Varje ärende ska ha ett eget ID.',
    );
  });
});
