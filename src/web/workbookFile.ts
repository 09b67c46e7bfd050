import { emptyPackage } from '../xlsx/package/emptyPackage';
import { openPackagePort } from '../xlsx/package/openPackage';
import { PackageWorkbookPort } from '../xlsx/package/packagePort';

/**
 * The workbook file held in the browser, as its package: the same adapter as the command line's, so a
 * download leaves every part the tool does not own (a chart, a pivot table, a sheet of the team's) byte
 * for byte as it was. This module forms its own chunk, loaded the first time a file is opened or started,
 * so the page (and the Excel task pane) start without it.
 */
export function newWorkbookFile(): PackageWorkbookPort {
  return new PackageWorkbookPort(emptyPackage());
}

/** `name` is the file's name, for the message if it is no workbook. */
export async function openWorkbookFile(bytes: ArrayBuffer, name = 'Filen'): Promise<PackageWorkbookPort> {
  return openPackagePort(new Uint8Array(bytes), name);
}

export async function workbookFileBytes(port: PackageWorkbookPort): Promise<Uint8Array<ArrayBuffer>> {
  const bytes = port.pkg.toZip();
  return bytes.buffer instanceof ArrayBuffer
    ? new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength)
    : bytes.slice();
}
