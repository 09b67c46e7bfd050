import { parseArgs } from 'node:util';
import { Refusal } from '../core/errors';
import { useHighs } from '../platform/highsSolver.node';
import { refuse } from '../core/refusals';
import { checkCommand, codebookCommand, importCommand, newCommand, resultsCommand } from './commands';
import { processOutput, terminalLanguage, type Output } from './io';
import { USAGE } from './usage';

const VERSION = '0.1.0';

/** Refusals of the call itself, which the usage follows. */
const WRONG_CALL = new Set(['usage', 'unknown-option', 'option-needs-value']);

/**
 * Runs one command line; returns the exit code. Never throws: every refusal is one line, Swedish (English
 * where the locale is English), a wrong call followed by the usage.
 */
export async function main(argv: readonly string[], io: Output = processOutput): Promise<number> {
  try {
    return await dispatch(argv, io);
  } catch (e) {
    if (e instanceof Refusal) {
      io.err(`uppfoljning: ${e.in(terminalLanguage())}`);
      if (WRONG_CALL.has(e.code)) io.err(USAGE);
      return 2;
    }
    const detail = e instanceof Error ? e.message : String(e);
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
    if (rest.length !== count) throw refuse.usage({ detail: `${command} behöver ${names}.` });
    return rest;
  };
  switch (command) {
    case 'new': {
      const [out = ''] = args(1, 'ett filnamn att skapa');
      if (values.example) await fasterMasking();
      return newCommand(out, { example: values.example, force: values.force, codebook: values.codebook }, io);
    }
    case 'import': {
      const [csv = '', out = ''] = args(2, 'en CSV-fil och ett filnamn att skapa');
      return importCommand(
        csv,
        out,
        {
          force: values.force,
          codebook: values.codebook,
          withoutPersonalNumbers: values['utan-personnummer'],
        },
        io,
      );
    }
    case 'check': {
      const [path = ''] = args(1, 'en arbetsbok att kontrollera');
      return checkCommand(path, { json: values.json, today: values.today }, io);
    }
    case 'results': {
      const [path = ''] = args(1, 'en arbetsbok');
      if (values.masked && !values.json) throw refuse.usage({ detail: '--masked hör ihop med --json.' });
      await fasterMasking();
      return resultsCommand(
        path,
        {
          json: values.json,
          masked: values.masked,
          output: values.output,
          force: values.force,
          restoreCodebook: values['restore-codebook'],
        },
        io,
      );
    }
    case 'codebook': {
      const [path = ''] = args(1, 'en arbetsbok');
      return codebookCommand(path, { output: values.output, force: values.force }, io);
    }
    default:
      throw refuse.usage({ detail: `okänt kommando "${command}".` });
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
        masked: { type: 'boolean', default: false },
        output: { type: 'string', short: 'o' },
        codebook: { type: 'string' },
        'restore-codebook': { type: 'boolean', default: false },
        'utan-personnummer': { type: 'boolean', default: false },
        today: { type: 'string' },
        help: { type: 'boolean', short: 'h', default: false },
        version: { type: 'boolean', default: false },
      },
    });
  } catch (e) {
    throw argumentRefusal(e);
  }
}

/** Node's parseArgs explains in English; the user gets the same in Swedish (or English), naming the option. */
function argumentRefusal(e: unknown): Error {
  // Not `instanceof Error`: Node's errors come from another realm under a test runner.
  const code = typeof e === 'object' && e !== null && 'code' in e ? e.code : undefined;
  const text = String(e);
  const option = /'([^']+)'/.exec(text)?.[1]?.split(/[ ,]/)[0] ?? '';
  if (code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION') return refuse.unknownOption({ option });
  if (code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE') return refuse.optionNeedsValue({ option });
  return refuse.usage({ detail: 'Argumenten går inte att läsa.' });
}

/**
 * The commands that write results plan the masking with HiGHS (loaded from node_modules, some 0.1 s) rather
 * than the core's own yalps: the same pattern, found several times faster on a rounded sheet. Should
 * HiGHS fail to load, yalps stays: the result is the same, only slower.
 */
async function fasterMasking(): Promise<void> {
  await useHighs().catch(() => undefined);
}
