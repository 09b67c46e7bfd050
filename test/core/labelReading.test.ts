import { labelReading } from '../../src/core/read/labelReading';
import { text } from '../../src/core/cell';
import { checkLabel, labelRefusal } from '../../src/core/read/codebookNames';

/** Issue 21: a label the formulas read as a boolean, number or date is refused, with text that means the same. */
describe('a label the formulas would not read as text', () => {
  it.each([
    ['TRUE', 'Ja'],
    ['falskt', 'Nej'],
    ['5%', '5 procent'],
    ['2019-01-01', 'Datum 2019-01-01'],
    ['5/3-24', 'Datum 5/3-24'],
    ['12:30', 'Datum 12:30'],
    ['01', '1'],
    ['1.0', '1'],
    ['1,5', '1.5'],
    ['+3', '3'],
  ])('%s is refused, suggesting "%s"', (label, instead) => {
    expect(labelReading(label)?.instead).toBe(instead);
    expect(labelRefusal(label, 'Enhet')?.message).toContain(`Skriv värdet som text, t.ex. "${instead}".`);
  });

  it.each(['1', '2.5', '-4', 'Vuxenenheten', 'a~b', 'Vuxen*', '<>', '=x', '65+', '18–24 år', 'Barn 0-17'])(
    '%s is a label both count alike',
    (label) => expect(labelRefusal(label, 'Enhet')).toBeNull(),
  );
});

describe('such a label in Kodbok', () => {
  it('is a check error with a fix that writes the same meaning as text', () => {
    const finding = checkLabel('5%', 'Enhet', undefined);
    expect(finding).toMatchObject({ severity: 'error', code: 'codebook-label', fix: text('5 procent') });
  });
});
