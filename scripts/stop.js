// @ts-check
/** npm stop: ends the server `npm start` or `npm run dev-server` left running. */
const { readFileSync, rmSync, existsSync } = require('node:fs');
const { PID_FILE } = require('./serve');

if (!existsSync(PID_FILE)) {
  console.log('Ingen server från npm start körs.');
} else {
  const pid = Number(readFileSync(PID_FILE, 'utf8'));
  try {
    process.kill(pid, 'SIGTERM');
    console.log(`Stoppade servern (process ${pid}).`);
  } catch {
    console.log('Servern kördes inte längre.'); // The process had ended without removing its file.
  }
  rmSync(PID_FILE, { force: true });
}
