import { DEFAULT_CODEBOOK } from '../../src/core/codebook/defaultCodebook';
import type { Codebook } from '../../src/core/codebook/types';
import { codebookFromCsv, codebookToCsv } from '../../src/core/csv/codebookCsv';
import { parseCsv } from '../../src/core/csv/csvText';

/** Issue 21: what the tool writes into a CSV file is inert, and reads back to the same value. */
const RUNNABLE = [
  '=HYPERLINK("http://example.invalid","klicka")',
  "+cmd|' /C calc'!A0",
  '@SUM(1+1)',
  '-2+3',
  "'=redan",
];

function withUnits(labels: readonly string[]): Codebook {
  return {
    ...DEFAULT_CODEBOOK,
    variables: DEFAULT_CODEBOOK.variables.map((v) =>
      v.key === 'unit'
        ? { ...v, values: [...v.values, ...labels.map((label) => ({ label, role: null }))] }
        : v,
    ),
  };
}

describe('a codebook file written by the tool', () => {
  it('puts an apostrophe before every value a spreadsheet would run as a formula', () => {
    const cells = parseCsv(codebookToCsv(withUnits(RUNNABLE))).records.flat();
    const runnable = cells.filter((c) => /^[=+\-@\t\r]/.test(c));
    expect(runnable).toEqual([]);
    for (const label of RUNNABLE) expect(cells).toContain(`'${label}`);
  });

  it('reads back to the same labels, escaped ones included', () => {
    const codebook = withUnits(RUNNABLE);
    const unit = (c: Codebook) => c.variables.find((v) => v.key === 'unit')?.values.map((o) => o.label);
    expect(unit(codebookFromCsv(codebookToCsv(codebook)))).toEqual(unit(codebook));
  });
});

describe('a codebook file with a quote that never closes', () => {
  it('is refused naming the quote and its line (it once spoke of a value 1957 characters long)', () => {
    const csv = codebookToCsv(DEFAULT_CODEBOOK).replace(/\r\n/g, '\n').split('\n');
    csv[4] = csv[4]!.replace(';', ';"');
    expect(() => codebookFromCsv(csv.join('\n'))).toThrow(
      'Kodboksfilen, rad 5: ett citattecken (") stängs aldrig, så resten av filen skulle bli ett enda värde. Rätta raden och försök igen.',
    );
  });
});
