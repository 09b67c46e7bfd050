import { Refusal } from '../../core/errors';
import { refuse } from '../../core/refusals';
import { guardPackage } from '../packageLimits';
import { isOpenDocument } from '../zipDirectory';
import { OpcPackage, type PartUnpacker } from './opcPackage';
import { PackageWorkbookPort, type PackageWriteOptions } from './packagePort';

/**
 * A workbook file's bytes as a port, for the command line and the web page alike; or one Swedish line
 * saying why they are no workbook this tool can read, or one too large to hold (`guardPackage`). The
 * sheets are read once here, so that a damaged part is named now, with the file, and not half-way
 * through an action.
 */
export async function openPackagePort(
  bytes: Uint8Array,
  path: string,
  options?: PackageWriteOptions,
  unpacker?: PartUnpacker,
): Promise<PackageWorkbookPort> {
  if (isOpenDocument(bytes)) throw refuse.openDocument({ path });
  guardPackage(bytes, path);
  let port: PackageWorkbookPort;
  try {
    port = new PackageWorkbookPort(OpcPackage.fromZip(bytes, unpacker), options);
    await port.readValues();
  } catch (e) {
    // A part named as damaged (one that will not parse, or unpacks beyond what the file said) is named
    // as such; bytes that are no package at all are no workbook.
    if (e instanceof Refusal) throw e;
    throw refuse.notAWorkbook({ path });
  }
  return port;
}
