import ExcelJS from 'exceljs';
import { refuse } from '../core/refusals';
import { ExcelJsWorkbookPort } from '../xlsx/excelJsPort';

/**
 * The workbook file held in the browser. This module and exceljs form their own chunk, loaded the first
 * time a file is opened or started, so the page (and the Excel task pane) start without them.
 */
export function newWorkbookFile(): ExcelJsWorkbookPort {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Uppföljning';
  return new ExcelJsWorkbookPort(workbook);
}

/** `name` is the file's name, for the message if it is no workbook. */
export async function openWorkbookFile(bytes: ArrayBuffer, name = 'Filen'): Promise<ExcelJsWorkbookPort> {
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(bytes);
  } catch {
    throw refuse.notAWorkbook({ path: name });
  }
  return new ExcelJsWorkbookPort(workbook);
}

export async function workbookFileBytes(port: ExcelJsWorkbookPort): Promise<Uint8Array<ArrayBuffer>> {
  return Uint8Array.from(new Uint8Array(await port.workbook.xlsx.writeBuffer()));
}
