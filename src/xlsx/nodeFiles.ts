import ExcelJS from 'exceljs';
import { existsSync } from 'node:fs';
import { readFile, rename, rm, writeFile } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import type { Refusal } from '../core/errors';
import { refuse } from '../core/refusals';

/** Opens an .xlsx file, or explains in Swedish why it cannot be opened. */
export async function loadWorkbook(path: string): Promise<ExcelJS.Workbook> {
  const bytes = await readFile(path).catch((e: unknown) => {
    throw fileProblem(e, path);
  });
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(bytes);
  } catch {
    throw refuse.notAWorkbook({ path });
  }
  return workbook;
}

/**
 * Writes next to the target and renames over it, so that a crash half-way leaves the old file whole.
 * Refuses when Excel has the file open (its lock file `~$name` is there), as a rename would lose its edits.
 */
export async function saveWorkbookAtomically(workbook: ExcelJS.Workbook, path: string): Promise<void> {
  const lock = join(dirname(path), `~$${basename(path)}`);
  if (existsSync(lock)) {
    throw refuse.fileOpenInExcel({ path, lock: basename(lock) });
  }
  const temporary = join(dirname(path), `.${basename(path)}.${process.pid}.tmp`);
  try {
    const buffer = await workbook.xlsx.writeBuffer();
    await writeFile(temporary, new Uint8Array(buffer));
    await rename(temporary, path);
  } catch (e) {
    await rm(temporary, { force: true });
    throw fileProblem(e, path);
  }
}

export async function readBytes(path: string): Promise<Uint8Array> {
  return readFile(path).catch((e: unknown) => {
    throw fileProblem(e, path);
  });
}

function fileProblem(e: unknown, path: string): Refusal {
  // Duck-typed: errors from another realm (a worker, a test sandbox) are not `instanceof Error`.
  const code = typeof e === 'object' && e !== null && 'code' in e ? String(e.code) : '';
  switch (code) {
    case 'ENOENT':
      return refuse.fileMissing({ path });
    case 'EISDIR':
      return refuse.fileIsFolder({ path });
    case 'EACCES':
    case 'EPERM':
    case 'EBUSY':
      return refuse.fileLocked({ path });
    case 'EROFS':
      return refuse.diskReadOnly({ path });
    case 'ENOSPC':
      return refuse.diskFull({ path });
    default:
      return refuse.fileUnreadable({ path, detail: code || String(e) });
  }
}
