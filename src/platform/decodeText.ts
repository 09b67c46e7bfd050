/** Decodes bytes of Windows-1252 (one byte, one character). */
export type Windows1252Decoder = (bytes: Uint8Array) => string;

/**
 * Text from a file as Swedish Excel writes it: UTF-8 with or without BOM, or Windows-1252.
 * A file that is not valid UTF-8 is read as Windows-1252, which every byte sequence is. The Windows-1252
 * decoder is the platform's: Node 20's TextDecoder reads 0x80–0x9F as Latin-1 ("–" became U+0096), so the
 * command line passes iconv-lite's (windows1252.node.ts) and the browser its own, correct TextDecoder.
 */
export function decodeText(bytes: Uint8Array, windows1252: Windows1252Decoder = browserWindows1252): string {
  try {
    return new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    return windows1252(bytes);
  }
}

/** The WHATWG decoder of every browser: right for all 256 bytes. Not for Node (see above). */
export const browserWindows1252: Windows1252Decoder = (bytes) =>
  new TextDecoder('windows-1252').decode(bytes);
