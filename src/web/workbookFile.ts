import ExcelJS from 'exceljs';
import { FileProblem } from '../xlsx/fileProblem';
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

export async function openWorkbookFile(bytes: ArrayBuffer): Promise<ExcelJsWorkbookPort> {
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(bytes);
  } catch (cause) {
    throw new FileProblem(
      'Filen går inte att öppna som Excel-arbetsbok. Välj en .xlsx-fil (spara en .xls- eller .csv-fil som .xlsx i Excel först, eller importera CSV under Kom igång).',
      { cause },
    );
  }
  return new ExcelJsWorkbookPort(workbook);
}

export async function workbookFileBytes(port: ExcelJsWorkbookPort): Promise<Uint8Array<ArrayBuffer>> {
  return Uint8Array.from(new Uint8Array(await port.workbook.xlsx.writeBuffer()));
}
