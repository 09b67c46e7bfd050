import type { FollowUpActions } from '../../app/followUpActions';
import type { WorkbookPort } from '../../core/port/workbookPort';

/** A workbook file open on the page: the actions on it, its port, and its bytes for a download. */
export interface OpenedFile {
  readonly actions: FollowUpActions;
  /** For what panels do to the file directly (show a problem's cell). */
  readonly port: WorkbookPort;
  bytes(): Promise<Uint8Array<ArrayBuffer>>;
}

/** How far reading a large sheet has come: the sheet's name and a whole percent. */
export interface FileProgress {
  readonly sheet: string;
  readonly percent: number;
}

/** What the page is told while a file is open. */
export interface FileEvents {
  /** The file changed (a case saved, results written): it has changes not yet downloaded. */
  readonly changed: () => void;
  /** Reading a sheet has come this far; null once the work is done. */
  readonly progress: (progress: FileProgress | null) => void;
}

/**
 * Where the page's file lives. In a browser it is a worker (`workerFiles.ts`), so reading, checking
 * and computing 100,000 cases never stop the page; in tests and where there are no workers it is the
 * page itself (`localFiles.ts`). Both run the same actions on the same package adapter.
 */
export interface FileHost {
  newFile(events: FileEvents): Promise<OpenedFile>;
  /** `name` is the file's name, for the message if it is no workbook. */
  openFile(bytes: ArrayBuffer, name: string, events: FileEvents): Promise<OpenedFile>;
}
