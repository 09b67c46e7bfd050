import { parseArgs } from 'node:util';
import { CoreUsageError, WorkbookShapeError } from '../core/errors';
import { FileProblem } from '../xlsx/fileProblem';
import { checkCommand, codebookCommand, importCommand, newCommand, resultsCommand } from './commands';
import { processOutput, UsageError, type Output } from './io';
import { USAGE } from './usage';

const VERSION = '0.1.0';

/** Runs one command line; returns the exit code. Never throws: every failure is one Swedish line. */
export async function main(argv: readonly string[], io: Output = processOutput): Promise<number> {
  try {
    return await dispatch(argv, io);
  } catch (e) {
    if (e instanceof UsageError) {
      io.err(`uppfoljning: ${e.message}`);
      io.err(USAGE);
      return 2;
    }
    if (e instanceof FileProblem || e instanceof WorkbookShapeError) {
      io.err(`uppfoljning: ${e.message}`);
      return 2;
    }
    const detail = e instanceof CoreUsageError || e instanceof Error ? e.message : String(e);
    io.err(`uppfoljning: oväntat fel (${detail}). Filen har inte ändrats.`);
    if (process.env.UPPFOLJNING_DEBUG && e instanceof Error && e.stack) io.err(e.stack);
    return 70;
  }
}

async function dispatch(argv: readonly string[], io: Output): Promise<number> {
  const { values, positionals } = parse(argv);
  const [command, ...rest] = positionals;
  if (values.version) {
    io.out(VERSION);
    return 0;
  }
  if (values.help || command === undefined || command === 'help') {
    io.out(USAGE);
    return command === undefined && !values.help ? 2 : 0;
  }
  const args = (count: number, names: string) => {
    if (rest.length !== count) throw new UsageError(`${command} behöver ${names}.`);
    return rest;
  };
  switch (command) {
    case 'new': {
      const [out = ''] = args(1, 'ett filnamn att skapa');
      return newCommand(out, { example: values.example, force: values.force, codebook: values.codebook }, io);
    }
    case 'import': {
      const [csv = '', out = ''] = args(2, 'en CSV-fil och ett filnamn att skapa');
      return importCommand(csv, out, { force: values.force, codebook: values.codebook }, io);
    }
    case 'check': {
      const [path = ''] = args(1, 'en arbetsbok att kontrollera');
      return checkCommand(path, { json: values.json, today: values.today }, io);
    }
    case 'results': {
      const [path = ''] = args(1, 'en arbetsbok');
      return resultsCommand(path, { json: values.json, output: values.output }, io);
    }
    case 'codebook': {
      const [path = ''] = args(1, 'en arbetsbok');
      return codebookCommand(path, { output: values.output, force: values.force }, io);
    }
    default:
      throw new UsageError(`okänt kommando "${command}".`);
  }
}

function parse(argv: readonly string[]) {
  try {
    return parseArgs({
      args: [...argv],
      allowPositionals: true,
      options: {
        example: { type: 'boolean', default: false },
        force: { type: 'boolean', default: false },
        json: { type: 'boolean', default: false },
        output: { type: 'string', short: 'o' },
        codebook: { type: 'string' },
        today: { type: 'string' },
        help: { type: 'boolean', short: 'h', default: false },
        version: { type: 'boolean', default: false },
      },
    });
  } catch (e) {
    throw new UsageError(e instanceof Error ? e.message : String(e));
  }
}
