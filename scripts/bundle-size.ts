/**
 * npm run size: the gzip size of the initial JavaScript of the task pane (taskpane.html) and of the web
 * page (index.html), every script each page loads from our own files, against the 200 KB budget of
 * issue 3; and a check that the file adapter is in neither (the web page loads it later, as its own chunk).
 * Run after `npm run build`.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

const BUDGET_BYTES = 200 * 1024;
/** A string only a workbook file reader holds (the package adapter's): its presence means it is in the script. */
const EXCELJS_MARKER = 'sharedStrings';
const dir = join(__dirname, '..', 'dist', 'web');
const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB gzip`;
const gzipped = (file: string) => gzipSync(readFileSync(join(dir, file)), { level: 9 }).length;

function initialScripts(page: string): string[] {
  const html = readFileSync(join(dir, page), 'utf8');
  // Minified HTML may leave attribute values unquoted.
  return [...html.matchAll(/<script[^>]*\ssrc=["']?([^"'\s>]+)/g)]
    .map((m) => m[1] ?? '')
    .filter((src) => !/^https?:/.test(src));
}

let failed = false;
const initial = new Set<string>();
for (const [page, label] of [
  ['taskpane.html', 'the task pane'],
  ['index.html', 'the web page'],
] as const) {
  const scripts = initialScripts(page);
  let total = 0;
  for (const src of scripts) {
    initial.add(src);
    total += gzipped(src);
    if (readFileSync(join(dir, src), 'utf8').includes(EXCELJS_MARKER)) {
      console.log(`${src} holds the file adapter, which ${label} must load only when needed`);
      failed = true;
    }
  }
  console.log(`initial JavaScript of ${label}: ${kb(total)} (budget ${BUDGET_BYTES / 1024} KB)`);
  if (scripts.length === 0 || total > BUDGET_BYTES) failed = true;
}
for (const file of readdirSync(dir).filter((f) => f.endsWith('.js') && !initial.has(f)))
  console.log(`loaded on demand: ${file}: ${kb(gzipped(file))}`);
if (failed) process.exitCode = 1;
