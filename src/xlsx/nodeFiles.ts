import { existsSync } from 'node:fs';
import { chmod, chown, readdir, readFile, realpath, rename, rm, stat, writeFile } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import type { Refusal } from '../core/errors';
import { refuse } from '../core/refusals';
import { openPackagePort } from './package/openPackage';
import type { PackageWorkbookPort } from './package/packagePort';
import { onOwnBuffer, unpackedWorksheetBytes } from './zipDirectory';
import { crc32, deflateRawSync, inflateRawSync } from 'node:zlib';
import type { PartPacker, PartUnpacker } from './package/opcPackage';

/** Node's own zlib packs the parts that changed: native, some three times faster than fflate's. */
const NODE_PACKER: PartPacker = {
  deflate: (bytes) => onOwnBuffer(deflateRawSync(bytes, { level: 6 })),
  crc32: (bytes) => crc32(bytes),
};

/** And unpacks the parts it reads: native inflate, some four times faster than fflate's on a case sheet. */
const NODE_UNPACKER: PartUnpacker = { inflate: (packed) => inflateRawSync(packed) };

/**
 * The largest unpacked worksheets the file adapter reads. The package reader holds the sheet's text and
 * about 100 bytes per cell; this (some 150,000 cases; 100,000 unpack to about 62 MB) stays well within
 * Node's heap, and a larger file is refused at once instead of failing after minutes with "heap out of memory".
 */
export const MAX_WORKSHEET_BYTES = 120e6;

/** Opens an .xlsx file as a port on its package, or explains in Swedish why it cannot be opened. */
export async function openWorkbookFile(path: string): Promise<PackageWorkbookPort> {
  const bytes = await readFile(path).catch((e: unknown) => {
    throw fileProblem(e, path);
  });
  const unpacked = unpackedWorksheetBytes(bytes);
  if (unpacked !== null && unpacked > MAX_WORKSHEET_BYTES)
    throw refuse.workbookTooLarge({
      path,
      megabytes: Number.isFinite(unpacked) ? Math.round(unpacked / 1e6) : 4000,
      limit: MAX_WORKSHEET_BYTES / 1e6,
    });
  return openPackagePort(bytes, path, undefined, NODE_UNPACKER);
}

/**
 * Writes next to the target and renames over it, so that a crash half-way leaves the old file whole, and
 * keeps what the file was: the path a symlink points at is the one written, the file's permissions and
 * (where this user may) its owner stay, and the copy being written is private (0600) until it replaces the
 * original. Refuses when the file is open in Excel or LibreOffice (their lock files), or read-only
 * without `force`. A private copy a crashed run left behind is removed first.
 */
export async function saveWorkbookAtomically(
  port: PackageWorkbookPort,
  path: string,
  { force = false }: { force?: boolean } = {},
): Promise<void> {
  const target = await realpath(path).catch(() => path);
  for (const lock of [`~$${basename(target)}`, `.~lock.${basename(target)}#`]) {
    if (existsSync(join(dirname(target), lock))) throw refuse.fileOpenInExcel({ path, lock });
  }
  const before = await stat(target).catch(() => null);
  if (before && !force && (before.mode & 0o222) === 0) throw refuse.fileReadOnly({ path });
  await removeStaleCopies(target);
  const temporary = join(dirname(target), `.${basename(target)}.${process.pid}.tmp`);
  try {
    const bytes = port.pkg.toZip(NODE_PACKER);
    await rm(temporary, { force: true }); // one of ours, from an earlier process with this pid
    await writeFile(temporary, bytes, { mode: 0o600, flag: 'wx' });
    if (before) {
      await chmod(temporary, before.mode & 0o7777);
      await chown(temporary, before.uid, before.gid).catch(() => undefined); // only root may give a file away
    }
    await rename(temporary, target);
  } catch (e) {
    // The clean-up must not hide why the write failed (a path through a file fails here as well).
    await rm(temporary, { force: true }).catch(() => undefined);
    throw fileProblem(e, path);
  }
}

/** Copies `.<name>.<pid>.tmp` whose process is gone: left by a run that was killed while saving. */
async function removeStaleCopies(target: string): Promise<void> {
  const pattern = new RegExp(`^\\.${escapeRegExp(basename(target))}\\.(\\d+)\\.tmp$`);
  const names: string[] = await readdir(dirname(target)).catch(() => []);
  for (const name of names) {
    const pid = Number(pattern.exec(name)?.[1] ?? NaN);
    if (Number.isInteger(pid) && !isRunning(pid)) await rm(join(dirname(target), name), { force: true });
  }
}

function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return typeof e === 'object' && e !== null && 'code' in e && e.code === 'EPERM';
  }
}

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

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
    case 'ENOTDIR':
      return refuse.folderIsFile({ path });
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
