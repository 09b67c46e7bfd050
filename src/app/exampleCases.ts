import { text } from '../core/cell';
import { DEFAULT_CODEBOOK } from '../core/codebook/defaultCodebook';
import { exampleCaseRows } from '../core/example/generate';
import { withExampleSlips } from '../core/example/slips';
import { valuesOf, type CaseValues } from './caseRows';
import { EXAMPLE_ID_PREFIX } from './caseRemoval';

/** The 79 fictitious example cases, as every surface inserts them: IDs marked FIKTIV-, two typing slips. */
export function exampleCases(): CaseValues[] {
  const example = withExampleSlips(DEFAULT_CODEBOOK, exampleCaseRows(DEFAULT_CODEBOOK));
  return example.map((row) => {
    const values = valuesOf(DEFAULT_CODEBOOK, row);
    const id = values.caseId;
    return { ...values, caseId: text(`${EXAMPLE_ID_PREFIX}${id?.kind === 'text' ? id.text : ''}`) };
  });
}
