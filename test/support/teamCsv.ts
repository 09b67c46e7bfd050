import iconv from 'iconv-lite';
import { SeededRandom } from '../../src/core/example/random';

/** A municipality with a third unit of its own and a list of its own, as its case system exports it. */
export const TEAM_UNITS = ['Vuxenenheten', 'Barn- och ungdomsenheten', 'Beroendemottagningen'];
export const HOMES = ['Egen bostad', 'Hemlös', 'Boende med stöd'];

const HEADER = [
  'Ärende-ID',
  'Enhet',
  'Kön',
  'Ålder',
  'Huvudsaklig drog',
  'Grad av missbruk',
  'Datum för aktualisering',
  'Genomgången utredning',
  'Beslut om insats',
  'Typ av insats',
  'Situation efter avslut',
  'Återaktualisering',
  'Boendesituation',
];

/** Fictitious cases, made at run time from a seed: header first. */
export function teamCases(count: number, seed: number): string[][] {
  const random = new SeededRandom(seed);
  const rows = Array.from({ length: count }, (_, i) => [
    `T-${String(i + 1).padStart(3, '0')}`,
    random.pick(TEAM_UNITS),
    random.pick(['Kvinna', 'Man']),
    String(random.int(18, 80)),
    random.pick(['Alkohol', 'Cannabis', 'Opioider']),
    random.pick(['Riskbruk', 'Missbruk', 'Beroende']),
    `2019-${String(random.int(1, 12)).padStart(2, '0')}-${String(random.int(1, 28)).padStart(2, '0')}`,
    'Ja',
    'Ja',
    random.pick(['Öppenvård – stöd', 'Öppenvård – behandling', 'Heldygn – behandling']),
    random.pick(['Förbättrad', 'Oförändrad', 'Försämrad', 'Okänd', '']),
    random.pick(['Ingen', 'Okänd']),
    random.pick(HOMES),
  ]);
  return [HEADER, ...rows];
}

const field = (value: string, separator: string) =>
  value.includes(separator) || value.includes('"') ? `"${value.replace(/"/g, '""')}"` : value;

export function utf8Csv(rows: readonly string[][]): Uint8Array {
  return new TextEncoder().encode(rows.map((r) => r.map((v) => field(v, ',')).join(',')).join('\n') + '\n');
}

/** As Swedish Excel saves "CSV (semikolonavgränsad)": Windows-1252, `;`, CRLF. */
export function windows1252Csv(rows: readonly string[][]): Uint8Array {
  const text = rows.map((r) => r.map((v) => field(v, ';')).join(';')).join('\r\n') + '\r\n';
  return new Uint8Array(iconv.encode(text, 'windows-1252'));
}
