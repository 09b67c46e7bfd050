import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { main } from '../../src/cli/main';
import type { CellValue } from '../../src/core/cell';
import { DEFAULT_CODEBOOK } from '../../src/core/codebook/defaultCodebook';
import { EXAMPLE_SETTINGS } from '../../src/core/example/generate';
import { breakdowns } from '../../src/core/figures/groups';
import type { GroupJson, ResultsJson } from '../../src/core/figures/json';
import { shownCount, shownRate, shownStat } from '../../src/core/figures/masking';
import { TOTAL_LABEL } from '../../src/core/plan/resultsLayout';
import { sameShown } from '../support/compareCells';
import { readResultRows, type ShownRow } from '../support/resultRows';
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

const rowOf = (g: GroupJson) => {
  const title = sections.find((s) => s.by === g.by)!.title;
  return shown.get(`${title}|${g.key[0] ?? TOTAL_LABEL}|${g.key[1] ?? ''}`);
};

const percent = (v: CellValue | undefined) => (v?.kind === 'number' ? Math.round(v.value * 100) : v);

describe('the example workbook made by the command line, recalculated by LibreOffice', () => {
  it('shows the Trosa headline figures for adults and youth', () => {
    const unit = (label: string) => shown.get(`Per enhet|${label}|`)!;
    expect(percent(unit('Vuxenenheten').get('Positiv förändring'))).toBe(70);
    expect(percent(unit('Vuxenenheten').get('Bortfall andel'))).toBe(36);
    expect(percent(unit('Barn- och ungdomsenheten').get('Positiv förändring'))).toBe(75);
    expect(percent(unit('Barn- och ungdomsenheten').get('Bortfall andel'))).toBe(25);
  });

  it('shows girls a higher positive share and boys a heavier severity profile', () => {
    const youth = (gender: string) => shown.get(`Per enhet och kön|Barn- och ungdomsenheten|${gender}`)!;
    const value = (row: ShownRow, header: string) => {
      const v = row.get(header);
      return v?.kind === 'number' ? v.value : NaN;
    };
    expect(value(youth('Kvinna'), 'Positiv förändring')).toBeGreaterThan(
      value(youth('Man'), 'Positiv förändring'),
    );
    expect(value(youth('Man'), 'Andel beroende')).toBeGreaterThan(value(youth('Kvinna'), 'Andel beroende'));
  });

  it('agrees with results --json in every figure of every group, masked by the same rule', () => {
    expect(json.masked).toBe(false);
    expect(json.groups.length).toBe(sections.reduce((n, s) => n + s.groups.length, 0));
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
      [
        'Utredningstid, median (dagar)',
        (g) => shownStat(g.investigationDays.median, g.investigationDays.n, t),
      ],
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
    expect(disagreements).toEqual([]);
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
