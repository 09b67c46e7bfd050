// The command line as `node -r ts-node/register/transpile-only peakMemoryCli.js <args>` runs it, with its
// peak memory (resident set, kB) written last on stderr, for the tests on hostile files.
process.on('exit', () => process.stderr.write(`\npeak-kb ${process.resourceUsage().maxRSS}\n`));
require('../../src/cli/index.ts');
