import { mkdtempSync, writeFileSync } from 'node:fs';
import ExcelJS from 'exceljs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { main } from '../../src/cli/main';
import type { CellValue } from '../../src/core/cell';
import { DEFAULT_CODEBOOK } from '../../src/core/codebook/defaultCodebook';
import { EXAMPLE_SETTINGS } from '../../src/core/example/generate';
import { breakdowns, type Breakdown } from '../../src/core/figures/groups';
import { codebookToCsv } from '../../src/core/codebook/codebookCsv';
import { readCodebook } from '../../src/core/read/readCodebook';
import { DEFAULT_SETTINGS } from '../../src/core/settings';
import { readWorkbookValues } from '../../src/xlsx/readValues';
import { HOMES, TEAM_UNITS, teamCases, windows1252Csv } from '../support/teamCsv';
import type { GroupJson, ResultsJson } from '../../src/core/figures/json';
import { shownCount, shownRate, shownStat } from '../../src/core/figures/masking';
import { TOTAL_LABEL } from '../../src/core/plan/resultsLayout';
import { sameShown } from '../support/compareCells';
import { readResultRows, type ShownRow } from '../support/resultRows';
import { homeVariable } from '../support/fixtures';
import { recalculate } from './recalculate';

jest.setTimeout(240_000);

const sections = breakdowns(DEFAULT_CODEBOOK, EXAMPLE_SETTINGS);
const titles = sections.map((b) => b.title);
const t = EXAMPLE_SETTINGS.minCount;

let json: ResultsJson;
let shown: Map<string, ShownRow>;

beforeAll(async () => {
  const file = join(mkdtempSync(join(tmpdir(), 'cli-example-')), 'exempel.xlsx');
  const lines: string[] = [];
  const io = { out: (l: string) => lines.push(l), err: (l: string) => lines.push(l) };
  expect(await main(['new', file, '--example'], io)).toBe(0);
  lines.length = 0;
  expect(await main(['results', file, '--json'], io)).toBe(0);
  json = JSON.parse(lines.join('\n')) as ResultsJson;
  const workbook = (await recalculate([file])).get(file)!;
  shown = readResultRows(workbook.getWorksheet('Resultat')!, titles);
});

/** The sheet's row of a JSON group: under its breakdown's title (a team's list by its variable's name). */
const rowIn = (rows: Map<string, ShownRow>, all: readonly Breakdown[]) => (g: GroupJson) => {
  const section = all.find(
    (s) => s.by === g.by && (g.by !== 'variable' || s.title === `Per ${g.variable?.toLowerCase()}`),
  );
  return rows.get(`${section?.title}|${g.key[0] ?? TOTAL_LABEL}|${g.key[1] ?? ''}`);
};
const rowOf = (g: GroupJson) => rowIn(shown, sections)(g);

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

  it('agrees with results --json in every figure of every group, masked by the same rule', () => {
    expect(json.masked).toBe(false);
    expect(json.groups.length).toBe(sections.reduce((n, s) => n + s.groups.length, 0));
    expect(disagreementsWithJson(json, rowOf, t)).toEqual([]);
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

/** Every figure of every JSON group against the recalculated sheet, masked by the sheet's rule. */
function disagreementsWithJson(
  json: ResultsJson,
  rowOf: (g: GroupJson) => ShownRow | undefined,
  t: number,
): object[] {
  const re = (g: GroupJson) => g.reactualisation;
  const checks: [string, (g: GroupJson) => CellValue][] = [
    ['Antal ärenden', (g) => shownCount(g.n, t)],
    ['Känd situation', (g) => shownCount(g.known, t)],
    ['Förbättrad', (g) => shownCount(g.positive, t)],
    ['Oförändrad', (g) => shownCount(g.unchanged, t)],
    ['Försämrad', (g) => shownCount(g.worse, t)],
    ['Bortfall', (g) => shownCount(g.dropout, t)],
    ['Positiv förändring', (g) => shownRate(g.positive, g.known, t)],
    ['Oförändrad andel', (g) => shownRate(g.unchanged, g.known, t)],
    ['Försämrad andel', (g) => shownRate(g.worse, g.known, t)],
    ['Bortfall andel', (g) => shownRate(g.dropout, g.n, t)],
    ['Fullföljd', (g) => shownCount(g.completed, t)],
    ['Avbruten', (g) => shownCount(g.interrupted, t)],
    ['Fullföljd andel', (g) => shownRate(g.completed, g.completed + g.interrupted, t)],
    ['Återaktualisering: ingen', (g) => shownCount(re(g).none, t)],
    ['Återaktualisering: positiv', (g) => shownCount(re(g).positive, t)],
    ['Återaktualisering: negativ', (g) => shownCount(re(g).negative, t)],
    ['Återaktualisering: okänd', (g) => shownCount(re(g).unknown, t)],
    ['Andel ingen', (g) => shownRate(re(g).none, g.n, t)],
    ['Andel positiv', (g) => shownRate(re(g).positive, g.n, t)],
    ['Andel negativ', (g) => shownRate(re(g).negative, g.n, t)],
    ['Andel okänd', (g) => shownRate(re(g).unknown, g.n, t)],
    ['Utredningar med tid', (g) => shownCount(g.investigationDays.n, t)],
    ['Utredningstid, median (dagar)', (g) => shownStat(g.investigationDays.median, g.investigationDays.n, t)],
    ['Utredningstid, medel (dagar)', (g) => shownStat(g.investigationDays.mean, g.investigationDays.n, t)],
    ['Utredningar över gränsen', (g) => shownCount(g.investigationDays.overLimit, t)],
  ];
  const disagreements = json.groups.flatMap((g): object[] => {
    const row = rowOf(g);
    if (!row) return [{ group: g.key, problem: 'no row on the sheet' }];
    return checks.flatMap(([header, expected]) =>
      sameShown(expected(g), row.get(header)!)
        ? []
        : [{ group: g.key, header, json: expected(g), sheet: row.get(header) }],
    );
  });
  return disagreements;
}

describe('a follow-up made with --codebook from a CSV with a third unit, recalculated by LibreOffice', () => {
  let teamJson: ResultsJson;
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
    lines.length = 0;
    expect(await main(['results', file, '--json'], io)).toBe(0);
    teamJson = JSON.parse(lines.join('\n')) as ResultsJson;
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
    expect(disagreementsWithJson(teamJson, rowIn(teamRows, teamSections), DEFAULT_SETTINGS.minCount)).toEqual(
      [],
    );
  });
});
