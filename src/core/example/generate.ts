import { EMPTY, num, text, type CellValue } from '../cell';
import { isTeamKey, type BuiltInKey, type Codebook } from '../codebook/types';
import { serialFromYmd } from '../dates';
import { ADULT_DRUGS, COHORTS, INTERVENTIONS, YOUTH_DRUGS, type Cohort } from './profiles';
import { SeededRandom } from './random';

export const EXAMPLE_SEED = 2019;

export { EXAMPLE_SETTINGS } from './exampleSettings';

type Outcome = keyof Cohort['outcomes'];
type CaseRecord = Partial<Record<BuiltInKey, CellValue>> & { readonly actualised: number };

const YEAR_START = serialFromYmd(2019, 1, 1);

/** The fictitious example cases, in the codebook's column order; the same seed gives the same rows. */
export function exampleCaseRows(codebook: Codebook, seed = EXAMPLE_SEED): CellValue[][] {
  const random = new SeededRandom(seed);
  const records = COHORTS.flatMap((cohort) => cohortCases(cohort, random));
  const byUnit = (unit: string) =>
    records
      .filter((r) => r.unit?.kind === 'text' && r.unit.text === unit)
      .sort((a, b) => a.actualised - b.actualised);
  const numbered = [
    ...byUnit('Vuxenenheten').map((r, i) => ({ ...r, caseId: text(`V-${pad(i + 1)}`) })),
    ...byUnit('Barn- och ungdomsenheten').map((r, i) => ({ ...r, caseId: text(`U-${pad(i + 1)}`) })),
  ];
  return numbered.map((record) =>
    codebook.variables.map((v) => (isTeamKey(v.key) ? EMPTY : (record[v.key] ?? EMPTY))),
  );
}

const pad = (n: number) => String(n).padStart(3, '0');

function cohortCases(cohort: Cohort, random: SeededRandom): CaseRecord[] {
  const outcomes = expand(cohort.outcomes);
  const severities = random.shuffle(expand(cohort.severity));
  return outcomes.map((outcome, i) =>
    oneCase(cohort, outcome, severities[i] ?? 'Okänt', i < cohort.over65, random),
  );
}

function expand<K extends string>(counts: Readonly<Record<K, number>>): K[] {
  const labels: K[] = [];
  for (const label in counts) labels.push(...Array<K>(counts[label]).fill(label));
  return labels;
}

function oneCase(cohort: Cohort, outcome: Outcome, severity: string, over65: boolean, random: SeededRandom) {
  const adult = cohort.unit === 'Vuxenenheten';
  const actualised = YEAR_START + random.int(0, 364);
  const investigated = random.weighted([
    ['Ja', 12],
    ['Pågår', adult ? 1 : 0],
    ['Nej', 1],
  ] as const);
  const investigationDays = adult ? random.int(45, 190) : random.int(20, 100);
  const decided = investigated === 'Ja' ? 'Ja' : 'Nej';
  const completion = decided === 'Ja' ? completionFor(outcome, random) : null;
  const ongoing = completion === 'Pågående';
  const record: CaseRecord = {
    actualised,
    unit: text(cohort.unit),
    gender: text(cohort.gender),
    age: num(over65 ? random.int(66, 79) : random.int(...cohort.ages)),
    children: text(
      adult
        ? random.weighted([
            ['Ja', 2],
            ['Nej', 3],
            ['Okänt', 1],
          ] as const)
        : 'Nej',
    ),
    drug: text(random.weighted(adult ? ADULT_DRUGS : YOUTH_DRUGS)),
    severity: text(severity),
    actualisedOn: num(actualised),
    investigated: text(investigated),
    investigationClosedOn: investigated === 'Ja' ? num(actualised + investigationDays) : EMPTY,
    interventionDecided: text(decided),
    interventionType: text(decided === 'Ja' ? random.weighted(INTERVENTIONS) : 'Ingen insats'),
    completion: completion ? text(completion) : EMPTY,
    closingReason: text(ongoing ? 'Ärendet pågår' : closingReason(completion, random)),
    closedOn: ongoing ? EMPTY : num(actualised + investigationDays + random.int(30, 240)),
    situation: text(outcome),
    reactualisation: text(reactualisation(outcome, random)),
  };
  return record;
}

function completionFor(outcome: Outcome, random: SeededRandom): string {
  if (outcome === 'Förbättrad')
    return random.weighted([
      ['Fullföljd', 8],
      ['Pågående', 1],
    ] as const);
  if (outcome === 'Okänd')
    return random.weighted([
      ['Avbruten', 3],
      ['Fullföljd', 1],
      ['Ej påbörjad', 1],
    ] as const);
  return random.weighted([
    ['Avbruten', 2],
    ['Fullföljd', 2],
    ['Pågående', 1],
  ] as const);
}

function closingReason(completion: string | null, random: SeededRandom): string {
  if (completion === 'Fullföljd') return 'Planerat avslut';
  if (completion === 'Avbruten')
    return random.weighted([
      ['Klienten avbröt', 4],
      ['Flyttat', 1],
    ] as const);
  return random.weighted([
    ['Planerat avslut', 2],
    ['Överförd till annan verksamhet', 1],
    ['Annan orsak', 1],
  ] as const);
}

function reactualisation(outcome: Outcome, random: SeededRandom): string {
  switch (outcome) {
    case 'Förbättrad':
      return random.weighted([
        ['Ingen', 6],
        ['Positiv (sökt själv)', 2],
      ] as const);
    case 'Okänd':
      return random.weighted([
        ['Okänd', 3],
        ['Ingen', 1],
        ['Negativ (via anmälan, t.ex. LOB/LVM)', 1],
      ] as const);
    default:
      return random.weighted([
        ['Ingen', 2],
        ['Negativ (via anmälan, t.ex. LOB/LVM)', 2],
        ['Positiv (sökt själv)', 1],
      ] as const);
  }
}
