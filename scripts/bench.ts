/**
 * npm run bench: time and peak memory of `results` at 1,000, 10,000 and 100,000 cases, of the core alone,
 * and of exceljs merely reading and writing the same workbook (the floor), with the ratios.
 * Each measurement runs in a fresh child process, so its peak memory (maxRSS) is its own.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { text } from '../src/core/cell';
import { DEFAULT_CODEBOOK } from '../src/core/codebook/defaultCodebook';
import { EXAMPLE_SETTINGS, exampleCaseRows } from '../src/core/example/generate';
import { resultsPlan } from '../src/core/plan/workbookPlan';
import { readFollowUp } from '../src/core/read/readWorkbook';
import { createFollowUpWorkbook } from '../src/xlsx/followUpWorkbook';
import { FollowUpActions } from '../src/app/followUpActions';
import { ExcelJsWorkbookPort } from '../src/xlsx/excelJsPort';
import { loadWorkbook, saveWorkbookAtomically } from '../src/xlsx/nodeFiles';
import { readWorkbookValues } from '../src/xlsx/readValues';

const SIZES = [1_000, 10_000, 100_000];
type Phase = 'floor' | 'results' | 'core';

interface Measurement {
  readonly seconds: number;
  readonly peakMiB: number;
}

/** `count` generated cases: the fictitious example drawn again with new seeds, numbered anew. */
function generatedRows(count: number) {
  const rows = [];
  for (let seed = 1; rows.length < count; seed++) {
    for (const row of exampleCaseRows(DEFAULT_CODEBOOK, seed)) {
      if (rows.length === count) break;
      rows.push([text(`B-${rows.length + 1}`), ...row.slice(1)]);
    }
  }
  return rows;
}

async function phase(name: Phase, file: string): Promise<number> {
  const started = process.hrtime.bigint();
  if (name === 'floor') {
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(file);
    await workbook.xlsx.writeFile(`${file}.floor.xlsx`);
  } else if (name === 'results') {
    const workbook = await loadWorkbook(file);
    await new FollowUpActions(new ExcelJsWorkbookPort(workbook), () => 0).writeResults();
    await saveWorkbookAtomically(workbook, `${file}.results.xlsx`);
  } else {
    const workbook = await loadWorkbook(file);
    const values = readWorkbookValues(workbook);
    // Collect exceljs's loading garbage first, so that the core's time is the core's own work.
    global.gc?.();
    const coreStarted = process.hrtime.bigint();
    resultsPlan(readFollowUp(values));
    return Number(process.hrtime.bigint() - coreStarted) / 1e9;
  }
  return Number(process.hrtime.bigint() - started) / 1e9;
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

async function main(): Promise<void> {
  const [flag, name, file] = process.argv.slice(2);
  if (flag === '--phase' && file && (name === 'floor' || name === 'results' || name === 'core')) {
    const seconds = await phase(name, file);
    console.log(JSON.stringify({ seconds, peakMiB: process.resourceUsage().maxRSS / 1024 }));
    return;
  }
  const dir = mkdtempSync(join(tmpdir(), 'bench-'));
  console.log(
    `Node ${process.version}, ${(await import('node:os')).cpus().length} cores. Times in seconds, peak memory in MiB.\n`,
  );
  console.log('| cases | exceljs read+write (floor) | results | results / floor | core alone | core peak |');
  console.log('|---:|---:|---:|---:|---:|---:|');
  for (const size of SIZES) {
    const file = join(dir, `cases-${size}.xlsx`);
    const workbook = createFollowUpWorkbook({ rows: generatedRows(size), settings: EXAMPLE_SETTINGS });
    await workbook.xlsx.writeFile(file);
    const floor = measure('floor', file);
    const results = measure('results', file);
    const core = measure('core', file);
    const row = [
      size.toLocaleString('en-US'),
      `${floor.seconds.toFixed(2)} s, ${floor.peakMiB.toFixed(0)} MiB`,
      `${results.seconds.toFixed(2)} s, ${results.peakMiB.toFixed(0)} MiB`,
      (results.seconds / floor.seconds).toFixed(2),
      `${core.seconds.toFixed(3)} s`,
      `${core.peakMiB.toFixed(0)} MiB (incl. the loaded workbook)`,
    ];
    console.log(`| ${row.join(' | ')} |`);
  }
}

main().catch((e: unknown) => {
  console.error(e instanceof Error ? e.message : String(e));
  process.exitCode = 1;
});
