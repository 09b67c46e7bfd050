import { FluentProvider, Text, Title3, webLightTheme } from '@fluentui/react-components';
import { useEffect, useRef, useState } from 'react';
import type { FollowUpActions } from '../app/followUpActions';
import { EXAMPLE_SETTINGS } from '../core/example/exampleSettings';
import { ActionStatus } from '../taskpane/ActionStatus';
import { App } from '../taskpane/App';
import { readBytes, readText } from '../taskpane/browser';
import { FILE_LIMITS } from '../core/inputLimits';
import type { Strings } from '../taskpane/strings';
import { useAction } from '../taskpane/useAction';
import { canWriteBack, pickFileToOpen, pickFileToSave, writeBack } from './files/diskFile';
import type { FileEvents, FileHost, FileProgress, OpenedFile } from './files/fileHost';
import { NO_RECOVERY, type Recovery, type RecoveryStore } from './files/recovery';
import { FileBar } from './FileBar';
import { FileChoices } from './FileChoices';
import { RecoveryPrompt } from './RecoveryPrompt';
import { useKeeper } from './useKeeper';
import type { WebStrings } from './webStrings';

interface Props {
  readonly strings: Strings;
  readonly webStrings: WebStrings;
  /** Where the file is held: a worker in the browser, the page itself in tests. */
  readonly files: () => Promise<FileHost>;
  /** Hands the downloaded bytes to the browser (a download link). */
  readonly saveBytes: (bytes: Uint8Array<ArrayBuffer>, name: string) => void;
  /** Where unsaved work is kept against a reload or a crash (IndexedDB in the browser). */
  readonly recovery?: RecoveryStore;
  readonly now?: () => number;
}

interface OpenFile {
  readonly file: OpenedFile;
  readonly name: string;
  /** A new number for every file opened, so the panels start afresh. */
  readonly serial: number;
  /** The file on disk "Spara" writes back to, where the browser allows it. */
  readonly handle: FileSystemFileHandle | null;
}

/** The task pane as a web page: a workbook file held in the browser instead of the live workbook. */
export function WebPage({
  strings,
  webStrings,
  files,
  saveBytes,
  recovery = NO_RECOVERY,
  now = Date.now,
}: Props) {
  const [open, setOpen] = useState<OpenFile | null>(null);
  const [dirty, setDirty] = useState(false);
  const [savedAt, setSavedAt] = useState<Date | null>(null);
  const [left, setLeft] = useState<Recovery | null>(null);
  const [progress, setProgress] = useState<FileProgress | null>(null);
  const [state, run] = useAction(strings.language);
  const keeper = useKeeper(recovery, now);
  const current = useRef<OpenFile | null>(null);
  useEffect(() => warnBeforeLeaving(dirty), [dirty]);
  useEffect(() => {
    void recovery.find(now()).then(setLeft, () => setLeft(null));
  }, [recovery, now]);

  /** Opens a workbook (after asking, if the current one has unsaved changes), then fills it. */
  const openInto = async (
    name: string,
    handle: FileSystemFileHandle | null,
    load: (host: FileHost, events: FileEvents) => Promise<OpenedFile>,
    fill: (actions: FollowUpActions) => Promise<string>,
    restored = false,
  ): Promise<string> => {
    if (dirty && !window.confirm(webStrings.confirmDiscard)) return '';
    keeper.stop();
    let changed = restored;
    const file = await load(await files(), {
      changed: () => {
        changed = true;
        setDirty(true);
        if (current.current) keeper.keep(current.current);
      },
      progress: setProgress,
    });
    const message = await fill(file.actions);
    const opened = { file, name, serial: (open?.serial ?? 0) + 1, handle };
    current.current = opened;
    setDirty(changed);
    setSavedAt(null);
    setOpen(opened);
    setLeft(null);
    if (changed) keeper.keep(opened);
    else void recovery.forget();
    return message;
  };
  const start = (...args: Parameters<typeof openInto>) => run(() => openInto(...args));
  const openFile = (chosen: File, handle: FileSystemFileHandle | null) =>
    openInto(
      chosen.name,
      handle,
      async (host, events) =>
        host.openFile(await readBytes(chosen, FILE_LIMITS.workbookBytes), chosen.name, events),
      async () => webStrings.fileOpened(chosen.name),
    );
  /** The browser's picker, so that "Spara" can write the file back; cancelling it does nothing. */
  const openFromDisk = () =>
    run(async () => {
      const picked = await pickFileToOpen();
      return picked ? openFile(picked.file, picked.handle) : '';
    });

  /** The work is safe in a file: no copy is kept any more, and the page says when. */
  const markSaved = () => {
    keeper.stop();
    void recovery.forget();
    setDirty(false);
    setSavedAt(new Date(now()));
  };
  const save = (opened: OpenFile) =>
    run(async () => {
      const bytes = await opened.file.bytes();
      if (!canWriteBack()) {
        saveBytes(bytes, opened.name);
        markSaved();
        return webStrings.downloaded(opened.name);
      }
      const handle = opened.handle ?? (await pickFileToSave(opened.name));
      if (!handle) return '';
      await writeBack(handle, bytes);
      const saved = { ...opened, handle, name: handle.name };
      current.current = saved;
      setOpen(saved);
      markSaved();
      return webStrings.saved(handle.name);
    });
  const downloadCopy = (opened: OpenFile) =>
    run(async () => {
      saveBytes(await opened.file.bytes(), opened.name);
      return webStrings.downloaded(opened.name);
    });
  const close = () => {
    if (dirty && !window.confirm(webStrings.confirmClose)) return;
    keeper.stop();
    void recovery.forget();
    current.current = null;
    setOpen(null);
    setDirty(false);
    setSavedAt(null);
  };

  const choices = (
    <FileChoices
      strings={webStrings}
      onPickFile={canWriteBack() ? () => void openFromDisk() : null}
      onExample={() =>
        void start(
          'exempel-uppfoljning.xlsx',
          null,
          (host, events) => host.newFile(events),
          async (actions) => {
            await actions.create(EXAMPLE_SETTINGS);
            return webStrings.exampleOpened(await actions.insertExample());
          },
        )
      }
      onNew={() =>
        void start(
          'uppfoljning.xlsx',
          null,
          (host, events) => host.newFile(events),
          async (actions) => {
            await actions.create();
            return webStrings.newOpened;
          },
        )
      }
      onOpenFile={(chosen) => void run(() => openFile(chosen, null))}
    />
  );
  const restore = (found: Recovery) =>
    void start(
      found.name,
      null,
      (host, events) => host.openFile(found.bytes.slice().buffer, found.name, events),
      async () => webStrings.restored(found.name),
      true,
    );
  const discard = () => {
    void recovery.forget();
    setLeft(null);
  };

  // Work on a large file runs in a worker: the page says how far reading has come meanwhile.
  const reading = progress && (
    <Text role="status">{webStrings.reading(progress.sheet, progress.percent)}</Text>
  );
  const toolbar = open && (
    <div className="toolbar">
      <FileBar
        strings={webStrings}
        name={open.name}
        dirty={dirty}
        savedAt={savedAt}
        writesBack={canWriteBack()}
        onSave={() => void save(open)}
        onDownload={() => void downloadCopy(open)}
        onClose={close}
      />
      {choices}
      {reading}
      <ActionStatus state={state} strings={strings} />
    </div>
  );
  if (open)
    return (
      <App
        key={open.serial}
        port={open.file.port}
        actions={open.file.actions}
        strings={strings}
        readText={readText}
        onFile
        toolbar={toolbar}
      />
    );
  return (
    <FluentProvider theme={webLightTheme}>
      <main className="pane">
        <Title3 as="h1">{strings.title}</Title3>
        <Text>{webStrings.intro}</Text>
        {left && (
          <RecoveryPrompt
            recovery={left}
            strings={webStrings}
            onRestore={() => restore(left)}
            onDiscard={discard}
          />
        )}
        {choices}
        {reading}
        <ActionStatus state={state} strings={strings} />
      </main>
    </FluentProvider>
  );
}

/** While the file has unsaved changes, closing the tab asks first (a copy is kept besides, see recovery). */
function warnBeforeLeaving(dirty: boolean): (() => void) | undefined {
  if (!dirty) return undefined;
  const ask = (event: BeforeUnloadEvent) => event.preventDefault();
  window.addEventListener('beforeunload', ask);
  return () => window.removeEventListener('beforeunload', ask);
}
