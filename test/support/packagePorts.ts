import ExcelJS from 'exceljs';
import { emptyPackage } from '../../src/xlsx/package/emptyPackage';
import { OpcPackage } from '../../src/xlsx/package/opcPackage';
import { PackageWorkbookPort, type PackageWriteOptions } from '../../src/xlsx/package/packagePort';

/** A new workbook file, as the web page and the command line start one. */
export const newPackagePort = () => new PackageWorkbookPort(emptyPackage());

/** A workbook another program (exceljs) wrote, opened as the command line and the web page open a file. */
export async function packagePortOf(
  workbook: ExcelJS.Workbook,
  options?: PackageWriteOptions,
): Promise<PackageWorkbookPort> {
  return new PackageWorkbookPort(
    OpcPackage.fromZip(new Uint8Array(await workbook.xlsx.writeBuffer())),
    options,
  );
}

/** The file a package port would save, read by another program (exceljs), to look into it. */
export async function excelJsOf(port: PackageWorkbookPort): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(port.pkg.toZip());
  return workbook;
}
