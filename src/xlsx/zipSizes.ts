/**
 * The unpacked size of an .xlsx file's worksheets, read from the zip's central directory alone: nothing
 * is unpacked, so a workbook too large to read can be refused before it fills memory. (The directory is
 * a fixed binary layout; jszip exposes these sizes only through a private field.)
 * Returns null when the bytes are no zip. A ZIP64 size (beyond 4 GB) counts as Infinity.
 */
export function unpackedWorksheetBytes(bytes: Uint8Array): number | null {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const end = endOfDirectory(view);
  if (end < 0) return null;
  const entries = view.getUint16(end + 10, true);
  let at = view.getUint32(end + 16, true);
  let total = 0;
  for (let i = 0; i < entries; i++) {
    if (at + 46 > view.byteLength || view.getUint32(at, true) !== 0x02014b50) return null;
    const size = view.getUint32(at + 24, true);
    const nameLength = view.getUint16(at + 28, true);
    const skip = nameLength + view.getUint16(at + 30, true) + view.getUint16(at + 32, true);
    const name = new TextDecoder().decode(bytes.subarray(at + 46, at + 46 + nameLength));
    if (/^\/?xl\/worksheets\/[^/]+\.xml$/i.test(name)) total += size === 0xffffffff ? Infinity : size;
    at += 46 + skip;
  }
  return total;
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

/**
 * The text of one entry (by exact name), or null when the zip has none; inflated with Node's zlib. Only
 * for small parts such as xl/workbook.xml.
 */
export function entryText(
  bytes: Uint8Array,
  wanted: string,
  inflate: (data: Uint8Array) => Uint8Array,
): string | null {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const end = endOfDirectory(view);
  if (end < 0) return null;
  let at = view.getUint32(end + 16, true);
  for (let i = 0; i < view.getUint16(end + 10, true); i++) {
    if (at + 46 > view.byteLength || view.getUint32(at, true) !== 0x02014b50) return null;
    const nameLength = view.getUint16(at + 28, true);
    const name = new TextDecoder().decode(bytes.subarray(at + 46, at + 46 + nameLength));
    if (name.replace(/^\//, '') === wanted) {
      const method = view.getUint16(at + 10, true);
      const packed = view.getUint32(at + 20, true);
      const local = view.getUint32(at + 42, true);
      const start = local + 30 + view.getUint16(local + 26, true) + view.getUint16(local + 28, true);
      const data = bytes.subarray(start, start + packed);
      if (method !== 0 && method !== 8) return null;
      return new TextDecoder().decode(method === 0 ? data : inflate(data));
    }
    at += 46 + nameLength + view.getUint16(at + 30, true) + view.getUint16(at + 32, true);
  }
  return null;
}
