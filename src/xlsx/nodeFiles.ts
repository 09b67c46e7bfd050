import { constants, existsSync } from 'node:fs';
import { access, chmod, chown, open, readdir, realpath, rename, rm, stat, writeFile } from 'node:fs/promises';
import { basename, dirname, extname, join } from 'node:path';
import { Refusal } from '../core/errors';
import { refuse } from '../core/refusals';
import { openPackagePort } from './package/openPackage';
import type { PackageWorkbookPort } from './package/packagePort';
import { FILE_LIMITS } from '../core/inputLimits';
import { onOwnBuffer } from './zipDirectory';
import { crc32, deflateRawSync, inflateRawSync } from 'node:zlib';
import type { PartPacker, PartUnpacker } from './package/opcPackage';

/** Node's own zlib packs the parts that changed: native, some three times faster than fflate's. */
const NODE_PACKER: PartPacker = {
  deflate: (bytes) => onOwnBuffer(deflateRawSync(bytes, { level: 6 })),
  crc32: (bytes) => crc32(bytes),
};

/** And unpacks the parts it reads: native inflate, some four times faster than fflate's on a case sheet. */
export const NODE_UNPACKER: PartUnpacker = {
  inflate: (packed, size) => inflateRawSync(packed, { maxOutputLength: Math.max(size, 1) }),
};

/** Opens an .xlsx file as a port on its package, or explains in Swedish why it cannot be opened. */
export async function openWorkbookFile(path: string): Promise<PackageWorkbookPort> {
  const bytes = await readBytes(path, FILE_LIMITS.workbookBytes);
  return openPackagePort(bytes, path, undefined, NODE_UNPACKER);
}

/**
 * Saves the workbook through `writeFileAtomically`. A workbook with macros is kept in a file named .xlsm
 * and one without in .xlsx: Excel refuses to open a file whose name and content disagree.
 */
export async function saveWorkbookAtomically(
  port: PackageWorkbookPort,
  path: string,
  { force = false }: { force?: boolean } = {},
): Promise<void> {
  const macros = hasMacros(port);
  const extension = extname(path).toLowerCase();
  if ((macros && extension === '.xlsx') || (!macros && extension === '.xlsm'))
    throw refuse.extensionMismatch({ path, extension: macros ? '.xlsm' : '.xlsx' });
  await writeFileAtomically(path, () => port.pkg.toZip(NODE_PACKER), { force });
}

const hasMacros = (port: PackageWorkbookPort) =>
  /macroEnabled\.main\+xml/i.test(port.pkg.text('[Content_Types].xml') ?? '');

/**
 * Writes next to the target and renames over it, so that a crash half-way leaves the old file whole, and
 * keeps what the file was: the path a symlink points at is the one written, the file's permissions and
 * (where this user may) its owner stay, and the copy being written is private (0600) until it replaces the
 * original. Refuses a target that is not a regular file (a device, a pipe: it would be replaced by a
 * file), one open in Excel or LibreOffice (their lock files), and, without `force`, one this user may not
 * write (by its mode, owner and group, as the system decides). A full disk is named as such. A private
 * copy a crashed run left behind is removed first.
 */
export async function writeFileAtomically(
  path: string,
  bytes: () => Uint8Array | string,
  { force = false }: { force?: boolean } = {},
): Promise<void> {
  const target = await realpath(path).catch(() => path);
  for (const lock of [`~$${basename(target)}`, `.~lock.${basename(target)}#`]) {
    if (existsSync(join(dirname(target), lock))) throw refuse.fileOpenInExcel({ path, lock });
  }
  const before = await stat(target).catch(() => null);
  if (before?.isDirectory()) throw refuse.fileIsFolder({ path });
  if (before && !before.isFile()) throw refuse.notAFile({ path });
  if (before && !force && !(await writable(target, before.mode))) throw refuse.fileReadOnly({ path });
  await removeStaleCopies(target);
  const temporary = join(dirname(target), `.${basename(target)}.${process.pid}.tmp`);
  try {
    const content = bytes();
    await rm(temporary, { force: true }); // one of ours, from an earlier process with this pid
    await writeFile(temporary, content, { mode: 0o600, flag: 'wx' });
    if (before) {
      await chmod(temporary, before.mode & 0o7777);
      await chown(temporary, before.uid, before.gid).catch(() => undefined); // only root may give a file away
    }
    await rename(temporary, target);
  } catch (e) {
    // The clean-up must not hide why the write failed (a path through a file fails here as well).
    await rm(temporary, { force: true }).catch(() => undefined);
    throw e instanceof Refusal ? e : fileProblem(e, path);
  }
}

/**
 * Whether this user may write the file: the system's answer (owner, group, mode), and for root, who may
 * write anything, whether any write bit is set at all (a file made read-only on purpose).
 */
async function writable(target: string, mode: number): Promise<boolean> {
  if ((mode & 0o222) === 0) return false;
  return access(target, constants.W_OK).then(
    () => true,
    () => false,
  );
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

/**
 * A file's bytes, no more than `limit`: a device, a pipe or a socket (`/dev/zero`, a named pipe) is refused
 * before a byte is read, since it may never end, and so is a file over the limit.
 */
export async function readBytes(path: string, limit: number): Promise<Uint8Array> {
  const handle = await open(path, 'r').catch((e: unknown) => {
    throw fileProblem(e, path);
  });
  try {
    const info = await handle.stat();
    if (info.isDirectory()) throw refuse.fileIsFolder({ path });
    if (!info.isFile()) throw refuse.notAFile({ path });
    if (info.size > limit)
      throw refuse.fileTooLarge({
        path,
        megabytes: Math.ceil(info.size / 1e6),
        limit: Math.round(limit / 1e6),
      });
    return await handle.readFile();
  } catch (e) {
    throw e instanceof Refusal ? e : fileProblem(e, path);
  } finally {
    await handle.close();
  }
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
