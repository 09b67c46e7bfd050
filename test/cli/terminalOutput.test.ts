import { Writable } from 'node:stream';
import { outputOn, terminalSafe } from '../../src/cli/io';

/** Issue 21: a label from a file cannot drive the user's terminal or turn a line around. */
const HOSTILE = 'Enhet \u001b[2J\u001b]0;titel\u0007 \u202Eslx.exe\u202C\u009b';

class Collected extends Writable {
  text = '';
  constructor(readonly isTTY: boolean) {
    super();
  }
  override _write(chunk: Buffer, _: string, done: () => void) {
    this.text += chunk.toString();
    done();
  }
}

describe('what the command line prints', () => {
  it('shows escape, bell, C1 and bidirectional controls as \\u escapes, keeping line breaks and tabs', () => {
    expect(terminalSafe(HOSTILE)).toBe('Enhet \\u001b[2J\\u001b]0;titel\\u0007 \\u202eslx.exe\\u202c\\u009b');
    expect(terminalSafe('rad 1\n\tRad 2 – Kön: Kvinna')).toBe('rad 1\n\tRad 2 – Kön: Kvinna');
  });

  it('prints results to a terminal safely, to a file or pipe exactly, and messages safely everywhere', () => {
    const [terminal, pipe, errors] = [new Collected(true), new Collected(false), new Collected(false)];
    outputOn(terminal, errors).out(HOSTILE);
    outputOn(pipe, errors).out(HOSTILE);
    outputOn(pipe, errors).err(HOSTILE);
    expect(terminal.text).toBe(`${terminalSafe(HOSTILE)}\n`);
    expect(pipe.text).toBe(`${HOSTILE}\n`);
    expect(errors.text).toBe(`${terminalSafe(HOSTILE)}\n`);
    // JSON stays JSON, and the same value, where the escapes land in a string.
    expect(JSON.parse(terminalSafe(JSON.stringify({ label: HOSTILE })))).toEqual({ label: HOSTILE });
  });
});
