import { serialFromYmd, type DateSerial } from '../core/dates';
import { decodeText } from '../platform/decodeText';
import { FILE_LIMITS } from '../core/inputLimits';
import { refuse } from '../core/refusals';

/** Today in the browser's time zone, as a date serial (for the check's future-date rule). */
export function today(): DateSerial {
  const now = new Date();
  return serialFromYmd(now.getFullYear(), now.getMonth() + 1, now.getDate());
}

/**
 * A chosen file's bytes (FileReader: in every browser Office runs in, and in the test DOM), or a refusal
 * naming the limit when the file is larger: read whole, a file of a gigabyte would end the tab.
 */
export function readBytes(file: File, limit: number): Promise<ArrayBuffer> {
  if (file.size > limit)
    return Promise.reject(
      refuse.fileTooLarge({
        path: file.name,
        megabytes: Math.ceil(file.size / 1e6),
        limit: Math.round(limit / 1e6),
      }),
    );
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
export const readText = async (file: File): Promise<string> =>
  decodeText(new Uint8Array(await readBytes(file, FILE_LIMITS.csvBytes)));
