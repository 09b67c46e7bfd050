/**
 * npm run bench: time and peak memory of `results` at 1,000, 10,000 and 100,000 cases on two workbooks of
 * the same cases, one exceljs wrote (shared strings) and one the tool's own `import` wrote, each against
 * unzipping and scanning its case sheet (the limit) and exceljs merely reading and writing it, with the
 * ratios; `import` itself, and the core alone. Each measurement runs in a fresh child process, so its peak
 * memory (maxRSS) is its own. BENCH_PAGE=0 leaves out the web page in Chromium.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { unzipSync } from 'fflate';
import Papa from 'papaparse';
import { SaxesParser } from 'saxes';
import type { CellValue } from '../src/core/cell';
import { DEFAULT_CODEBOOK } from '../src/core/codebook/defaultCodebook';
import { isoFromSerial } from '../src/core/dates';
import { EXAMPLE_SETTINGS } from '../src/core/example/generate';
import { resultsPlan } from '../src/core/plan/workbookPlan';
import { readFollowUp } from '../src/core/read/readWorkbook';
import { createFollowUpWorkbook } from '../test/support/exceljs/followUpWorkbook';
import { FollowUpActions } from '../src/app/followUpActions';
import { openWorkbookFile, saveWorkbookAtomically } from '../src/xlsx/nodeFiles';
import { emptyPackage } from '../src/xlsx/package/emptyPackage';
import { PackageWorkbookPort } from '../src/xlsx/package/packagePort';
import { DEFAULT_SETTINGS } from '../src/core/settings';
import { manyCases } from '../test/support/manyCases';
import { measurePage } from './benchBrowser';

/** BENCH_SIZES=100000 npm run bench measures one size only. */
const SIZES = (process.env['BENCH_SIZES'] ?? '1000,10000,100000').split(',').map(Number);
const PHASES = ['floor', 'scan', 'results', 'import', 'core'] as const;
type Phase = (typeof PHASES)[number];

interface Measurement {
  readonly seconds: number;
  readonly peakMiB: number;
}

/** The cases as a CSV file a team would export: the case table's headers, dates written out. */
function casesCsv(rows: readonly (readonly CellValue[])[]): string {
  const variables = DEFAULT_CODEBOOK.variables;
  const field = (cell: CellValue | undefined, i: number) => {
    if (!cell || cell.kind === 'empty') return '';
    if (cell.kind === 'number')
      return variables[i]?.type === 'date' ? isoFromSerial(cell.value) : String(cell.value);
    return cell.kind === 'text' ? cell.text : '';
  };
  return Papa.unparse(
    [variables.map((v) => v.name), ...rows.map((row) => variables.map((_, i) => field(row[i], i)))],
    { delimiter: ';' },
  );
}

async function phase(name: Phase, file: string): Promise<number> {
  const started = process.hrtime.bigint();
  const seconds = () => Number(process.hrtime.bigint() - started) / 1e9;
  switch (name) {
    case 'floor': {
      const workbook = new ExcelJS.Workbook();
      await workbook.xlsx.readFile(file);
      await workbook.xlsx.writeFile(`${file}.floor.xlsx`);
      return seconds();
    }
    case 'scan': {
      // The least any reader does: unpack the case sheet (the largest worksheet) and visit every element.
      const parts = unzipSync(readFileSync(file), {
        filter: (f) => f.name.startsWith('xl/worksheets/sheet'),
      });
      const sheet = Object.values(parts).sort((a, b) => b.length - a.length)[0] ?? new Uint8Array();
      const parser = new SaxesParser();
      let elements = 0;
      parser.on('opentag', () => elements++);
      parser.write(new TextDecoder().decode(sheet)).close();
      return elements > 0 ? seconds() : NaN;
    }
    case 'results': {
      const port = await openWorkbookFile(file);
      await new FollowUpActions(port, () => 0).writeResults();
      await saveWorkbookAtomically(port, `${file}.results.xlsx`, { force: true });
      return seconds();
    }
    case 'import': {
      const csv = readFileSync(`${file}.csv`, 'utf8');
      const port = new PackageWorkbookPort(emptyPackage());
      const actions = new FollowUpActions(port, () => 0);
      await actions.create(DEFAULT_SETTINGS, DEFAULT_CODEBOOK);
      await actions.importCsv(csv);
      await saveWorkbookAtomically(port, `${file}.imported.xlsx`, { force: true });
      return seconds();
    }
    case 'core': {
      const values = await (await openWorkbookFile(file)).readValues();
      // Collect the reader's garbage first, so that the core's time is the core's own work.
      global.gc?.();
      const coreStarted = process.hrtime.bigint();
      resultsPlan(readFollowUp(values));
      return Number(process.hrtime.bigint() - coreStarted) / 1e9;
    }
  }
}

function measure(name: Phase, file: string): Measurement {
  const output = execFileSync(
    process.execPath,
    [...process.execArgv, '--expose-gc', __filename, '--phase', name, file],
    {
      encoding: 'utf8',
      maxBuffer: 1 << 20,
    },
  );
  const parsed: unknown = JSON.parse(output.trim().split('\n').at(-1) ?? '{}');
  if (typeof parsed === 'object' && parsed && 'seconds' in parsed && 'peakMiB' in parsed) {
    return { seconds: Number(parsed.seconds), peakMiB: Number(parsed.peakMiB) };
  }
  throw new Error(`${name} printed no measurement: ${output}`);
}

const shown = (m: Measurement) => `${m.seconds.toFixed(2)} s, ${m.peakMiB.toFixed(0)} MiB`;
const ratio = (a: Measurement, b: Measurement) => (a.seconds / b.seconds).toFixed(2);

async function main(): Promise<void> {
  const [flag, name, file] = process.argv.slice(2);
  const asked = PHASES.find((p) => p === name);
  if (flag === '--phase' && file && asked) {
    const seconds = await phase(asked, file);
    console.log(JSON.stringify({ seconds, peakMiB: process.resourceUsage().maxRSS / 1024 }));
    return;
  }
  const dir = mkdtempSync(join(tmpdir(), 'bench-'));
  console.log(
    `Node ${process.version}, ${(await import('node:os')).cpus().length} cores. Times in seconds, peak memory in MiB.\n`,
  );
  console.log(
    '| cases | workbook written by | exceljs read+write | unzip and scan (limit) | results | results / exceljs | results / limit |',
  );
  console.log('|---:|---|---:|---:|---:|---:|---:|');
  const imports: string[] = [];
  for (const size of SIZES) {
    const file = join(dir, `cases-${size}.xlsx`);
    const rows = manyCases(size);
    const workbook = createFollowUpWorkbook({ rows, settings: EXAMPLE_SETTINGS });
    await workbook.xlsx.writeFile(file);
    writeFileSync(`${file}.csv`, casesCsv(rows));
    const imported = measure('import', file);
    const core = measure('core', file);
    for (const [writer, path] of [
      ['exceljs', file],
      ['`import`', `${file}.imported.xlsx`],
    ] as const) {
      const floor = measure('floor', path);
      const scan = measure('scan', path);
      const results = measure('results', path);
      const row = [
        size.toLocaleString('en-US'),
        writer,
        shown(floor),
        shown(scan),
        shown(results),
        ratio(results, floor),
        ratio(results, scan),
      ];
      console.log(`| ${row.join(' | ')} |`);
    }
    const megabytes = (statSync(`${file}.imported.xlsx`).size / 1e6).toFixed(1);
    imports.push(
      `| ${size.toLocaleString('en-US')} | ${shown(imported)} | ${megabytes} MB | ${core.seconds.toFixed(2)} s |`,
    );
  }
  console.log('\n| cases | `import` from CSV | its file | core alone |\n|---:|---:|---:|---:|');
  for (const line of imports) console.log(line);
  if (process.env['BENCH_PAGE'] === '0') return;
  const largest = SIZES.at(-1) ?? 0;
  console.log(
    `\nThe web page in Chromium at ${largest.toLocaleString('en-US')} cases (the file held in a worker):\n`,
  );
  console.log('| step | time | longest block of the page |');
  console.log('|---|---:|---:|');
  for (const { step, seconds, longestBlockMs } of await measurePage(join(dir, `cases-${largest}.xlsx`)))
    console.log(`| ${step} | ${seconds.toFixed(2)} s | ${longestBlockMs.toFixed(0)} ms |`);
}

main().catch((e: unknown) => {
  console.error(e instanceof Error ? e.message : String(e));
  process.exitCode = 1;
});
