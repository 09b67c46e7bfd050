import { Zip, ZipDeflate, unzipSync, type ZipInputFile } from 'fflate';
import { createDeflateRaw, crc32 } from 'node:zlib';

/**
 * Hostile workbooks, made at run time: a real workbook's parts with one part replaced by `megabytes` of
 * one repeated byte, deflated (a thousandfold smaller). With `declared`, the zip's directory states that
 * size instead of the true one (a lying directory).
 */
export async function bombWorkbook(
  base: Uint8Array,
  part: string,
  megabytes: number,
  { declared, byte = 0x61 }: { declared?: number; byte?: number } = {},
): Promise<Uint8Array> {
  const { packed, size, crc } = await deflateRepeated(byte, megabytes);
  const chunks: Uint8Array[] = [];
  const zip = new Zip((error, chunk) => {
    if (error) throw error;
    chunks.push(chunk);
  });
  for (const [name, data] of Object.entries(unzipSync(base))) {
    if (name.toLowerCase() === part.toLowerCase()) continue;
    const file = new ZipDeflate(name, { level: 1 });
    zip.add(file);
    file.push(data, true);
  }
  const bomb: ZipInputFile = { filename: part, size: declared ?? size, crc, compression: 8 };
  zip.add(bomb);
  bomb.ondata?.(null, packed, true);
  zip.end();
  return Buffer.concat(chunks);
}

/** `megabytes` of one byte, deflated in chunks so the whole never sits in memory. */
async function deflateRepeated(byte: number, megabytes: number) {
  const chunk = Buffer.alloc(1 << 20, byte);
  const deflate = createDeflateRaw({ level: 9 });
  const out: Buffer[] = [];
  deflate.on('data', (b: Buffer) => out.push(b));
  const done = new Promise((resolve) => deflate.on('end', resolve));
  let crc = 0;
  for (let i = 0; i < megabytes; i++) {
    crc = crc32(chunk, crc);
    if (!deflate.write(chunk)) await new Promise((resolve) => deflate.once('drain', resolve));
  }
  deflate.end();
  await done;
  return { packed: new Uint8Array(Buffer.concat(out)), size: megabytes * (1 << 20), crc };
}

/** A zip whose central directory lists these entries with these unpacked sizes (no data: only the directory is read). */
export function forgedDirectory(entries: readonly { name: string; size: number }[]): Buffer {
  const headers = entries.map(({ name, size }) => {
    const header = Buffer.alloc(46);
    header.writeUInt32LE(0x02014b50, 0);
    header.writeUInt32LE(size, 24);
    header.writeUInt16LE(Buffer.byteLength(name), 28);
    return Buffer.concat([header, Buffer.from(name)]);
  });
  const directory = Buffer.concat(headers);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(0, 16);
  return Buffer.concat([directory, end]);
}
