/** Where the command line writes; tests pass their own to read what a user would see. */
export interface Output {
  out(line: string): void;
  err(line: string): void;
}

/**
 * Control characters (ESC, BEL: a label could recolour, clear or retitle a terminal) and bidirectional
 * controls (U+202E turns the rest of a line around, so a file name or label reads as another), shown as
 * `\u` escapes: visible, and still the same value where the line is JSON. Line breaks and tabs stay.
 */
export function terminalSafe(line: string): string {
  return line.replace(
    // eslint-disable-next-line no-control-regex -- control characters are what this finds
    /[\u0000-\u0008\u000B-\u001F\u007F-\u009F\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069]/g,
    (ch) => `\\u${ch.charCodeAt(0).toString(16).padStart(4, '0')}`,
  );
}

/**
 * Messages always go out safe; results to a terminal too, but to a file or pipe exactly as they are (a
 * codebook or JSON written with `>` keeps its values).
 */
export function outputOn(
  stdout: NodeJS.WritableStream & { isTTY?: boolean },
  stderr: NodeJS.WritableStream,
): Output {
  return {
    out: (line) => stdout.write(`${stdout.isTTY ? terminalSafe(line) : line}\n`),
    err: (line) => stderr.write(`${terminalSafe(line)}\n`),
  };
}

export const processOutput: Output = outputOn(process.stdout, process.stderr);

/** The user's language for refusals: English where the locale says English, Swedish otherwise. */
export function terminalLanguage(env: NodeJS.ProcessEnv = process.env): 'sv' | 'en' {
  return /^en/i.test(env.LC_ALL || env.LC_MESSAGES || env.LANG || '') ? 'en' : 'sv';
}
