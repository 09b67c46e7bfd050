import { EMPTY, num, text } from '../../src/core/cell';
import { DEFAULT_CODEBOOK } from '../../src/core/codebook/defaultCodebook';
import { caseFingerprint } from '../../src/core/table/fingerprint';
import { caseRow, validCase } from '../support/caseRows';
import { tableOf } from '../support/tables';

describe('the checksum of the case rows', () => {
  const base = [caseRow(validCase({ caseId: 'A' })), caseRow(validCase({ caseId: 'B', age: num(30) }))];
  const reference = caseFingerprint(tableOf(base));

  it('is the same for the same cases, and ignores empty rows', () => {
    expect(caseFingerprint(tableOf(base))).toBe(reference);
    expect(caseFingerprint(tableOf([...base, DEFAULT_CODEBOOK.variables.map(() => EMPTY)]))).toBe(reference);
  });

  it.each([
    ['a changed label', [caseRow(validCase({ caseId: 'A', situation: 'Okänd' })), base[1]!]],
    ['a number typed as text', [base[0]!, caseRow(validCase({ caseId: 'B', age: text('30') }))]],
    ['a changed age', [base[0]!, caseRow(validCase({ caseId: 'B', age: num(31) }))]],
    ['swapped rows', [base[1]!, base[0]!]],
    ['a new case', [...base, caseRow(validCase({ caseId: 'C' }))]],
  ])('changes with %s', (_, rows) => expect(caseFingerprint(tableOf(rows))).not.toBe(reference));
});
