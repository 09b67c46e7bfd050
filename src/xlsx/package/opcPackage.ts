import { inflateSync, strToU8, unzipSync, Zip, ZipDeflate, type ZipInputFile } from 'fflate';
import { refuse } from '../../core/refusals';
import { PACKAGE_LIMITS } from '../packageLimits';
import { zipEntries, type ZipEntry } from '../zipDirectory';

/** A relationship of a part, its target resolved to a part name (no leading '/'). */
export interface Relationship {
  readonly id: string;
  /** The type's last segment: `worksheet`, `table`, `drawing`, `chart`, `comments`, `hyperlink`… */
  readonly kind: string;
  readonly type: string;
  readonly target: string;
  readonly external: boolean;
}

/**
 * An .xlsx file as the package it is (ECMA-376 Part 2): named parts, each kept as the bytes it was read as,
 * so that a part nobody changes is written back byte for byte. Part names are matched without regard to
 * letter case, as the format says; a name keeps the spelling the file gave it.
 */
export class OpcPackage {
  private readonly parts = new Map<string, Part>();

  constructor(private readonly unpacker?: PartUnpacker) {}

  /**
   * Throws when the bytes are no zip (the caller names the file). Parts are unpacked when first read; a
   * part never changed is written back as it was packed, so a large case sheet costs nothing to keep.
   */
  static fromZip(bytes: Uint8Array, unpacker?: PartUnpacker): OpcPackage {
    const opened = new OpcPackage(unpacker);
    const entries = zipEntries(bytes);
    if (entries !== null && entries.every(canPassThrough)) {
      for (const entry of entries) {
        if (!entry.name.endsWith('/'))
          opened.parts.set(key(entry.name), { name: stripSlash(entry.name), entry, changed: false });
      }
      return opened;
    }
    // A zip this reader cannot pass through (ZIP64, say): fflate unpacks it, each part to no more than its
    // header says, and a header over the limit is refused before anything is unpacked.
    let total = 0;
    const bounded = (file: { name: string; originalSize: number }) => {
      total += file.originalSize;
      if (file.originalSize > PACKAGE_LIMITS.partBytes || total > PACKAGE_LIMITS.totalBytes)
        throw refuse.damagedPart({ part: file.name });
      return true;
    };
    for (const [name, data] of Object.entries(unzipSync(bytes, { filter: bounded }))) {
      if (!name.endsWith('/')) opened.setBytes(name, data);
    }
    return opened;
  }

  /**
   * The package as a zip. Parts not changed are copied packed; changed ones are deflated by `packer` when
   * given (Node's native zlib on the command line, some three times faster), by fflate otherwise.
   */
  toZip(packer?: PartPacker): Uint8Array {
    const chunks: Uint8Array[] = [];
    let failure: Error | null = null;
    const zip = new Zip((error, chunk) => {
      if (error) failure = error;
      else chunks.push(chunk);
    });
    // [Content_Types].xml first, as Office writes it; some readers look for it there.
    const parts = [...this.parts.values()].sort(
      (a, b) => Number(isContentTypes(b.name)) - Number(isContentTypes(a.name)),
    );
    for (const part of parts) {
      if (!part.changed && part.entry) {
        const file = packedFile(part.name, part.entry);
        zip.add(file);
        file.ondata?.(null, part.entry.packed, true);
      } else if (packer) {
        const bytes = part.bytes ?? new Uint8Array();
        const packed = packer.deflate(bytes);
        const file: ZipInputFile = {
          filename: part.name,
          size: bytes.length,
          crc: packer.crc32(bytes),
          compression: 8,
        };
        zip.add(file);
        file.ondata?.(null, packed, true);
      } else {
        const file = new ZipDeflate(part.name, { level: 6 });
        zip.add(file);
        file.push(part.bytes ?? new Uint8Array(), true);
      }
    }
    zip.end();
    if (failure) throw failure;
    const out = new Uint8Array(chunks.reduce((n, c) => n + c.length, 0));
    let at = 0;
    for (const chunk of chunks) {
      out.set(chunk, at);
      at += chunk.length;
    }
    return out;
  }

  names(): string[] {
    return [...this.parts.values()].map((p) => p.name);
  }

  has(name: string): boolean {
    return this.parts.has(key(name));
  }

  bytes(name: string): Uint8Array | null {
    const part = this.parts.get(key(name));
    if (!part) return null;
    if (part.bytes !== undefined) return part.bytes;
    if (!part.entry) return null;
    // Unpacked anew on each read and not kept: a case sheet of 100,000 cases is some 60 MB unpacked.
    const { packed, method, size } = part.entry;
    if (method === 0) return packed;
    // Never more than the directory said (the size guard read it): a part that would unpack to more is
    // damaged or a bomb, and is not held. fflate writes into a buffer one byte larger and no further.
    let unpacked: Uint8Array | null;
    try {
      unpacked = this.unpacker
        ? this.unpacker.inflate(packed, size)
        : inflateSync(packed, { out: new Uint8Array(size + 1) });
    } catch {
      unpacked = null;
    }
    if (unpacked === null || unpacked.length > size) throw refuse.damagedPart({ part: part.name });
    return unpacked;
  }

  /** Whether a part is still exactly as it was read (not written since). */
  unchanged(name: string): boolean {
    return this.parts.get(key(name))?.changed === false;
  }

  text(name: string): string | null {
    const bytes = this.bytes(name);
    // The platform's decoder, once per read: some three times faster than fflate's strFromU8 on a large sheet.
    return bytes === null ? null : UTF8.decode(bytes).replace(/^\uFEFF/, '');
  }

  setBytes(name: string, bytes: Uint8Array): void {
    const existing = this.parts.get(key(name));
    this.parts.set(key(name), { name: existing?.name ?? stripSlash(name), bytes, changed: true });
  }

  setText(name: string, xml: string): void {
    this.setBytes(name, strToU8(xml));
  }

  delete(name: string): void {
    this.parts.delete(key(name));
  }

  /** The part holding the relationships of `source` (`xl/_rels/workbook.xml.rels` for `xl/workbook.xml`). */
  static relsName(source: string): string {
    const slash = source.lastIndexOf('/');
    return `${source.slice(0, slash + 1)}_rels/${source.slice(slash + 1)}.rels`;
  }
}

/** A raw inflate where the platform has a native one (Node's zlib on the command line), else fflate's. */
export interface PartUnpacker {
  /** Throws when the bytes would unpack to more than `size`. */
  inflate(packed: Uint8Array, size: number): Uint8Array;
}

const UTF8 = new TextDecoder('utf-8');

/** A raw deflate (no zlib header) and the CRC-32 a zip entry records. */
export interface PartPacker {
  deflate(bytes: Uint8Array): Uint8Array<ArrayBuffer>;
  crc32(bytes: Uint8Array): number;
}

interface Part {
  readonly name: string;
  /** Unpacked, once written. */
  bytes?: Uint8Array;
  /** As packed in the file read; dropped from use once the part is written. */
  readonly entry?: ZipEntry;
  readonly changed?: boolean;
}

const canPassThrough = (entry: ZipEntry) =>
  ((entry.method === 0 || entry.method === 8) && Number.isFinite(entry.size) && entry.packed.length > 0) ||
  entry.size === 0;

/** A part packed as it was in the file it came from: its bytes, CRC, sizes and time are copied, not recomputed. */
function packedFile(name: string, entry: ZipEntry): ZipInputFile {
  return {
    filename: name,
    size: entry.size,
    crc: entry.crc,
    compression: entry.method,
    mtime: entry.modified,
  };
}

/** A relationship target as a part name: relative to the source's folder, or absolute from the root. */
export function resolveTarget(source: string, target: string): string {
  const base = target.startsWith('/') ? [] : source.split('/').slice(0, -1);
  for (const segment of decodeURIComponent(target).split('/')) {
    if (segment === '..') base.pop();
    else if (segment !== '.' && segment !== '') base.push(segment);
  }
  return base.join('/');
}

/** A part name as a target relative to `source`'s folder, as Office writes targets. */
export function relativeTarget(source: string, part: string): string {
  const from = source.split('/').slice(0, -1);
  const to = part.split('/');
  let common = 0;
  while (common < from.length && common < to.length - 1 && from[common] === to[common]) common++;
  return [...from.slice(common).map(() => '..'), ...to.slice(common)].join('/');
}

const key = (name: string) => stripSlash(name).toLowerCase();
const stripSlash = (name: string) => name.replace(/^\/+/, '');
const isContentTypes = (name: string) => name.toLowerCase() === '[content_types].xml';
