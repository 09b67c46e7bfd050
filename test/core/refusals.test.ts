import { Refusal } from '../../src/core/errors';
import { refuse } from '../../src/core/refusals';

/** Sample parameters: every catalogue entry is called with all of them, as it only reads what it needs. */
const PARAMS = {
  sheet: 'Resultat',
  table: 'Arenden',
  idHeader: 'Ärende-ID',
  row: 3,
  where: 'Kodbok!H5',
  message: 'ett fel i cellen',
  more: 2,
  variable: 'Enhet',
  label: 'Vuxenenheten',
  count: 4,
  rows: 30,
  name: 'Boende',
  example: 'Ärende-ID',
  header: 'a, b',
  line: 3,
  path: 'a.xlsx',
  lock: '~$a.xlsx',
  detail: 'okänt kommando',
  value: 'igår',
  cases: 35,
  columns: 'Kön',
  width: 20,
  maxRows: 1_048_575,
  maxColumns: 16_384,
  megabytes: 400,
  limit: 120,
  part: 'xl/sharedStrings.xml',
  parts: 30_000,
  as: 'ett tal',
  places: 'rad 3 (Kommentar)',
  instead: '1',
};

describe('the catalogue of refusals', () => {
  const entries = Object.entries(refuse).map(
    ([name, make]) => [name, (make as (p: object) => Refusal)(PARAMS)] as const,
  );

  it.each(entries)('%s has a code, a Swedish and an English message', (_name, refusal) => {
    expect(refusal).toBeInstanceOf(Refusal);
    expect(refusal.code).toMatch(/^[a-z]+(-[a-z]+)*$/);
    expect(refusal.message.length).toBeGreaterThan(3);
    expect(refusal.in('en').length).toBeGreaterThan(3);
    expect(refusal.in('sv')).toBe(refusal.message);
  });

  it('gives every refusal its own code', () => {
    const codes = entries.map(([, r]) => r.code);
    expect(new Set(codes).size).toBe(codes.length);
  });
});
