/**
 * npm run size: the gzip size of the task pane's initial JavaScript (every script its page loads from
 * our own files), against the 200 KB budget of issue 3. Run after `npm run build`.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

const BUDGET_BYTES = 200 * 1024;
const dir = join(__dirname, '..', 'dist', 'web');
const page = readFileSync(join(dir, 'taskpane.html'), 'utf8');
// Minified HTML may leave attribute values unquoted.
const ownScripts = [...page.matchAll(/<script[^>]*\ssrc=["']?([^"'\s>]+)/g)]
  .map((m) => m[1] ?? '')
  .filter((src) => !/^https?:/.test(src));
let total = 0;
for (const src of ownScripts) {
  const bytes = gzipSync(readFileSync(join(dir, src)), { level: 9 }).length;
  total += bytes;
  console.log(`${src}: ${(bytes / 1024).toFixed(1)} KB gzip`);
}
console.log(
  `initial JavaScript of the task pane: ${(total / 1024).toFixed(1)} KB gzip (budget ${BUDGET_BYTES / 1024} KB)`,
);
if (ownScripts.length === 0 || total > BUDGET_BYTES) process.exitCode = 1;
