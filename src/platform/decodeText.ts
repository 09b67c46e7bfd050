/** Decodes bytes of Windows-1252 (one byte, one character). */
export type Windows1252Decoder = (bytes: Uint8Array) => string;

/**
 * Text from a file as Swedish Excel writes it: UTF-8 with or without BOM, or Windows-1252.
 * A file that is not valid UTF-8 is read as Windows-1252, which every byte sequence is. The Windows-1252
 * decoder is the platform's: Node 20's TextDecoder reads 0x80–0x9F as Latin-1 ("–" became U+0096), so the
 * command line passes iconv-lite's (windows1252.node.ts) and the browser its own, correct TextDecoder.
 */
export function decodeText(bytes: Uint8Array, windows1252: Windows1252Decoder = browserWindows1252): string {
  const utf16 = utf16Of(bytes);
  if (utf16) return new TextDecoder(utf16).decode(bytes);
  try {
    return new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    return windows1252(bytes);
  }
}

/**
 * UTF-16, as Excel's "Unicode text" and some systems export: by its byte-order mark, or without one by
 * the zero bytes every other byte of Latin text is (never so in UTF-8 or Windows-1252 text).
 */
function utf16Of(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | null {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return 'utf-16le';
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return 'utf-16be';
  const sample = bytes.subarray(0, 2000);
  let evenZeros = 0;
  let oddZeros = 0;
  sample.forEach((b, i) => {
    if (b !== 0) return;
    if (i % 2 === 0) evenZeros++;
    else oddZeros++;
  });
  const half = sample.length / 2;
  if (half >= 2 && oddZeros > half * 0.4 && evenZeros === 0) return 'utf-16le';
  if (half >= 2 && evenZeros > half * 0.4 && oddZeros === 0) return 'utf-16be';
  return null;
}

/** The WHATWG decoder of every browser: right for all 256 bytes. Not for Node (see above). */
export const browserWindows1252: Windows1252Decoder = (bytes) =>
  new TextDecoder('windows-1252').decode(bytes);
