import { EMPTY, num, text, type CellValue } from '../../src/core/cell';
import { DEFAULT_CODEBOOK } from '../../src/core/codebook/defaultCodebook';
import type { Codebook, VariableKey } from '../../src/core/codebook/types';
import { serialFromYmd } from '../../src/core/dates';
import { SeededRandom } from '../../src/core/example/random';

export type CaseRecord = Partial<Record<VariableKey, CellValue | string | number>>;

/** A row in the codebook's column order from a readable record: strings become text, numbers numbers. */
export function caseRow(record: CaseRecord, codebook: Codebook = DEFAULT_CODEBOOK): CellValue[] {
  return codebook.variables.map((v) => {
    const value = record[v.key];
    if (value === undefined) return EMPTY;
    if (typeof value === 'string') return text(value);
    if (typeof value === 'number') return num(value);
    return value;
  });
}

export const date = (iso: string) => {
  const [y, m, d] = iso.split('-').map(Number);
  return num(serialFromYmd(y!, m!, d!));
};

/** A complete, valid case; override what a test is about. */
export function validCase(overrides: CaseRecord = {}): CaseRecord {
  return {
    caseId: 'V-001',
    unit: 'Vuxenenheten',
    gender: 'Man',
    age: 40,
    drug: 'Alkohol',
    severity: 'Missbruk',
    actualisedOn: date('2019-02-01'),
    investigated: 'Ja',
    investigationClosedOn: date('2019-04-01'),
    interventionDecided: 'Ja',
    interventionType: 'Öppenvård – behandling',
    completion: 'Fullföljd',
    closingReason: 'Planerat avslut',
    closedOn: date('2019-09-01'),
    situation: 'Förbättrad',
    reactualisation: 'Ingen',
    ...overrides,
  };
}

/**
 * What people really type and paste, per kind of column: good labels, other case, stray spaces, numbers
 * as text, text dates, error values, blanks. Seeded, so a failure can be replayed.
 */
export function messyRows(count: number, seed: number, codebook: Codebook = DEFAULT_CODEBOOK): CellValue[][] {
  const random = new SeededRandom(seed);
  return Array.from({ length: count }, (_, i) => {
    if (random.next() < 0.03) return codebook.variables.map(() => EMPTY);
    return codebook.variables.map((v) =>
      messyValue(
        v.key,
        v.values.map((o) => o.label),
        i,
        random,
      ),
    );
  });
}

function messyValue(key: VariableKey, labels: readonly string[], i: number, random: SeededRandom): CellValue {
  const roll = random.next();
  if (roll < 0.08) return EMPTY;
  if (roll < 0.1) return { kind: 'error', code: random.pick(['#N/A', '#VALUE!', '#REF!']) };
  if (key === 'caseId') return text(random.next() < 0.05 ? 'X-1' : `R-${i}`);
  if (key === 'age') {
    return random.pick([
      num(random.int(0, 90)),
      num(random.int(10, 70) + 0.5),
      text(String(random.int(10, 70))),
      num(150),
    ]);
  }
  if (['actualisedOn', 'investigationClosedOn', 'closedOn'].includes(key)) {
    const serial = serialFromYmd(2019, 1, 1) + random.int(0, 500);
    return random.pick([num(serial), num(serial), text('2019-03-05'), text('5 mars 2019'), num(-3)]);
  }
  if (labels.length === 0) return random.next() < 0.3 ? text('fri text') : EMPTY;
  const label = random.pick(labels);
  return random.pick([
    text(label),
    text(label),
    text(label.toLowerCase()),
    text(`${label} `),
    text('okänt värde'),
    num(3),
  ]);
}
