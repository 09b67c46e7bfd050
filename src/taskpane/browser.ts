import { serialFromYmd, type DateSerial } from '../core/dates';
import { decodeText } from '../platform/decodeText';

/** Today in the browser's time zone, as a date serial (for the check's future-date rule). */
export function today(): DateSerial {
  const now = new Date();
  return serialFromYmd(now.getFullYear(), now.getMonth() + 1, now.getDate());
}

/** A chosen file's bytes (FileReader: in every browser Office runs in, and in the test DOM). */
export function readBytes(file: Blob): Promise<ArrayBuffer> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () =>
      reader.result instanceof ArrayBuffer
        ? resolve(reader.result)
        : reject(new Error('Filen gick inte att läsa.'));
    reader.onerror = () => reject(new Error('Filen gick inte att läsa.', { cause: reader.error }));
    reader.readAsArrayBuffer(file);
  });
}

/** A chosen CSV file as text: UTF-8 (with or without BOM) or Windows-1252, as Swedish Excel writes it. */
export const readText = async (file: Blob): Promise<string> =>
  decodeText(new Uint8Array(await readBytes(file)));
