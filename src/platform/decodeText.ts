/**
 * Text from a file as Swedish Excel writes it: UTF-8 with or without BOM, or Windows-1252.
 * A file that is not valid UTF-8 is read as Windows-1252, which every byte sequence is.
 */
export function decodeText(bytes: Uint8Array): string {
  try {
    return new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    return new TextDecoder('windows-1252').decode(bytes);
  }
}
