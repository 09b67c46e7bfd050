import {
  chmodSync,
  existsSync,
  lstatSync,
  mkdtempSync,
  readFileSync,
  statSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { spawnSync } from 'node:child_process';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { FollowUpActions } from '../../src/app/followUpActions';
import { main } from '../../src/cli/main';
import { readCases } from '../../src/core/read/readWorkbook';
import type { WorkbookValues } from '../../src/core/table/workbookValues';
import { newPackagePort } from '../support/packagePorts';
import { PACKAGE_LIMITS } from '../../src/xlsx/packageLimits';
import { readWorkbookValues } from '../support/exceljs/readValues';
import { zipDirectory } from '../../src/xlsx/zipDirectory';
import { forgedDirectory } from '../support/zipBombs';
import { personalNumber } from '../support/personalNumbers';
import { HOMES, TEAM_UNITS, teamCases, utf8Csv, windows1252Csv } from '../support/teamCsv';

function run(...args: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  return main(args, { out: (l) => out.push(l), err: (l) => err.push(l) }).then((code) => ({
    code,
    out,
    err,
  }));
}

// Each test writes and reads whole workbooks, and some start the command line as a process of its own
// (ts-node, some 4 s): the default 5 s is too tight on a loaded 2-core machine.
jest.setTimeout(60_000);

const dir = mkdtempSync(join(tmpdir(), 'cli-'));
const CLI_ENTRY = join(__dirname, '../../src/cli/index.ts');
const path = (name: string) => join(dir, name);

describe('writing a file keeps what it was (issue 11)', () => {
  const example = async (name: string) => {
    expect((await run('new', path(name), '--example')).code).toBe(0);
    return path(name);
  };

  it('keeps a private file private (0600) when results rewrites it in place', async () => {
    const file = await example('private.xlsx');
    chmodSync(file, 0o600);
    expect((await run('results', file)).code).toBe(0);
    expect(statSync(file).mode & 0o777).toBe(0o600);
  });

  it('writes the file a symlink points at, and leaves the link a link', async () => {
    const real = await example('real.xlsx');
    symlinkSync(real, path('link.xlsx'));
    expect((await run('results', path('link.xlsx'))).code).toBe(0);
    expect(lstatSync(path('link.xlsx')).isSymbolicLink()).toBe(true);
    expect(readFileSync(real).includes(Buffer.from('xl/worksheets/sheet4.xml'))).toBe(true);
  });

  it('refuses a read-only file and an existing -o without --force, and writes them with it', async () => {
    const file = await example('readonly.xlsx');
    chmodSync(file, 0o444);
    const refused = await run('results', file);
    expect([refused.code, refused.err]).toEqual([2, [expect.stringContaining('skrivskyddad')]]);
    expect((await run('results', file, '--force')).code).toBe(0);
    expect(statSync(file).mode & 0o777).toBe(0o444);
    writeFileSync(path('notes.txt'), 'mina anteckningar');
    const over = await run('results', await example('source.xlsx'), '-o', path('notes.txt'));
    expect([over.code, readFileSync(path('notes.txt'), 'utf8')]).toEqual([2, 'mina anteckningar']);
  });

  it("honours LibreOffice's lock file, and removes a copy a killed run left behind", async () => {
    const file = await example('locked.xlsx');
    writeFileSync(path('.~lock.locked.xlsx#'), 'lock');
    expect((await run('results', file)).err).toEqual([expect.stringContaining('.~lock.locked.xlsx#')]);
    const file2 = await example('crashed.xlsx');
    // A process id no process has: the run that left this copy is gone.
    writeFileSync(path('.crashed.xlsx.4194999.tmp'), 'a half-written copy of every case');
    expect((await run('results', file2)).code).toBe(0);
    expect(existsSync(path('.crashed.xlsx.4194999.tmp'))).toBe(false);
  });

  /** Replaces the example's result sheet with one of the user's own, named `name`. */
  const withOwnSheet = async (file: string, name: string) => {
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(file);
    const own = workbook.getWorksheet('Resultat')!;
    workbook.removeWorksheet(own.id);
    workbook.addWorksheet(name).getCell('A1').value = 'Mina egna siffror';
    await workbook.xlsx.writeFile(file);
  };
  const sheetA1 = async (file: string) => {
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(file);
    return workbook.worksheets.map((w) => [w.name, String(w.getCell('A1').value)]);
  };

  it('refuses to replace a Resultat sheet the user made (in any letter case), and replaces it with --force', async () => {
    for (const name of ['Resultat', 'RESULTAT']) {
      const file = await example(`own-${name}.xlsx`);
      await withOwnSheet(file, name);
      const before = readFileSync(file);
      const refused = await run('results', file);
      expect([refused.code, refused.err]).toEqual([2, [expect.stringMatching(/Bladet .* --force/)]]);
      expect(readFileSync(file).equals(before)).toBe(true);
      expect((await run('results', file, '--force')).code).toBe(0);
      expect((await sheetA1(file)).filter(([n]) => n?.toLowerCase() === 'resultat')).toEqual([
        ['Resultat', expect.stringContaining('')],
      ]);
      expect((await sheetA1(file)).some(([, a1]) => a1 === 'Mina egna siffror')).toBe(false);
    }
  });

  it('keeps workbook structure protection: the workbook part is edited, not written anew', async () => {
    const file = await example('protected.xlsx');
    // jszip (exceljs's own zip library) puts the protection into workbook.xml, as Excel would.
    const zip = await JSZip.loadAsync(readFileSync(file));
    const xml = await zip.file('xl/workbook.xml')!.async('string');
    zip.file('xl/workbook.xml', xml.replace('<sheets>', '<workbookProtection lockStructure="1"/><sheets>'));
    writeFileSync(file, await zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' }));
    const written = await run('results', file);
    expect(written.code).toBe(0);
    const after = await JSZip.loadAsync(readFileSync(file));
    expect(await after.file('xl/workbook.xml')!.async('string')).toContain(
      '<workbookProtection lockStructure="1"/>',
    );
    expect(written.out.some((l) => l.includes('skydd'))).toBe(false);
  });

  it("replaces the tool's own result sheet whatever its letter case", async () => {
    const file = await example('renamed.xlsx');
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(file);
    // exceljs will not rename a sheet to its own name in other case: in two steps, as a user might.
    workbook.getWorksheet('Resultat')!.name = 'Resultat (gammalt)';
    workbook.getWorksheet('Resultat (gammalt)')!.name = 'resultat';
    await workbook.xlsx.writeFile(file);
    const again = await run('results', file);
    expect([again.code, again.err]).toEqual([0, []]);
    expect((await sheetA1(file)).map(([n]) => n)).toContain('Resultat');
    expect((await sheetA1(file)).map(([n]) => n)).not.toContain('resultat');
  });
});

describe('uppfoljning new / check / results', () => {
  it('creates the example, finds no problem in it, and prints the headline figures', async () => {
    expect((await run('new', path('ex.xlsx'), '--example')).code).toBe(0);
    const check = await run('check', path('ex.xlsx'));
    // The same example as the pane's: its two letter-case slips are the only findings, as warnings.
    expect([check.code, check.out.at(-1)]).toEqual([0, '0 fel och 2 varningar.']);
    const results = await run('results', path('ex.xlsx'));
    expect(results.code).toBe(0);
    expect(results.out.join('\n')).toContain(
      'För Vuxenenheten visade resultaten en positiv förändring i 70 %',
    );
  });

  it('writes results into -o and leaves the original file as it was', async () => {
    await run('new', path('orig.xlsx'), '--example');
    const before = readFileSync(path('orig.xlsx'));
    expect((await run('results', path('orig.xlsx'), '-o', path('copy.xlsx'))).code).toBe(0);
    expect(readFileSync(path('orig.xlsx')).equals(before)).toBe(true);
    expect(existsSync(path('copy.xlsx'))).toBe(true);
  });

  it('never overwrites an existing file unless told to', async () => {
    await run('new', path('kept.xlsx'));
    const again = await run('new', path('kept.xlsx'), '--example');
    expect(again.code).not.toBe(0);
    expect(again.err).toEqual([expect.stringContaining('finns redan')]);
  });

  it('exits 1 from check when there is an error, and lists problems as JSON on request', async () => {
    writeFileSync(path('cases.csv'), 'Ärende-ID;Enhet;Kön;Ålder\nV-1;Vuxenenheten;K;140\n');
    expect((await run('import', path('cases.csv'), path('imported.xlsx'))).code).toBe(0);
    const check = await run('check', path('imported.xlsx'), '--json', '--today', '2026-11-22');
    expect(check.code).toBe(1);
    const { problems } = JSON.parse(check.out.join('\n'));
    expect(problems).toContainEqual({
      severity: 'error',
      code: 'invalid-age',
      sheet: 'Ärenden',
      cell: 'D3',
      message: expect.stringContaining('ska vara ett heltal från 0 till 120'),
    });
    expect(problems.find((p: { cell: string }) => p.cell === 'C3').message).toContain('Menade du "Kvinna"?');
  });
});

describe('every failure is one Swedish line and a non-zero exit', () => {
  beforeAll(() => {
    writeFileSync(path('not.xlsx'), 'this is text, not a workbook');
    writeFileSync(path('cases-only.csv'), 'namn\nx\n');
  });

  it.each([
    ['a missing file', ['check', join(dir, 'saknas.xlsx')], /Filen finns inte/],
    [
      'a file that is not an xlsx',
      ['results', join(dir, 'not.xlsx')],
      /går inte att öppna som Excel-arbetsbok/,
    ],
    [
      'a CSV with no known column',
      ['import', join(dir, 'cases-only.csv'), join(dir, 'x.xlsx')],
      /variabelnamn/,
    ],
    ['an unknown command', ['rensa'], /okänt kommando/],
    ['a missing argument', ['check'], /behöver en arbetsbok/],
    ['an unknown option', ['check', 'a.xlsx', '--snabbt'], /^uppfoljning: Okänt val: --snabbt\./],
  ])('%s', async (_, args, message) => {
    const { code, err } = await run(...args);
    expect(code).toBeGreaterThan(0);
    expect(err[0]).toMatch(message);
    expect(err.join('\n')).not.toMatch(/\n\s+at /);
  });

  it('a workbook with no case table', async () => {
    const empty = path('no-table.xlsx');
    const ExcelJS = (await import('exceljs')).default;
    const workbook = new ExcelJS.Workbook();
    workbook.addWorksheet('Blad1').getCell('A1').value = 'hej';
    await workbook.xlsx.writeFile(empty);
    const { code, err } = await run('results', empty);
    expect([code, err.length]).toEqual([2, 1]);
    expect(err[0]).toMatch(/Hittar inga ärenden/);
  });

  it('a workbook Excel has open (its lock file is there)', async () => {
    await run('new', path('open.xlsx'), '--example');
    writeFileSync(path('~$open.xlsx'), '');
    const { code, err } = await run('results', path('open.xlsx'));
    expect(code).toBe(2);
    expect(err[0]).toMatch(/öppen i Excel/);
  });

  it('a file that may not be written', async () => {
    if (process.getuid?.() === 0) return; // root writes anywhere; the lock-file case covers the message path
    await run('new', path('ro.xlsx'), '--example');
    chmodSync(dir, 0o500);
    try {
      const { code, err } = await run('results', path('ro.xlsx'));
      expect(code).toBe(2);
      expect(err[0]).toMatch(/låst eller skrivskyddad/);
    } finally {
      chmodSync(dir, 0o700);
    }
  });
});

describe("a municipality's own units and lists", () => {
  const cases = teamCases(30, 7);
  const count = (column: string, value: string, where: (row: string[]) => boolean = () => true) => {
    const i = cases[0]!.indexOf(column);
    return cases.slice(1).filter((row) => row[i] === value && where(row)).length;
  };

  it.each([
    ['UTF-8 with ,', utf8Csv(cases)],
    ['Windows-1252 with ;', windows1252Csv(cases)],
  ])(
    'a third unit in a CSV (%s) gets its figures, each group equal to a count of the CSV',
    async (name, bytes) => {
      const file = path(`third-unit-${name.length}.csv`);
      writeFileSync(file, bytes);
      const imported = await run('import', file, path(`third-${name.length}.xlsx`));
      expect(imported.out).toContain('Lade till 1 värde i kodboken för Enhet: Beroendemottagningen.');
      const { code, out } = await run('results', path(`third-${name.length}.xlsx`), '--json');
      expect(code).toBe(0);
      const json = JSON.parse(out.join('\n'));
      const units = json.groups.filter((g: { by: string }) => g.by === 'unit');
      for (const unit of TEAM_UNITS) {
        const group = units.find((g: { key: string[] }) => g.key[0] === unit);
        expect([unit, group.n]).toEqual([unit, count('Enhet', unit)]);
        const improved = count('Situation efter avslut', 'Förbättrad', (row) => row[1] === unit);
        expect([unit, group.positive]).toEqual([unit, improved]);
      }
      const total = json.groups.find((g: { by: string }) => g.by === 'total');
      expect(units.reduce((n: number, g: { n: number }) => n + g.n, 0)).toBe(total.n);
      // The en dash of "Öppenvård – stöd" survives Windows-1252: the intervention is counted, not "not in the codebook".
      const support = json.groups.find(
        (g: { by: string; key: string[] }) => g.by === 'intervention' && g.key[0] === 'Öppenvård – stöd',
      );
      expect(support.n).toBe(count('Typ av insats', 'Öppenvård – stöd'));
    },
  );

  it('a codebook file makes a follow-up with a list of its own, broken down in the JSON', async () => {
    const defaults = await run('codebook', path('ex.xlsx'));
    const codebookCsv = [
      ...defaults.out,
      ...HOMES.map((home) => `Boendesituation;Bakgrund;lista;nej;${home};;Boende vid aktualisering`),
    ].join('\n');
    writeFileSync(path('kodbok.csv'), codebookCsv);
    writeFileSync(path('team.csv'), utf8Csv(cases));
    const made = await run('import', path('team.csv'), path('team.xlsx'), '--codebook', path('kodbok.csv'));
    expect(made.code).toBe(0);
    const json = JSON.parse((await run('results', path('team.xlsx'), '--json')).out.join('\n'));
    const homes = json.groups.filter((g: { by: string }) => g.by === 'variable');
    expect(
      homes.map((g: { variable: string; key: string[]; n: number }) => [g.variable, g.key[0], g.n]),
    ).toEqual([
      ...HOMES.map((home) => ['Boendesituation', home, count('Boendesituation', home)]),
      ['Boendesituation', 'Ej i kodboken', 0],
      ['Boendesituation', 'Ej ifyllt', 0],
    ]);
    const exported = await run('codebook', path('team.xlsx'));
    const lines = exported.out.join('\n').split('\n');
    expect(lines.filter((l) => l.startsWith('Boendesituation;'))).toHaveLength(3);
  });

  it('refuses a codebook file with one Swedish line naming the row', async () => {
    writeFileSync(
      path('bad.csv'),
      'variabel;grupp;typ;obligatorisk;värde;roll\nBoende;;lista;nej;Hemlös;\nAntal;;decimaltal;nej;;\n',
    );
    const { code, err } = await run('new', path('bad.xlsx'), '--codebook', path('bad.csv'));
    expect([code, err]).toEqual([
      2,
      [expect.stringMatching(/^uppfoljning: Kodboksfilen, rad 3: typen "decimaltal"/)],
    ]);
  });
});

describe('one example for every surface', () => {
  it('uppfoljning new --example holds exactly the cases the pane inserts', async () => {
    expect((await run('new', path('same.xlsx'), '--example')).code).toBe(0);
    const file = new ExcelJS.Workbook();
    await file.xlsx.readFile(path('same.xlsx'));
    const pane = newPackagePort();
    const actions = new FollowUpActions(pane, () => 0);
    await actions.create();
    await actions.insertExample();
    const rowsOf = async (values: WorkbookValues) => readCases(values).table.rows;
    const fromCli = await rowsOf(readWorkbookValues(file));
    expect(fromCli).toHaveLength(79);
    expect(fromCli).toEqual(await rowsOf(await pane.readValues()));
  });
});

describe('output that cannot be written, and options Node explains in English (issue 11)', () => {
  /** The command line as a user runs it: its own process, its output through a shell. */
  const shell = (script: string) =>
    spawnSync('bash', ['-c', script], {
      encoding: 'utf8',
      env: {
        ...process.env,
        LANG: 'sv_SE.UTF-8',
        CLI: `node -r ts-node/register/transpile-only ${CLI_ENTRY}`,
      },
    });

  it('ends quietly when the reader stops early (| head), and says in one line when the disk is full', async () => {
    expect((await run('new', path('pipes.xlsx'), '--example')).code).toBe(0);
    const early = shell(
      `$CLI results '${path('pipes.xlsx')}' --json | head -c 10 >/dev/null; echo "exit \${PIPESTATUS[0]}"`,
    );
    expect([early.stdout.trim(), early.stderr]).toEqual(['exit 0', '']);
    const full = shell(`$CLI check '${path('pipes.xlsx')}' > /dev/full; echo "exit $?"`);
    expect(full.stdout.trim()).toBe('exit 74');
    expect(full.stderr.trim().split('\n')).toEqual([
      expect.stringMatching(/^uppfoljning: Utdata kunde inte skrivas \(enheten är full\)/),
    ]);
  });

  it('names an unknown option or a missing value in Swedish, then the usage', async () => {
    const bogus = await run('check', path('pipes.xlsx'), '--bogus');
    expect([bogus.code, bogus.err[0]]).toEqual([2, 'uppfoljning: Okänt val: --bogus.']);
    const noValue = await run('results', path('pipes.xlsx'), '-o');
    expect([noValue.code, noValue.err[0]]).toEqual([2, 'uppfoljning: Valet -o behöver ett värde.']);
  });
});

describe('a workbook too large to read (issue 11)', () => {
  it('is refused at once with its size and the limit, before it is unpacked', async () => {
    writeFileSync(
      path('huge.xlsx'),
      forgedDirectory([
        { name: 'xl/workbook.xml', size: 1000 },
        { name: 'xl/worksheets/sheet1.xml', size: 700e6 },
      ]),
    );
    const refused = await run('check', path('huge.xlsx'));
    expect([refused.code, refused.err]).toEqual([
      2,
      [expect.stringMatching(/700 MB uppackade, gränsen är 120 MB/)],
    ]);
  });

  it('says an OpenDocument file renamed .xlsx is one, and a path through a file is no folder', async () => {
    const ods = Buffer.concat([
      Buffer.from('PK\u0003\u0004'),
      Buffer.alloc(26),
      Buffer.from('mimetypeapplication/vnd.oasis.opendocument.spreadsheet'),
    ]);
    writeFileSync(path('renamed.xlsx'), ods);
    const renamed = await run('check', path('renamed.xlsx'));
    expect([renamed.code, renamed.err]).toEqual([
      2,
      [expect.stringContaining('OpenDocument-kalkylblad (.ods)')],
    ]);
    writeFileSync(path('plain.txt'), 'x');
    const through = await run('check', join(path('plain.txt'), 'inne.xlsx'));
    expect([through.code, through.err]).toEqual([
      2,
      [expect.stringContaining('en del av sökvägen är en fil')],
    ]);
    expect((await run('new', path('into.xlsx'), '--example')).code).toBe(0);
    const out = await run('results', path('into.xlsx'), '-o', join(path('plain.txt'), 'ut.xlsx'));
    expect([out.code, out.err]).toEqual([2, [expect.stringContaining('en del av sökvägen är en fil')]]);
  });

  it('reads the example, whose sheets are far below the limit', async () => {
    expect((await run('new', path('small.xlsx'), '--example')).code).toBe(0);
    const sizes = zipDirectory(readFileSync(path('small.xlsx')))?.map((e) => e.size) ?? [];
    const size = sizes.reduce((a, b) => a + b, 0);
    expect(size).toBeGreaterThan(100_000);
    expect(size).toBeLessThan(PACKAGE_LIMITS.worksheetBytes / 10);
    expect((await run('check', path('small.xlsx'))).code).toBeLessThan(2);
  });
});

describe('import writes every value of the file (issue 11)', () => {
  it("puts the CSV's own, repeated and unnamed columns into the case table, and says what it read", async () => {
    writeFileSync(path('own.csv'), 'Ärende-ID;Kön;Notering;notering;;Kön\nA-1;Man;hej;då;x;Kvinna;extra\n');
    const made = await run('import', path('own.csv'), path('own.xlsx'));
    expect(made.code).toBe(0);
    expect(made.out).toContain('Läste 1 rad och 7 ifyllda värden; alla är med.');
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(path('own.xlsx'));
    const values = readWorkbookValues(workbook);
    const { table } = readCases(values);
    const at = (header: string) => table.rows[0]![table.headers.indexOf(header)];
    expect(['Notering', 'notering (2)', 'Kolumn 5', 'Kön (2)', 'Kolumn 7'].map(at)).toEqual(
      ['hej', 'då', 'x', 'Kvinna', 'extra'].map((t) => ({ kind: 'text', text: t })),
    );
  });
});

describe('merged cells in the case table (issue 11)', () => {
  it('are reported at their first cell and counted as Excel counts them: the covered cells blank', async () => {
    const file = path('merged.xlsx');
    expect((await run('new', file, '--example')).code).toBe(0);
    const before = JSON.parse((await run('results', file, '--json')).out.join('\n')) as { cases: number };
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(file);
    const { table } = readCases(readWorkbookValues(workbook));
    const column = table.firstColumn + table.headers.indexOf('Ärende-ID');
    const sheet = workbook.getWorksheet(table.sheetName)!;
    const [top, next] = [table.headerRow + 1, table.headerRow + 2];
    sheet.mergeCells(top, column, next, column);
    await workbook.xlsx.writeFile(file);
    const checked = await run('check', file, '--json');
    const problems = (JSON.parse(checked.out.join('\n')) as { problems: { code: string; cell: string }[] })
      .problems;
    expect(problems.filter((p) => p.code === 'merged-cells').map((p) => p.cell)).toEqual([
      `${String.fromCharCode(64 + column)}${top}`,
    ]);
    // The covered row has no ID now, as in Excel: a missing value there, not the first row's ID twice.
    expect(problems.some((p) => p.code === 'duplicate-id')).toBe(false);
    const after = JSON.parse((await run('results', file, '--json')).out.join('\n')) as { cases: number };
    expect(after.cases).toBe(before.cases);
  });
});

describe('escape codes from a file never reach the terminal (issue 11)', () => {
  it('prints a header holding escape codes with ? in their place, in notices and refusals alike', async () => {
    writeFileSync(path('esc.csv'), 'Ärende-ID;\u001b[31mRöd\u001b[0m;\u001b[2J\nA-1;x;y\n');
    const made = await run('import', path('esc.csv'), path('esc.xlsx'));
    expect(made.code).toBe(0);
    writeFileSync(path('esc2.csv'), '\u001b]0;titel\u0007Namn;Stad\nx;1\n');
    const refused = await run('import', path('esc2.csv'), path('esc2.xlsx'));
    expect(refused.code).toBe(2);
    for (const line of [...made.out, ...made.err, ...refused.err]) expect(line).not.toMatch(/\p{Cc}/u);
    expect(made.out.join('\n')).toContain('?[31mRöd?[0m');
  });
});

describe('the personnummer guard reads the whole file (issue 11)', () => {
  it('finds a number in a note, a link target, a formula with no cached value and text typed into Resultat', async () => {
    const file = path('guard.xlsx');
    expect((await run('new', file, '--example')).code).toBe(0);
    const made = personalNumber('850709', '123');
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(file);
    const notes = workbook.getWorksheet('Inställningar')!;
    notes.getCell('E2').value = 'se anteckning';
    notes.getCell('E2').note = `Klient ${made.replace('-', '\u2013')}`;
    notes.getCell('E3').value = { text: 'journal', hyperlink: `https://journal.example/${made}` };
    notes.getCell('E4').value = { formula: `${made.replace('-', '')}+0` };
    workbook.getWorksheet('Resultat')!.getCell('Z1').value = `${made.slice(0, 6)} ${made.slice(7)}`;
    notes.getCell('E5').value = Number(`19${made.replace('-', '')}`); // 12 digits …
    notes.getCell('E5').numFmt = 'yyyy-mm-dd'; // … in a date-formatted cell
    await workbook.xlsx.writeFile(file);
    const checked = await run('check', file, '--json');
    const found = (
      JSON.parse(checked.out.join('\n')) as { problems: { code: string; sheet: string; cell: string }[] }
    ).problems
      .filter((p) => p.code === 'personal-number')
      .map((p) => `${p.sheet}!${p.cell}`);
    expect(found.sort()).toEqual([
      'Inställningar!E2',
      'Inställningar!E3',
      'Inställningar!E4',
      'Inställningar!E5',
      'Resultat!Z1',
    ]);
  });
});

describe('the language of a refusal', () => {
  it('is English where the terminal says English, Swedish otherwise', async () => {
    const saved = { LANG: process.env.LANG, LC_ALL: process.env.LC_ALL };
    try {
      process.env.LC_ALL = '';
      process.env.LANG = 'en_GB.UTF-8';
      expect((await run('check', path('nowhere.xlsx'))).err).toEqual([
        `uppfoljning: There is no file ${path('nowhere.xlsx')}`,
      ]);
      process.env.LANG = 'sv_SE.UTF-8';
      expect((await run('check', path('nowhere.xlsx'))).err).toEqual([
        `uppfoljning: Filen finns inte: ${path('nowhere.xlsx')}`,
      ]);
    } finally {
      // Assigning undefined to process.env would store the text "undefined".
      if (saved.LANG === undefined) delete process.env.LANG;
      else process.env.LANG = saved.LANG;
      if (saved.LC_ALL === undefined) delete process.env.LC_ALL;
      else process.env.LC_ALL = saved.LC_ALL;
    }
  });
});
