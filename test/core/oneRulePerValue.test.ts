import { formFindings } from '../../src/app/caseForm';
import type { CaseValues } from '../../src/app/caseRows';
import { EMPTY, text, type CellValue } from '../../src/core/cell';
import { checkValue } from '../../src/core/check/valueRules';
import { checkFollowUp } from '../../src/core/check/checkFollowUp';
import { DEFAULT_CODEBOOK } from '../../src/core/codebook/defaultCodebook';
import { variableOf, type VariableKey } from '../../src/core/codebook/types';
import { importCsv } from '../../src/core/csv/importCsv';
import { serialFromYmd } from '../../src/core/dates';
import { readDateEntry, readNumberEntry } from '../../src/core/entries';
import { Refusal } from '../../src/core/errors';
import { locateCaseTable } from '../../src/core/table/locateCaseTable';
import { caseRow, date, validCase } from '../support/caseRows';
import { num } from '../../src/core/cell';
import { workbookWithRows } from '../support/tables';

/**
 * Issue 22: a value that enters through the form, import or a fix of the check is read by one reader
 * and judged by one set of rules: each gives the same value, or the same refusal.
 */
const TODAY = serialFromYmd(2026, 12, 4);

/** What import makes of `typed` in `key`'s column of a one-case CSV. */
function imported(key: VariableKey, typed: string): CellValue {
  const name = variableOf(DEFAULT_CODEBOOK, key).name;
  const csv = key === 'caseId' ? `${name}\n${typed}\n` : `Ärende-ID;${name}\nA-1;${typed}\n`;
  const { rows } = importCsv(csv, DEFAULT_CODEBOOK, { today: TODAY });
  const column = DEFAULT_CODEBOOK.variables.findIndex((v) => v.key === key);
  return rows[0]?.[column] ?? EMPTY;
}

/** What the check offers for `typed` standing as text in the cell: its fix, or null with an error. */
function checkFix(key: VariableKey, typed: string): CellValue | null {
  const findings = checkValue(variableOf(DEFAULT_CODEBOOK, key), text(typed), { today: TODAY });
  expect(findings.some((f) => f.severity === 'error')).toBe(true);
  return findings.find((f) => f.fix !== undefined)?.fix ?? null;
}

describe('a date, however it is typed', () => {
  it.each([
    ['240115', '2024-01-15'],
    ['5/2-24', '2024-02-05'],
    ['12 februari 2024', '2024-02-12'],
    ['05-03-2024', '2024-03-05'],
    ['5/3 2024', '2024-03-05'],
    ['2024.03.05', '2024-03-05'],
    ['2024-01-15', '2024-01-15'],
  ])('%s is %s in the form, in import and in the check’s fix', (typed, iso) => {
    const expected = date(iso);
    expect(readDateEntry(typed, TODAY)).toEqual(expected);
    expect(imported('actualisedOn', typed)).toEqual(expected);
    expect(checkFix('actualisedOn', typed)).toEqual(expected);
  });

  it.each(['310224', 'i våras', '31/2-24'])(
    '%s is no date anywhere: kept as text, an error without a fix',
    (typed) => {
      expect(readDateEntry(typed, TODAY)).toEqual(text(typed));
      expect(imported('actualisedOn', typed)).toEqual(text(typed));
      expect(checkFix('actualisedOn', typed)).toBeNull();
    },
  );
});

describe('a number with its unit', () => {
  it.each([
    ['45 år', 45],
    ['45år', 45],
    ['45', 45],
  ])('%s is %d in import and in the check’s fix', (typed, value) => {
    expect(readNumberEntry(typed)).toEqual({ kind: 'number', value });
    expect(imported('age', typed)).toEqual({ kind: 'number', value });
    if (typed !== '45') expect(checkFix('age', typed)).toEqual({ kind: 'number', value });
  });
});

describe('a personnummer', () => {
  it.each([
    ['caseId', '19121212-1212'],
    ['comment', 'pnr 121212-1212'],
  ] as const)('in %s is refused by the form, by import and by the check', (key, typed) => {
    const form = formFindings(DEFAULT_CODEBOOK, { caseId: text('A-1'), [key]: text(typed) }, TODAY, null);
    expect(form.get(key)?.map((f) => f.code)).toContain('personal-number');
    expect(() => imported(key, typed)).toThrow(Refusal);
    expect(() => imported(key, typed)).toThrow(/rad 2 \((Ärende-ID|Kommentar)\)/);
    const workbook = workbookWithRows([caseRow(validCase({ [key]: typed }))]);
    const problems = checkFollowUp(workbook, locateCaseTable(workbook, DEFAULT_CODEBOOK)!, DEFAULT_CODEBOOK, {
      today: TODAY,
    });
    expect(problems.map((p) => p.code)).toContain('personal-number');
  });

  it('is left empty and listed when the user imports without it', () => {
    const { rows, notices } = importCsv('Ärende-ID;Kommentar\nA-1;pnr 121212-1212\n', DEFAULT_CODEBOOK, {
      withoutPersonalNumbers: true,
    });
    const column = DEFAULT_CODEBOOK.variables.findIndex((v) => v.key === 'comment');
    expect(rows[0]?.[column]).toEqual(EMPTY);
    expect(notices).toContain('1 värde som såg ut som personnummer lämnades tomma: rad 2 (Kommentar).');
  });
});

describe('the form', () => {
  it('warns at save as the check does, when the closing date is before actualisation', () => {
    const values = Object.fromEntries(
      Object.entries(validCase({ closedOn: date('2019-01-01'), actualisedOn: date('2019-06-01') })).map(
        ([k, v]) => [k, typeof v === 'string' ? text(v) : typeof v === 'number' ? num(v) : v],
      ),
    );
    const findings = formFindings(DEFAULT_CODEBOOK, values as CaseValues, TODAY, null);
    expect(findings.get('closedOn')?.map((f) => [f.severity, f.code])).toContainEqual([
      'warning',
      'date-order',
    ]);
  });
});
