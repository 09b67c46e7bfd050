/** Where the command line writes; tests pass their own to read what a user would see. */
export interface Output {
  out(line: string): void;
  err(line: string): void;
}

export const processOutput: Output = {
  out: (line) => process.stdout.write(`${line}\n`),
  err: (line) => process.stderr.write(`${line}\n`),
};

/** The user's language for refusals: English where the locale says English, Swedish otherwise. */
export function terminalLanguage(env: NodeJS.ProcessEnv = process.env): 'sv' | 'en' {
  return /^en/i.test(env.LC_ALL || env.LC_MESSAGES || env.LANG || '') ? 'en' : 'sv';
}
