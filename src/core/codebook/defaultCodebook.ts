import type { Codebook, ValueOption, Variable, Role } from './types';

const plain = (...labels: string[]): ValueOption[] => labels.map((label) => ({ label, role: null }));
const withRoles = (...pairs: [string, Role | null][]): ValueOption[] =>
  pairs.map(([label, role]) => ({ label, role }));

type Definition = Omit<Variable, 'values' | 'width'> & { values?: ValueOption[]; width?: number };

const define = (definition: Definition): Variable => ({ values: [], width: 16, ...definition });

/** The variables of the Trosa follow-up (FOLLOW-UP.md), in the order of the case sheet. */
export const DEFAULT_CODEBOOK: Codebook = {
  variables: [
    define({
      key: 'caseId',
      name: 'Ärende-ID',
      group: null,
      description: 'Lokal kod för ärendet, t.ex. V-014. Aldrig personnummer eller namn.',
      type: 'id',
      requirement: 'required',
      width: 12,
    }),
    define({
      key: 'unit',
      name: 'Enhet',
      group: null,
      description: 'Enheten som har ärendet.',
      type: 'list',
      requirement: 'required',
      values: plain('Vuxenenheten', 'Barn- och ungdomsenheten'),
      learnsValues: true,
      width: 26,
    }),
    define({
      key: 'gender',
      name: 'Kön',
      group: 'Bakgrund',
      description: 'Klientens kön.',
      type: 'list',
      requirement: 'required',
      values: plain('Kvinna', 'Man', 'Annat'),
      width: 10,
    }),
    define({
      key: 'age',
      name: 'Ålder',
      group: 'Bakgrund',
      description: 'Ålder vid aktualisering, hela år.',
      type: 'integer',
      requirement: 'required',
      bounds: { min: 0, max: 120 },
      width: 8,
    }),
    define({
      key: 'children',
      name: 'Eventuella barn',
      group: 'Bakgrund',
      description: 'Har klienten barn?',
      type: 'list',
      requirement: 'optional',
      values: plain('Ja', 'Nej', 'Okänt'),
      width: 10,
    }),
    define({
      key: 'drug',
      name: 'Huvudsaklig drog',
      group: 'Bakgrund',
      description: 'Det huvudsakliga preparatet eller beroendet.',
      type: 'list',
      requirement: 'required',
      values: plain(
        'Alkohol',
        'Cannabis',
        'Opioider',
        'Centralstimulantia',
        'Lugnande läkemedel',
        'Flera preparat',
        'Spel om pengar',
        'Annat',
        'Okänt',
      ),
      learnsValues: true,
      width: 18,
    }),
    define({
      key: 'severity',
      name: 'Grad av missbruk',
      group: 'Bakgrund',
      description: 'Bedömd grad vid aktualisering.',
      type: 'orderedList',
      requirement: 'required',
      values: withRoles(
        ['Riskbruk', 'level1'],
        ['Missbruk', 'level2'],
        ['Beroende', 'level3'],
        ['Okänt', 'unknown'],
      ),
      width: 14,
    }),
    define({
      key: 'actualisedOn',
      name: 'Datum för aktualisering',
      group: 'Bakgrund',
      description: 'Dagen ärendet aktualiserades.',
      type: 'date',
      requirement: 'required',
      width: 13,
    }),
    ...processVariables(),
    ...resultVariables(),
    define({
      key: 'comment',
      name: 'Kommentar',
      group: null,
      description: 'Fritext. Skriv inget som kan identifiera klienten.',
      type: 'text',
      requirement: 'optional',
      width: 30,
    }),
  ],
};

function processVariables(): Variable[] {
  return [
    define({
      key: 'investigated',
      name: 'Genomgången utredning',
      group: 'Process',
      description: 'Har en utredning gjorts?',
      type: 'list',
      requirement: 'required',
      values: plain('Ja', 'Nej', 'Pågår'),
      width: 12,
    }),
    define({
      key: 'investigationClosedOn',
      name: 'Datum utredning avslutad',
      group: 'Process',
      description: 'Dagen utredningen avslutades; samma dag som aktualiseringen eller senare.',
      type: 'date',
      requirement: 'optional',
      width: 13,
    }),
    define({
      key: 'interventionDecided',
      name: 'Beslut om insats',
      group: 'Process',
      description: 'Fattades beslut om insats?',
      type: 'list',
      requirement: 'required',
      values: withRoles(['Ja', 'yes'], ['Nej', 'no']),
      width: 10,
    }),
    define({
      key: 'interventionType',
      name: 'Typ av insats',
      group: 'Process',
      description: 'Den huvudsakliga insatsen.',
      type: 'list',
      requirement: 'optional',
      values: plain(
        'Öppenvård – stöd',
        'Öppenvård – behandling',
        'Heldygn – stöd',
        'Heldygn – behandling',
        'Råd och stöd',
        'Annan insats',
        'Ingen insats',
      ),
      learnsValues: true,
      width: 22,
    }),
    define({
      key: 'completion',
      name: 'Fullföljning av behandling',
      group: 'Process',
      description: 'Fullföljdes behandlingen?',
      type: 'list',
      requirement: 'optional',
      values: withRoles(
        ['Fullföljd', 'completed'],
        ['Avbruten', 'interrupted'],
        ['Pågående', 'ongoing'],
        ['Ej påbörjad', 'notStarted'],
      ),
      width: 13,
    }),
  ];
}

function resultVariables(): Variable[] {
  return [
    define({
      key: 'closingReason',
      name: 'Orsak för avslut',
      group: 'Resultat',
      description: 'Varför ärendet avslutades.',
      type: 'list',
      requirement: 'optional',
      values: withRoles(
        ['Planerat avslut', null],
        ['Klienten avbröt', null],
        ['Flyttat', null],
        ['Överförd till annan verksamhet', null],
        ['Avliden', null],
        ['Annan orsak', null],
        ['Ärendet pågår', 'ongoing'],
      ),
      width: 22,
    }),
    define({
      key: 'closedOn',
      name: 'Datum för avslut',
      group: 'Resultat',
      description: 'Dagen ärendet avslutades; samma dag som aktualiseringen eller senare.',
      type: 'date',
      requirement: 'optional',
      width: 13,
    }),
    define({
      key: 'situation',
      name: 'Situation efter avslut',
      group: 'Resultat',
      description:
        'Klientens situation efter avslut, eller nu i ett pågående ärende. Tom räknas som bortfall.',
      type: 'list',
      requirement: 'warnBlank',
      values: withRoles(
        ['Förbättrad', 'positive'],
        ['Oförändrad', 'unchanged'],
        ['Försämrad', 'worse'],
        ['Okänd', 'unknown'],
      ),
      width: 14,
    }),
    define({
      key: 'reactualisation',
      name: 'Återaktualisering',
      group: 'Resultat',
      description: 'Positiv: klienten sökte hjälp själv. Negativ: via anmälan (LOB, LVM, polis, vården).',
      type: 'list',
      requirement: 'warnBlank',
      values: withRoles(
        ['Ingen', 'none'],
        ['Positiv (sökt själv)', 'positive'],
        ['Negativ (via anmälan, t.ex. LOB/LVM)', 'negative'],
        ['Okänd', 'unknown'],
      ),
      width: 22,
    }),
  ];
}

/** The built-in variable a Kodbok row names (names of built-in variables are fixed, case and spacing aside). */
export function builtInByName(name: string): Variable | undefined {
  const wanted = normaliseName(name);
  return DEFAULT_CODEBOOK.variables.find((v) => normaliseName(v.name) === wanted);
}

export function normaliseName(name: string): string {
  return name.trim().replace(/\s+/g, ' ').toLowerCase();
}
