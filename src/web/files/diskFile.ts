/**
 * The file the user opened, written back in place where the browser allows it (the File System Access
 * API of Edge and Chrome, the browsers municipalities run); elsewhere the page falls back to a download.
 */

const XLSX: FilePickerType = {
  description: 'Excel-arbetsbok',
  accept: { 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': ['.xlsx'] },
};

/** Whether the page can open a file for writing back, rather than only read a copy. */
export const canWriteBack = (): boolean =>
  typeof window !== 'undefined' && typeof window.showOpenFilePicker === 'function';

/** The user picks an .xlsx file; null when they cancel. Only where `canWriteBack()`. */
export async function pickFileToOpen(): Promise<{ file: File; handle: FileSystemFileHandle } | null> {
  try {
    const [handle] = (await window.showOpenFilePicker?.({ types: [XLSX] })) ?? [];
    return handle ? { file: await handle.getFile(), handle } : null;
  } catch (e) {
    if (e instanceof DOMException && e.name === 'AbortError') return null;
    throw e;
  }
}

/** Where to save a workbook that has no file yet (the example, a new follow-up); null when cancelled or unsupported. */
export async function pickFileToSave(name: string): Promise<FileSystemFileHandle | null> {
  if (typeof window.showSaveFilePicker !== 'function') return null;
  try {
    return await window.showSaveFilePicker({ suggestedName: name, types: [XLSX] });
  } catch (e) {
    if (e instanceof DOMException && e.name === 'AbortError') return null;
    throw e;
  }
}

/** Writes the whole workbook into the file; the browser asks the user once for leave to write. */
export async function writeBack(handle: FileSystemFileHandle, bytes: Uint8Array<ArrayBuffer>): Promise<void> {
  const mode = { mode: 'readwrite' } as const;
  if ((await handle.queryPermission?.(mode)) !== 'granted') await handle.requestPermission?.(mode);
  // The browser writes to a temporary file and swaps it in on close: a failed save leaves the file as it was.
  const writable = await handle.createWritable();
  await writable.write(bytes);
  await writable.close();
}
