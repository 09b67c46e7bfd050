import { FollowUpActions } from '../../app/followUpActions';
import { emptyPackage } from '../../xlsx/package/emptyPackage';
import { openPackagePort } from '../../xlsx/package/openPackage';
import { PackageWorkbookPort } from '../../xlsx/package/packagePort';
import { onOwnBuffer } from '../../xlsx/zipDirectory';
import { ChangeTrackingPort } from '../changeTrackingPort';
import type { FileEvents, FileHost, OpenedFile } from './fileHost';

/** The file held by the page itself: where there are no workers, and in the component tests. */
export function localFiles(today: () => number): FileHost {
  const opened = (file: PackageWorkbookPort, events: FileEvents): OpenedFile => {
    const port = new ChangeTrackingPort(file, events.changed);
    return { actions: new FollowUpActions(port, today), port, bytes: async () => packedBytes(file) };
  };
  const progressTo = (events: FileEvents) => ({
    cachedResults: true,
    progress: (sheet: string, fraction: number) =>
      events.progress({ sheet, percent: Math.round(fraction * 100) }),
  });
  return {
    newFile: async (events) => opened(new PackageWorkbookPort(emptyPackage(), progressTo(events)), events),
    openFile: async (bytes, name, events) =>
      opened(await openPackagePort(new Uint8Array(bytes), name, progressTo(events)), events),
  };
}

/** The file's bytes as the browser's download takes them. */
export function packedBytes(file: PackageWorkbookPort): Uint8Array<ArrayBuffer> {
  return onOwnBuffer(file.pkg.toZip());
}
