import { refuse } from '../core/refusals';
import { terminalLanguage } from './io';
import { main } from './main';

/**
 * A reader that stops early (`| head`) closes the pipe: the command ends quietly, as Unix tools do. Any
 * other failed write (a full disk, `> /dev/full`) is one line on stderr, never a stack trace.
 */
function guardOutput(stream: NodeJS.WriteStream): void {
  stream.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code === 'EPIPE') process.exit(typeof process.exitCode === 'number' ? process.exitCode : 0);
    const line = refuse.outputFailed({ reason: error.code ?? error.message }).in(terminalLanguage());
    if (stream !== process.stderr) process.stderr.write(`uppfoljning: ${line}\n`);
    process.exit(74);
  });
}

guardOutput(process.stdout);
guardOutput(process.stderr);
void main(process.argv.slice(2)).then((code) => {
  process.exitCode = code;
});
