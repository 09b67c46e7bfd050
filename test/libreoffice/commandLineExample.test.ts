import { mkdtempSync, writeFileSync } from 'node:fs';
import ExcelJS from 'exceljs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { main } from '../../src/cli/main';
import { num, text, type CellValue } from '../../src/core/cell';
import { DEFAULT_CODEBOOK } from '../../src/core/codebook/defaultCodebook';
import { EXAMPLE_SETTINGS } from '../../src/core/example/generate';
import { breakdowns, type Breakdown } from '../../src/core/figures/groups';
import { codebookToCsv } from '../../src/core/csv/codebookCsv';
import { readCodebook } from '../../src/core/read/readCodebook';
import { DEFAULT_SETTINGS } from '../../src/core/settings';
import { readWorkbookValues } from '../support/exceljs/readValues';
import { HOMES, TEAM_UNITS, teamCases, windows1252Csv } from '../support/teamCsv';
import type { GroupJson, ResultsJson } from '../../src/core/figures/json';
import type { MaskedGroupJson, MaskedResultsJson, ShownJsonValue } from '../../src/core/masking/maskedJson';
import { TOTAL_LABEL } from '../../src/core/plan/resultsLayout';
import { sameShown } from '../support/compareCells';
import { readResultRows, type ShownRow } from '../support/resultRows';
import { homeVariable } from '../support/fixtures';
import { recalculate } from './recalculate';

jest.setTimeout(240_000);

const sections = breakdowns(DEFAULT_CODEBOOK, EXAMPLE_SETTINGS);
const titles = sections.map((b) => b.title);

let json: ResultsJson;
let masked: MaskedResultsJson;
let shown: Map<string, ShownRow>;

/** `results <file> --json [--masked]`, parsed. */
async function resultsJsonOf<T>(file: string, ...flags: string[]): Promise<T> {
  const lines: string[] = [];
  const io = { out: (l: string) => lines.push(l), err: () => undefined };
  expect(await main(['results', file, '--json', ...flags], io)).toBe(0);
  return JSON.parse(lines.join('\n')) as T;
}

beforeAll(async () => {
  const file = join(mkdtempSync(join(tmpdir(), 'cli-example-')), 'exempel.xlsx');
  const lines: string[] = [];
  const io = { out: (l: string) => lines.push(l), err: (l: string) => lines.push(l) };
  expect(await main(['new', file, '--example'], io)).toBe(0);
  json = await resultsJsonOf<ResultsJson>(file);
  masked = await resultsJsonOf<MaskedResultsJson>(file, '--masked');
  const workbook = (await recalculate([file])).get(file)!;
  shown = readResultRows(workbook.getWorksheet('Resultat')!, titles);
});

/** The sheet's row of a JSON group: under its breakdown's title (a team's list by its variable's name). */
type GroupKey = Pick<GroupJson, 'by' | 'variable' | 'key'>;
const rowIn = (rows: Map<string, ShownRow>, all: readonly Breakdown[]) => (g: GroupKey) => {
  const section = all.find(
    (s) => s.by === g.by && (g.by !== 'variable' || s.title === `Per ${g.variable?.toLowerCase()}`),
  );
  return rows.get(`${section?.title}|${g.key[0] ?? TOTAL_LABEL}|${g.key[1] ?? ''}`);
};
const rowOf = (g: GroupKey) => rowIn(shown, sections)(g);

const percent = (v: CellValue | undefined) => (v?.kind === 'number' ? Math.round(v.value * 100) : v);

describe('the example workbook made by the command line, recalculated by LibreOffice', () => {
  it('shows the Trosa headline figures for adults and youth', () => {
    const unit = (label: string) => shown.get(`Per enhet|${label}|`)!;
    expect(percent(unit('Vuxenenheten').get('Positiv förändring'))).toBe(70);
    expect(percent(unit('Vuxenenheten').get('Bortfall andel'))).toBe(36);
    expect(percent(unit('Barn- och ungdomsenheten').get('Positiv förändring'))).toBe(75);
    expect(percent(unit('Barn- och ungdomsenheten').get('Bortfall andel'))).toBe(25);
  });

  it('holds girls a higher positive share and boys a heavier severity profile (unmasked: the groups are small)', () => {
    // On the sheet these small groups' rates are masked (a numerator or complement below t): the
    // property of the fictitious data is read from results --json, which is unmasked.
    const youth = (gender: string) =>
      json.groups.find(
        (g) => g.by === 'unit+gender' && g.key[0] === 'Barn- och ungdomsenheten' && g.key[1] === gender,
      )!;
    expect(youth('Kvinna').positiveRate!).toBeGreaterThan(youth('Man').positiveRate!);
    expect(youth('Man').dependenceShare!).toBeGreaterThan(youth('Kvinna').dependenceShare!);
  });

  it('equals results --json --masked cell for cell, and --json stays unmasked', () => {
    expect(json.masked).toBe(false);
    expect(masked.masked).toBe(true);
    expect(masked.groups.length).toBe(sections.reduce((n, s) => n + s.groups.length, 0));
    expect(disagreementsWithMasked(masked, rowOf)).toEqual([]);
    // The unmasked JSON has every count; the masked one hides what the sheet hides.
    const shownAsText = masked.groups.flatMap((g) => [g.n, g.worse]).filter((v) => typeof v === 'string');
    expect(shownAsText.length).toBeGreaterThan(0);
  });

  it('shows median age and dependence share from JSON wherever the sheet shows a number', () => {
    for (const g of json.groups) {
      const row = rowOf(g)!;
      const pairs: [CellValue, number | null][] = [
        [row.get('Medianålder')!, g.medianAge],
        [row.get('Andel beroende')!, g.dependenceShare],
      ];
      for (const [sheet, value] of pairs) {
        if (sheet.kind === 'number') expect(sheet.value).toBeCloseTo(value!, 9);
        if (sheet.kind === 'text' && sheet.text === '') expect(value).toBeNull();
      }
    }
  });
});

/** A value of `results --json --masked` as the cell that holds it. */
const asCell = (value: ShownJsonValue): CellValue =>
  value === null ? text('') : typeof value === 'number' ? num(value) : text(value);

/** Every figure of every group of `results --json --masked` against the recalculated sheet, cell for cell. */
function disagreementsWithMasked(
  masked: MaskedResultsJson,
  rowOf: (g: MaskedGroupJson) => ShownRow | undefined,
): object[] {
  const checks: [string, (g: MaskedGroupJson) => ShownJsonValue][] = [
    ['Antal ärenden', (g) => g.n],
    ['Känd situation', (g) => g.known],
    ['Förbättrad', (g) => g.positive],
    ['Oförändrad', (g) => g.unchanged],
    ['Försämrad', (g) => g.worse],
    ['Bortfall', (g) => g.dropout],
    ['Positiv förändring', (g) => g.positiveRate],
    ['Oförändrad andel', (g) => g.unchangedRate],
    ['Försämrad andel', (g) => g.worseRate],
    ['Bortfall andel', (g) => g.dropoutRate],
    ['Fullföljd', (g) => g.completed],
    ['Avbruten', (g) => g.interrupted],
    ['Fullföljd andel', (g) => g.completionRate],
    ['Återaktualisering: ingen', (g) => g.reactualisation.none],
    ['Återaktualisering: positiv', (g) => g.reactualisation.positive],
    ['Återaktualisering: negativ', (g) => g.reactualisation.negative],
    ['Återaktualisering: okänd', (g) => g.reactualisation.unknown],
    ['Utredningar med tid', (g) => g.investigationDays.n],
    ['Utredningstid, median (dagar)', (g) => g.investigationDays.median],
    ['Utredningstid, medel (dagar)', (g) => g.investigationDays.mean],
    ['Utredningar över gränsen', (g) => g.investigationDays.overLimit],
    ['Medianålder', (g) => g.medianAge],
    ['Andel beroende', (g) => g.dependenceShare],
  ];
  return masked.groups.flatMap((g): object[] => {
    const row = rowOf(g);
    if (!row) return [{ group: g.key, problem: 'no row on the sheet' }];
    return checks.flatMap(([header, value]) =>
      sameShown(asCell(value(g)), row.get(header)!)
        ? []
        : [{ group: g.key, header, json: value(g), sheet: row.get(header) }],
    );
  });
}

describe('a follow-up made with --codebook from a CSV with a third unit, recalculated by LibreOffice', () => {
  let teamJson: ResultsJson;
  let teamMasked: MaskedResultsJson;
  let teamRows: Map<string, ShownRow>;
  let teamSections: Breakdown[];

  beforeAll(async () => {
    const dir = mkdtempSync(join(tmpdir(), 'cli-team-'));
    const lines: string[] = [];
    const io = { out: (l: string) => lines.push(l), err: (l: string) => lines.push(l) };
    const codebook = codebookToCsv({
      variables: [...DEFAULT_CODEBOOK.variables, homeVariable()],
    });
    writeFileSync(join(dir, 'kodbok.csv'), codebook);
    writeFileSync(join(dir, 'cases.csv'), windows1252Csv(teamCases(60, 3)));
    const file = join(dir, 'team.xlsx');
    expect(
      await main(['import', join(dir, 'cases.csv'), file, '--codebook', join(dir, 'kodbok.csv')], io),
    ).toBe(0);
    teamJson = await resultsJsonOf<ResultsJson>(file);
    teamMasked = await resultsJsonOf<MaskedResultsJson>(file, '--masked');
    const recalculated = (await recalculate([file])).get(file)!;
    const written = new ExcelJS.Workbook();
    await written.xlsx.readFile(file);
    teamSections = breakdowns(readCodebook(readWorkbookValues(written)), DEFAULT_SETTINGS);
    teamRows = readResultRows(
      recalculated.getWorksheet('Resultat')!,
      teamSections.map((b) => b.title),
    );
  });

  it('has a breakdown for the team list and all three units, each as the JSON says', () => {
    expect(teamJson.groups.filter((g) => g.by === 'variable').map((g) => g.key[0])).toEqual([
      ...HOMES,
      'Ej i kodboken',
      'Ej ifyllt',
    ]);
    expect(teamJson.groups.filter((g) => g.by === 'unit').map((g) => g.key[0])).toEqual([
      ...TEAM_UNITS,
      'Ej i kodboken',
      'Ej ifyllt',
    ]);
    expect(disagreementsWithMasked(teamMasked, rowIn(teamRows, teamSections))).toEqual([]);
  });
});
