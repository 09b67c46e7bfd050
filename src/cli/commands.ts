import { printable } from '../core/printable';
import { existsSync } from 'node:fs';
import { FollowUpActions } from '../app/followUpActions';
import { codebookFromCsv, codebookToCsv } from '../core/csv/codebookCsv';
import { DEFAULT_CODEBOOK } from '../core/codebook/defaultCodebook';
import { serialFromYmd } from '../core/dates';
import { EXAMPLE_SETTINGS } from '../core/example/generate';
import { resultsJson } from '../core/figures/json';
import { DEFAULT_SETTINGS } from '../core/settings';
import { FILE_LIMITS } from '../core/inputLimits';
import { decodeText } from '../platform/decodeText';
import { nodeWindows1252 } from '../platform/windows1252.node';
import { emptyPackage } from '../xlsx/package/emptyPackage';
import { PackageWorkbookPort } from '../xlsx/package/packagePort';
import { refuse } from '../core/refusals';
import { openWorkbookFile, readBytes, saveWorkbookAtomically, writeFileAtomically } from '../xlsx/nodeFiles';
import type { Output } from './io';
import { printProblems } from './print';
import { restsOnErrors } from '../core/plural';

/** Every command works through the same actions as the task pane and the web page, on a file's port. */
function actionsOn(port: PackageWorkbookPort, today?: string): FollowUpActions {
  const date = todaySerial(today);
  return new FollowUpActions(port, () => date);
}

function refuseOverwrite(path: string, force: boolean): void {
  if (!force && existsSync(path)) {
    throw refuse.fileExists({ path });
  }
}

const readText = async (path: string, limit: number) =>
  decodeText(await readBytes(path, limit), nodeWindows1252);
const codebookFrom = async (path: string | undefined) =>
  path === undefined ? DEFAULT_CODEBOOK : codebookFromCsv(await readText(path, FILE_LIMITS.codebookBytes));

export async function newCommand(
  out: string,
  flags: { example: boolean; force: boolean; codebook: string | undefined },
  io: Output,
) {
  refuseOverwrite(out, flags.force);
  const codebook = await codebookFrom(flags.codebook);
  const workbook = new PackageWorkbookPort(emptyPackage());
  const actions = actionsOn(workbook);
  await actions.create(flags.example ? EXAMPLE_SETTINGS : DEFAULT_SETTINGS, codebook);
  if (flags.example) {
    await actions.insertExample();
    await actions.writeResults();
  }
  await saveWorkbookAtomically(workbook, out, { force: flags.force });
  io.out(flags.example ? `Skapade ${out} med fiktiva exempelärenden och resultatblad.` : `Skapade ${out}.`);
  return 0;
}

export async function importCommand(
  csv: string,
  out: string,
  flags: { force: boolean; codebook: string | undefined; withoutPersonalNumbers?: boolean },
  io: Output,
) {
  refuseOverwrite(out, flags.force);
  const codebook = await codebookFrom(flags.codebook);
  const text = await readText(csv, FILE_LIMITS.csvBytes);
  const workbook = new PackageWorkbookPort(emptyPackage());
  const actions = actionsOn(workbook);
  await actions.create(DEFAULT_SETTINGS, codebook);
  const imported = await actions.importCsv(text, {
    withoutPersonalNumbers: flags.withoutPersonalNumbers ?? false,
  });
  await saveWorkbookAtomically(workbook, out, { force: flags.force });
  io.out(`Skapade ${out} med ${imported.cases} ärenden från ${csv}.`);
  for (const line of [...imported.notices, ...imported.learned]) io.out(line);
  if (imported.extraColumns.length > 0)
    io.out(`Egna kolumner som behölls: ${imported.extraColumns.map((c) => printable(c)).join(', ')}.`);
  if (imported.missingColumns.length > 0)
    io.out(`Kolumner som saknades i CSV-filen (tomma): ${imported.missingColumns.join(', ')}.`);
  io.out(`Kör "uppfoljning check ${out}" för att kontrollera värdena.`);
  return 0;
}

export async function checkCommand(
  path: string,
  flags: { json: boolean; today: string | undefined },
  io: Output,
) {
  const problems = await actionsOn(await openWorkbookFile(path), flags.today).check();
  if (flags.json) {
    const plain = problems.map(({ severity, code, sheet, cell, message }) => ({
      severity,
      code,
      sheet,
      cell,
      message,
    }));
    io.out(JSON.stringify({ problems: plain }, null, 2));
  } else {
    printProblems(problems, io);
  }
  return problems.some((p) => p.severity === 'error') ? 1 : 0;
}

export async function resultsCommand(
  path: string,
  flags: {
    json: boolean;
    masked: boolean;
    output: string | undefined;
    force: boolean;
    restoreCodebook?: boolean;
  },
  io: Output,
) {
  if (flags.output !== undefined) refuseOverwrite(flags.output, flags.force);
  const workbook = await openWorkbookFile(path);
  const actions = actionsOn(workbook);
  // An older workbook's Kodbok is brought up to date first (its own cells only), as the pane's Reparera does;
  // a missing one is restored only when asked, since the built-in codebook is not the team's.
  const repaired = await actions.repair({ restoreCodebook: flags.restoreCodebook ?? false });
  const { results, sheet, sentences, masked, errors } = await actions.writeResults({
    replaceForeign: flags.force,
  });
  const target = flags.output ?? path;
  await saveWorkbookAtomically(workbook, target, { force: flags.force });
  const log = flags.json ? io.err : io.out;
  for (const line of repaired) log(line);
  // The figures are written (exit 0), but a reader must know what they rest on.
  if (errors > 0) io.err(`uppfoljning: ${restsOnErrors(errors)} Kör "uppfoljning check ${path}".`);
  if (flags.json) {
    io.out(JSON.stringify(flags.masked ? masked : resultsJson(results), null, 2));
    return 0;
  }
  io.out(`Resultatbladet är skrivet i ${target} (bladet ${sheet.name}). ${results.cases} ärenden.`);
  for (const sentence of sentences) io.out(`  ${sentence}`);
  return 0;
}

/** Writes the workbook's codebook as a codebook file (README: "The codebook file"), or prints it. */
export async function codebookCommand(
  path: string,
  flags: { output: string | undefined; force: boolean },
  io: Output,
) {
  const { codebook } = await actionsOn(await openWorkbookFile(path)).codebook.read();
  const csv = codebookToCsv(codebook);
  if (flags.output === undefined) {
    io.out(
      csv
        .replace(/^\uFEFF/, '')
        .replace(/\r\n/g, '\n')
        .trimEnd(),
    );
    return 0;
  }
  refuseOverwrite(flags.output, flags.force);
  await writeFileAtomically(flags.output, () => csv, { force: flags.force });
  io.out(`Skrev kodboken (${codebook.variables.length} variabler) till ${flags.output}.`);
  return 0;
}

function todaySerial(today: string | undefined): number {
  if (today === undefined) {
    const now = new Date();
    return serialFromYmd(now.getFullYear(), now.getMonth() + 1, now.getDate());
  }
  const [year, month, day] = (/^(\d{4})-(\d{2})-(\d{2})$/.exec(today) ?? []).slice(1).map(Number);
  // A date the calendar has (not 2019-02-30, not 0000-00-00), in the years Excel's dates cover.
  const date = new Date(Date.UTC(year ?? NaN, (month ?? NaN) - 1, day ?? NaN));
  const real =
    year !== undefined && year >= 1900 && date.getUTCMonth() + 1 === month && date.getUTCDate() === day;
  if (!real) throw refuse.badToday({ value: today });
  return serialFromYmd(year, month ?? 1, day ?? 1);
}
