import { Button, FluentProvider, Text, Title3, webLightTheme } from '@fluentui/react-components';
import { useEffect, useState } from 'react';
import type { FollowUpActions } from '../app/followUpActions';
import { EXAMPLE_SETTINGS } from '../core/example/generate';
import { ActionStatus } from '../taskpane/ActionStatus';
import { App } from '../taskpane/App';
import { readBytes, readText, today } from '../taskpane/browser';
import type { Strings } from '../taskpane/strings';
import { useAction } from '../taskpane/useAction';
import type { FileEvents, FileHost, FileProgress, OpenedFile } from './files/fileHost';
import { FileChoices } from './FileChoices';
import type { WebStrings } from './webStrings';

interface Props {
  readonly strings: Strings;
  readonly webStrings: WebStrings;
  /** Where the file is held: a worker in the browser, the page itself in tests. */
  readonly files: () => Promise<FileHost>;
  /** Hands the downloaded bytes to the browser (a download link). */
  readonly saveBytes: (bytes: Uint8Array<ArrayBuffer>, name: string) => void;
}

interface OpenFile {
  readonly file: OpenedFile;
  readonly name: string;
  /** A new number for every file opened, so the panels start afresh. */
  readonly serial: number;
}

/** The task pane as a web page: a workbook file held in the browser instead of the live workbook. */
export function WebPage({ strings, webStrings, files, saveBytes }: Props) {
  const [open, setOpen] = useState<OpenFile | null>(null);
  const [dirty, setDirty] = useState(false);
  const [progress, setProgress] = useState<FileProgress | null>(null);
  const [state, run] = useAction(strings.language);
  useEffect(() => warnBeforeLeaving(dirty), [dirty]);

  /** Opens a workbook (after asking, if the current one has changes not downloaded), then fills it. */
  const start = (
    name: string,
    load: (host: FileHost, events: FileEvents) => Promise<OpenedFile>,
    fill: (actions: FollowUpActions) => Promise<string>,
  ) =>
    run(async () => {
      if (dirty && !window.confirm(webStrings.confirmDiscard)) return '';
      let changed = false;
      const file = await load(await files(), {
        changed: () => {
          changed = true;
          setDirty(true);
        },
        progress: setProgress,
      });
      const message = await fill(file.actions);
      setDirty(changed);
      setOpen({ file, name, serial: (open?.serial ?? 0) + 1 });
      return message;
    });

  const choices = (
    <FileChoices
      strings={webStrings}
      onExample={() =>
        void start(
          'exempel-uppfoljning.xlsx',
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
          (host, events) => host.newFile(events),
          async (actions) => {
            await actions.create();
            return webStrings.newOpened;
          },
        )
      }
      onOpenFile={(chosen) =>
        void start(
          chosen.name,
          async (host, events) => host.openFile(await readBytes(chosen), chosen.name, events),
          async () => webStrings.fileOpened(chosen.name),
        )
      }
    />
  );
  const download = (opened: OpenFile) =>
    run(async () => {
      saveBytes(await opened.file.bytes(), opened.name);
      setDirty(false);
      return webStrings.downloaded(opened.name);
    });

  // Work on a large file runs in a worker: the page says how far reading has come meanwhile.
  const reading = progress && (
    <Text role="status">{webStrings.reading(progress.sheet, progress.percent)}</Text>
  );
  const toolbar = open && (
    <div className="toolbar">
      <div className="choices">
        <Text weight="semibold">{webStrings.fileName(open.name)}</Text>
        <Text>{dirty ? webStrings.unsaved : webStrings.allSaved}</Text>
        <Button appearance="primary" onClick={() => void download(open)}>
          {webStrings.download}
        </Button>
      </div>
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
        today={today}
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
        {choices}
        {reading}
        <ActionStatus state={state} strings={strings} />
      </main>
    </FluentProvider>
  );
}

/** While the file has changes not downloaded, closing the tab asks first: the file exists only here. */
function warnBeforeLeaving(dirty: boolean): (() => void) | undefined {
  if (!dirty) return undefined;
  const ask = (event: BeforeUnloadEvent) => event.preventDefault();
  window.addEventListener('beforeunload', ask);
  return () => window.removeEventListener('beforeunload', ask);
}
