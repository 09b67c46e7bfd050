import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { main } from '../../src/cli/main';
import { bombWorkbook } from '../support/zipBombs';

/**
 * Issue 21: hostile and odd files on the command line, each refused in one line, in bounded time and
 * memory. Each runs the command line as its own process, so that its peak memory is its own; the peaks
 * are printed with the test's output.
 */
jest.setTimeout(120_000);

const dir = mkdtempSync(join(tmpdir(), 'hostile-'));
const path = (name: string) => join(dir, name);
const PEAK_MEMORY_CLI = join(__dirname, '../support/peakMemoryCli.js');
const peaks: string[] = [];

/** The command line as a process of its own: its exit code, its one line on stderr and its peak memory. */
function cli(label: string, ...args: string[]) {
  const started = Date.now();
  const run = spawnSync(
    process.execPath,
    ['-r', 'ts-node/register/transpile-only', PEAK_MEMORY_CLI, ...args],
    { encoding: 'utf8', env: { ...process.env, LANG: 'sv_SE.UTF-8', LC_ALL: '' } },
  );
  const peakKb = Number(/peak-kb (\d+)/.exec(run.stderr)?.[1] ?? NaN);
  const seconds = (Date.now() - started) / 1000;
  peaks.push(`${label}: exit ${run.status}, ${Math.round(peakKb / 1024)} MB peak, ${seconds.toFixed(1)} s`);
  const lines = run.stderr.split('\n').filter((l) => l !== '' && !l.startsWith('peak-kb'));
  return { code: run.status, lines, peakMb: peakKb / 1024 };
}

/** Well below the 400 MB a bomb would take to hold, and the 5 GB the sharedStrings bomb once reached. */
const BOUNDED_MB = 300;

afterAll(() => {
  process.stdout.write(`Peak memory of the command line on hostile files:\n  ${peaks.join('\n  ')}\n`);
});

/** A new follow-up's file, the bombs' base. */
async function exampleBytes(): Promise<Uint8Array> {
  if (!existsSync(path('base.xlsx')))
    expect(await main(['new', path('base.xlsx')], { out: () => {}, err: () => {} })).toBe(0);
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
