import { existsSync } from 'node:fs';
import { DEFAULT_CODEBOOK } from '../core/codebook/defaultCodebook';
import { importCsv } from '../core/csv/importCsv';
import { serialFromYmd } from '../core/dates';
import { EXAMPLE_SETTINGS, exampleCaseRows } from '../core/example/generate';
import { resultsJson } from '../core/figures/json';
import { DEFAULT_SETTINGS } from '../core/settings';
import { decodeText } from '../platform/decodeText';
import { nodeWindows1252 } from '../platform/windows1252.node';
import { FileProblem } from '../xlsx/fileProblem';
import { checkWorkbook, createFollowUpWorkbook, writeResultsSheet } from '../xlsx/followUpWorkbook';
import { loadWorkbook, readBytes, saveWorkbookAtomically } from '../xlsx/nodeFiles';
import type { Output } from './io';
import { printProblems, printResults } from './print';

function refuseOverwrite(path: string, force: boolean): void {
  if (!force && existsSync(path)) {
    throw new FileProblem(
      `${path} finns redan. Välj ett annat filnamn, eller lägg till --force för att skriva över den.`,
    );
  }
}

export async function newCommand(out: string, flags: { example: boolean; force: boolean }, io: Output) {
  refuseOverwrite(out, flags.force);
  const workbook = flags.example
    ? createFollowUpWorkbook({ rows: exampleCaseRows(DEFAULT_CODEBOOK), settings: EXAMPLE_SETTINGS })
    : createFollowUpWorkbook();
  if (flags.example) writeResultsSheet(workbook);
  await saveWorkbookAtomically(workbook, out);
  io.out(flags.example ? `Skapade ${out} med fiktiva exempelärenden och resultatblad.` : `Skapade ${out}.`);
  return 0;
}

export async function importCommand(csv: string, out: string, flags: { force: boolean }, io: Output) {
  refuseOverwrite(out, flags.force);
  const imported = importCsv(decodeText(await readBytes(csv), nodeWindows1252), DEFAULT_CODEBOOK);
  const workbook = createFollowUpWorkbook({
    rows: imported.rows,
    extraColumns: imported.extraColumns,
    settings: DEFAULT_SETTINGS,
  });
  await saveWorkbookAtomically(workbook, out);
  io.out(`Skapade ${out} med ${imported.rows.length} ärenden från ${csv}.`);
  if (imported.extraColumns.length > 0)
    io.out(`Egna kolumner som behölls: ${imported.extraColumns.join(', ')}.`);
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
  const workbook = await loadWorkbook(path);
  const problems = checkWorkbook(workbook, todaySerial(flags.today));
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
  flags: { json: boolean; output: string | undefined },
  io: Output,
) {
  const workbook = await loadWorkbook(path);
  const { results, sheet } = writeResultsSheet(workbook);
  const target = flags.output ?? path;
  await saveWorkbookAtomically(workbook, target);
  if (flags.json) io.out(JSON.stringify(resultsJson(results), null, 2));
  else printResults(results, sheet, target, io);
  return 0;
}

function todaySerial(today: string | undefined): number {
  const match = today ? /^(\d{4})-(\d{2})-(\d{2})$/.exec(today) : null;
  if (today && !match) throw new FileProblem(`--today ska vara ett datum som 2026-11-22, inte "${today}".`);
  const date = match
    ? new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])))
    : new Date();
  return serialFromYmd(date.getUTCFullYear(), date.getUTCMonth() + 1, date.getUTCDate());
}
