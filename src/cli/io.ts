/** Where the command line writes; tests pass their own to read what a user would see. */
export interface Output {
  out(line: string): void;
  err(line: string): void;
}

export const processOutput: Output = {
  out: (line) => process.stdout.write(`${line}\n`),
  err: (line) => process.stderr.write(`${line}\n`),
};

/** A wrong call of the command line: the message is Swedish and followed by the usage. */
export class UsageError extends Error {
  override readonly name = 'UsageError';
}
