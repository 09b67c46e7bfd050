/**
 * The entries of a zip file, read from its central directory: name, method, CRC, sizes and the packed
 * bytes, without unpacking anything. (The directory is a fixed binary layout, APPNOTE 4.3.12; inflating
 * is left to fflate.) This lets a workbook too large to read be refused before it fills memory, and lets
 * a part nobody changed be written back exactly as it was packed.
 */
export interface ZipEntry {
  readonly name: string;
  /** 0 = stored, 8 = deflated. */
  readonly method: number;
  readonly crc: number;
  /** Unpacked size; Infinity for a ZIP64 size (beyond 4 GB). */
  readonly size: number;
  /** The packed bytes, as they stand in the file. */
  readonly packed: Uint8Array<ArrayBuffer>;
  /** When the entry was last modified, as its DOS date and time say (local time, to two seconds). */
  readonly modified: Date;
}

/** An entry as the central directory lists it. */
export interface DirectoryEntry {
  readonly name: string;
  readonly method: number;
  readonly crc: number;
  readonly size: number;
  readonly packedSize: number;
  readonly localHeader: number;
  readonly modified: Date;
}

/** Every entry with its packed bytes, or null when the bytes are no zip this reader understands (e.g. ZIP64). */
export function zipEntries(file: Uint8Array): ZipEntry[] | null {
  const bytes = onOwnBuffer(file);
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const directory = zipDirectory(bytes);
  if (directory === null) return null;
  const entries: ZipEntry[] = [];
  for (const { name, method, crc, size, packedSize, localHeader, modified } of directory) {
    if (localHeader + 30 > view.byteLength || view.getUint32(localHeader, true) !== 0x04034b50) return null;
    const start =
      localHeader + 30 + view.getUint16(localHeader + 26, true) + view.getUint16(localHeader + 28, true);
    if (packedSize === 0xffffffff || start + packedSize > bytes.length) return null;
    entries.push({ name, method, crc, size, packed: bytes.subarray(start, start + packedSize), modified });
  }
  return entries;
}

/** The central directory alone: nothing else of the file is looked at. */
export function zipDirectory(bytes: Uint8Array): DirectoryEntry[] | null {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const end = endOfDirectory(view);
  if (end < 0) return null;
  const entries: DirectoryEntry[] = [];
  let at = view.getUint32(end + 16, true);
  for (let i = 0; i < view.getUint16(end + 10, true); i++) {
    if (at + 46 > view.byteLength || view.getUint32(at, true) !== 0x02014b50) return null;
    const nameLength = view.getUint16(at + 28, true);
    const size = view.getUint32(at + 24, true);
    entries.push({
      name: new TextDecoder().decode(bytes.subarray(at + 46, at + 46 + nameLength)),
      method: view.getUint16(at + 10, true),
      crc: view.getUint32(at + 16, true),
      size: size === 0xffffffff ? Infinity : size,
      packedSize: view.getUint32(at + 20, true),
      localHeader: view.getUint32(at + 42, true),
      modified: dosDateTime(view.getUint16(at + 14, true), view.getUint16(at + 12, true)),
    });
    at += 46 + nameLength + view.getUint16(at + 30, true) + view.getUint16(at + 32, true);
  }
  return entries;
}

/**
 * A DOS date and time as a local Date, so that a part copied unchanged keeps its timestamp (fflate writes
 * a Date back with the same local fields). A date outside DOS's range (some writers leave it 0) reads as
 * 1 January 1980, the earliest a zip can say.
 */
function dosDateTime(date: number, time: number): Date {
  const read = new Date(
    1980 + (date >> 9),
    ((date >> 5) & 15) - 1,
    date & 31,
    time >> 11,
    (time >> 5) & 63,
    (time & 31) * 2,
  );
  return read.getFullYear() >= 1980 && read.getFullYear() <= 2099 ? read : new Date(1980, 0, 1);
}

/** The same bytes typed as resting on a plain ArrayBuffer (copied only when they rest on a shared one). */
export function onOwnBuffer(bytes: Uint8Array): Uint8Array<ArrayBuffer> {
  const { buffer } = bytes;
  return buffer instanceof ArrayBuffer
    ? new Uint8Array(buffer, bytes.byteOffset, bytes.byteLength)
    : bytes.slice();
}

/** The end-of-central-directory record: its signature, searched from the end past a comment of up to 64 KB. */
function endOfDirectory(view: DataView): number {
  for (let at = view.byteLength - 22; at >= Math.max(0, view.byteLength - 22 - 0xffff); at--)
    if (view.getUint32(at, true) === 0x06054b50) return at;
  return -1;
}

/**
 * An OpenDocument spreadsheet (LibreOffice's .ods), whatever its name: its first entry is an uncompressed
 * `mimetype` naming the format. Renamed to .xlsx it would otherwise read as a workbook with no cases.
 */
export function isOpenDocument(bytes: Uint8Array): boolean {
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, 100));
  return head.startsWith('PK') && head.includes('mimetypeapplication/vnd.oasis.opendocument');
}
