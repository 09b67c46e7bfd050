// @ts-check
/**
 * npm run dev-server: webpack rebuilds dist/web on every change, and the static server serves it.
 * Reload the page after a rebuild.
 */
const { spawn } = require('node:child_process');
const { existsSync, writeFileSync } = require('node:fs');
const path = require('node:path');
const { startServer, PID_FILE } = require('./serve');

const webpackBin = path.resolve(__dirname, '..', 'node_modules', '.bin', 'webpack');
const watcher = spawn(webpackBin, ['--watch', '--mode', 'development', '--config-name', 'site'], {
  stdio: 'inherit',
});
watcher.on('exit', (code) => process.exit(code ?? 1));
const stopAll = () => {
  watcher.kill('SIGTERM');
  process.exit(0);
};
process.on('SIGINT', stopAll);
process.on('SIGTERM', stopAll);

const index = path.resolve(__dirname, '..', 'dist', 'web', 'index.html');
const waitForFirstBuild = setInterval(() => {
  if (!existsSync(index)) return;
  clearInterval(waitForFirstBuild);
  startServer({ port: Number(process.env.PORT ?? 3000) }).then(
    ({ url }) => {
      writeFileSync(PID_FILE, String(process.pid));
      console.log(
        `\nUtvecklingsserver: ${url} (webbsidan) och ${url}taskpane.html. Ladda om sidan efter en ändring.\n`,
      );
    },
    (e) => {
      console.error(e instanceof Error ? e.message : String(e));
      stopAll();
    },
  );
}, 500);
