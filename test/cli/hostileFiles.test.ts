import { spawnSync } from 'node:child_process';
import {
  chmodSync,
  copyFileSync,
  existsSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  statSync,
  truncateSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { main } from '../../src/cli/main';
import { openWorkbookFile } from '../../src/xlsx/nodeFiles';
import { bombWorkbook } from '../support/zipBombs';

/**
 * Issue 21: hostile and odd files on the command line, each refused in one line, in bounded time and
 * memory. Each runs the command line as its own process, so that its peak memory is its own; the peaks
 * are printed with the test's output.
 */
jest.setTimeout(120_000);

const dir = mkdtempSync(join(tmpdir(), 'hostile-'));
const path = (name: string) => join(dir, name);
const TSCONFIG = join(__dirname, '../../tsconfig.json');
const PEAK_MEMORY_CLI = join(__dirname, '../support/peakMemoryCli.js');
const peaks: string[] = [];

/** The command line as a process of its own: its exit code, its one line on stderr and its peak memory. */
function cli(label: string, ...given: string[]) {
  const started = Date.now();
  const asNobody = given.includes('--as-uid-65534');
  const args = given.filter((a) => a !== '--as-uid-65534');
  const run = spawnSync(
    process.execPath,
    ['-r', require.resolve('ts-node/register/transpile-only'), PEAK_MEMORY_CLI, ...args],
    {
      encoding: 'utf8',
      env: { ...process.env, LANG: 'sv_SE.UTF-8', LC_ALL: '', TS_NODE_PROJECT: TSCONFIG },
      ...(asNobody ? { uid: 65534, gid: 65534, cwd: tmpdir() } : {}),
    },
  );
  const peakKb = Number(/peak-kb (\d+)/.exec(run.stderr)?.[1] ?? NaN);
  const seconds = (Date.now() - started) / 1000;
  peaks.push(`${label}: exit ${run.status}, ${Math.round(peakKb / 1024)} MB peak, ${seconds.toFixed(1)} s`);
  const lines = run.stderr.split('\n').filter((l) => l !== '' && !l.startsWith('peak-kb'));
  return { code: run.status, lines, peakMb: peakKb / 1024 };
}

const quiet = { out: () => {}, err: () => {} };

/** The command line in this process (faster, where its memory is not the point): exit code and stderr. */
async function inProcess(...args: string[]): Promise<[number, string[]]> {
  const err: string[] = [];
  const code = await main(args, { out: () => {}, err: (l) => err.push(l) });
  return [code, err];
}

/** Well below the 400 MB a bomb would take to hold, and the 5 GB the sharedStrings bomb once reached. */
const BOUNDED_MB = 300;

afterAll(() => {
  process.stdout.write(`Peak memory of the command line on hostile files:\n  ${peaks.join('\n  ')}\n`);
});

/** A new follow-up's file, the bombs' base. */
async function exampleBytes(): Promise<Uint8Array> {
  if (!existsSync(path('base.xlsx'))) expect(await main(['new', path('base.xlsx')], quiet)).toBe(0);
  return readFileSync(path('base.xlsx'));
}

describe('a zip bomb in a part other than a sheet', () => {
  it('is refused when shared strings would unpack to 400 MB (a 1 MB file once took 5 GB and died)', async () => {
    writeFileSync(
      path('strings.xlsx'),
      await bombWorkbook(await exampleBytes(), 'xl/sharedStrings.xml', 400),
    );
    const run = cli('sharedStrings 400 MB', 'check', path('strings.xlsx'));
    expect([run.code, run.lines]).toEqual([
      2,
      [expect.stringMatching(/delen xl\/sharedStrings.xml är 420 MB uppackad, gränsen är 120 MB/)],
    ]);
    expect(run.peakMb).toBeLessThan(BOUNDED_MB);
  });

  it('is named as damaged when styles unpack beyond what the file says (once "oväntat fel", exit 70)', async () => {
    const bytes = await bombWorkbook(await exampleBytes(), 'xl/styles.xml', 200, { declared: 5000 });
    writeFileSync(path('styles.xlsx'), bytes);
    const run = cli('styles.xml lying 200 MB', 'results', path('styles.xlsx'));
    expect([run.code, run.lines]).toEqual([2, [expect.stringContaining('xl/styles.xml går inte att läsa')]]);
    expect(run.peakMb).toBeLessThan(BOUNDED_MB);
  });
});

describe('a device or a file too large to read', () => {
  it.each([
    ['check', ['check', '/dev/zero']],
    ['import', ['import', '/dev/zero', 'ut.xlsx']],
    ['new --codebook', ['new', 'ny.xlsx', '--codebook', '/dev/zero']],
  ])('%s on /dev/zero is refused before a byte is read (it once grew to 9 GB)', (label, args) => {
    const run = cli(`${label} /dev/zero`, ...args.map((a) => (a.endsWith('.xlsx') ? path(a) : a)));
    expect([run.code, run.lines]).toEqual([
      2,
      [
        'uppfoljning: /dev/zero är ingen vanlig fil (utan t.ex. en enhet eller en pipe) och används inte. Ange en fil.',
      ],
    ]);
    expect(run.peakMb).toBeLessThan(BOUNDED_MB);
  });

  it('refuses a 700 MB CSV by its size (it once ended in "Cannot create a string longer than…")', () => {
    writeFileSync(path('big.csv'), 'Ärende-ID;Kön\n');
    truncateSync(path('big.csv'), 700e6); // sparse: takes no disk
    const run = cli('700 MB CSV', 'import', path('big.csv'), path('big.xlsx'));
    expect([run.code, run.lines]).toEqual([
      2,
      [`uppfoljning: ${path('big.csv')} läses inte: filen är 700 MB, gränsen är 100 MB.`],
    ]);
    expect(run.peakMb).toBeLessThan(BOUNDED_MB);
  });
});

describe('a write to any target', () => {
  const example = async (name: string) => {
    if (!existsSync(path(name))) expect(await main(['new', path(name)], quiet)).toBe(0);
    return path(name);
  };

  it('refuses a device even with --force (it once replaced /dev/null by a world-readable file)', async () => {
    const source = await example('enhet.xlsx');
    const run = await inProcess('results', source, '-o', '/dev/null', '--force');
    expect(run).toEqual([
      2,
      [
        'uppfoljning: /dev/null är ingen vanlig fil (utan t.ex. en enhet eller en pipe) och används inte. Ange en fil.',
      ],
    ]);
    expect(statSync('/dev/null').isCharacterDevice()).toBe(true);
  });

  it('refuses without --force a file this user may not write, though its mode bits allow its owner', async () => {
    if (process.getuid?.() !== 0) throw new Error('This test runs as root, to act as another user (nobody).');
    const folder = mkdtempSync(join(tmpdir(), 'shared-'));
    chmodSync(folder, 0o777); // writable by all, as a shared folder is
    const theirs = join(folder, 'deras.xlsx');
    copyFileSync(await example('deras.xlsx'), theirs);
    chmodSync(theirs, 0o644); // root's, writable by root only
    const before = readFileSync(theirs);
    const run = cli('results as nobody', 'results', theirs, '--as-uid-65534');
    expect([run.code, run.lines]).toEqual([
      2,
      [
        `uppfoljning: ${theirs} är skrivskyddad. Ta bort skrivskyddet, eller lägg till --force för att skriva ändå.`,
      ],
    ]);
    expect(readFileSync(theirs).equals(before)).toBe(true);
    expect(statSync(theirs).uid).toBe(0);
  });

  it('writes a codebook file through a temporary copy: on a full disk the old file stays whole, and the line says so', async () => {
    const source = await example('kodbok.xlsx');
    const disk = mkdtempSync(join(tmpdir(), 'full-'));
    if (spawnSync('mount', ['-t', 'tmpfs', '-o', 'size=64k', 'tmpfs', disk]).status !== 0)
      throw new Error('This test mounts a 64 kB tmpfs (as root) to fill a disk.');
    try {
      writeFileSync(join(disk, 'kodbok.csv'), 'den gamla kodboken\n');
      spawnSync('dd', ['if=/dev/zero', `of=${join(disk, 'fyllning')}`, 'bs=4k'], { stdio: 'ignore' });
      const run = await inProcess('codebook', source, '-o', join(disk, 'kodbok.csv'), '--force');
      expect(run).toEqual([
        2,
        [`uppfoljning: Disken är full; ${join(disk, 'kodbok.csv')} kunde inte sparas.`],
      ]);
      expect(readFileSync(join(disk, 'kodbok.csv'), 'utf8')).toBe('den gamla kodboken\n');
      expect(readdirSync(disk).sort()).toEqual(['fyllning', 'kodbok.csv']);
    } finally {
      spawnSync('umount', [disk]);
    }
  });

  it('keeps a workbook with macros in an .xlsm (Excel refuses macros in an .xlsx)', async () => {
    const port = await openWorkbookFile(await example('makro.xlsx'));
    const types = port.pkg.text('[Content_Types].xml') ?? '';
    port.pkg.setText(
      '[Content_Types].xml',
      types.replace(
        'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml',
        'application/vnd.ms-excel.sheet.macroEnabled.main+xml',
      ),
    );
    writeFileSync(path('makro.xlsm'), port.pkg.toZip());
    const refused = await inProcess('results', path('makro.xlsm'), '-o', path('utan.xlsx'));
    expect(refused).toEqual([2, [expect.stringContaining('arbetsboken har makron och måste heta .xlsm')]]);
    expect(existsSync(path('utan.xlsx'))).toBe(false);
    expect((await inProcess('results', path('makro.xlsm'), '-o', path('med.xlsm')))[0]).toBe(0);
  });
});

describe('a day that is no date', () => {
  it.each(['2019-02-30', '0000-00-00', '2019-13-01'])(
    '--today %s is refused (it was taken silently)',
    async (day) => {
      await exampleBytes();
      const [code, lines] = await inProcess('check', path('base.xlsx'), '--today', day);
      expect([code, lines]).toEqual([2, [expect.stringContaining(`"${day}"`)]]);
    },
  );
});

describe('results over data with errors (issue 22)', () => {
  it('are written (exit 0), and say on standard error how many errors they rest on', async () => {
    writeFileSync(
      path('fel.csv'),
      'Ärende-ID;Enhet;Kön;Ålder\nV-1;Vuxenenheten;man;400\nV-2;Vuxenenheten;Kvinna;40\n',
    );
    expect((await inProcess('import', path('fel.csv'), path('fel.xlsx')))[0]).toBe(0);
    const errors = (await inProcess('check', path('fel.xlsx')))[0];
    expect(errors).toBe(1);
    const [code, lines] = await inProcess('results', path('fel.xlsx'));
    expect(code).toBe(0);
    expect(lines).toEqual([
      expect.stringMatching(
        new RegExp(
          `^uppfoljning: Resultatet bygger på uppgifter med \\d+ fel\\. Kör "uppfoljning check ${path('fel.xlsx')}"\\.$`,
        ),
      ),
    ]);
  });
});
