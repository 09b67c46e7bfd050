import { Button, FluentProvider, Text, Title3, webLightTheme } from '@fluentui/react-components';
import { useEffect, useState } from 'react';
import { FollowUpActions } from '../app/followUpActions';
import { EXAMPLE_SETTINGS } from '../core/example/generate';
import type { WorkbookPort } from '../core/port/workbookPort';
import { ActionStatus } from '../taskpane/ActionStatus';
import { App } from '../taskpane/App';
import { readBytes, readText, today } from '../taskpane/browser';
import type { Strings } from '../taskpane/strings';
import { useAction } from '../taskpane/useAction';
import type { PackageWorkbookPort } from '../xlsx/package/packagePort';
import { ChangeTrackingPort } from './changeTrackingPort';
import { FileChoices } from './FileChoices';
import type { WebStrings } from './webStrings';

/** The module that holds the file adapter, loaded on first use. */
export type WorkbookFiles = typeof import('./workbookFile');

interface Props {
  readonly strings: Strings;
  readonly webStrings: WebStrings;
  readonly loadFiles: () => Promise<WorkbookFiles>;
  /** Hands the downloaded bytes to the browser (a download link). */
  readonly saveBytes: (bytes: Uint8Array<ArrayBuffer>, name: string) => void;
}

interface OpenFile {
  readonly file: PackageWorkbookPort;
  readonly port: WorkbookPort;
  readonly name: string;
  /** A new number for every file opened, so the panels start afresh. */
  readonly serial: number;
}

/** The task pane as a web page: a workbook file held in the browser instead of the live workbook. */
export function WebPage({ strings, webStrings, loadFiles, saveBytes }: Props) {
  const [open, setOpen] = useState<OpenFile | null>(null);
  const [dirty, setDirty] = useState(false);
  const [state, run] = useAction(strings.language);
  useEffect(() => warnBeforeLeaving(dirty), [dirty]);

  /** Opens a workbook (after asking, if the current one has changes not downloaded), then fills it. */
  const start = (
    name: string,
    load: (files: WorkbookFiles) => Promise<PackageWorkbookPort>,
    fill: (actions: FollowUpActions) => Promise<string>,
  ) =>
    run(async () => {
      if (dirty && !window.confirm(webStrings.confirmDiscard)) return '';
      const file = await load(await loadFiles());
      let changed = false;
      const port = new ChangeTrackingPort(file, () => {
        changed = true;
        setDirty(true);
      });
      const message = await fill(new FollowUpActions(port, today));
      setDirty(changed);
      setOpen({ file, port, name, serial: (open?.serial ?? 0) + 1 });
      return message;
    });

  const choices = (
    <FileChoices
      strings={webStrings}
      onExample={() =>
        void start(
          'exempel-uppfoljning.xlsx',
          async (files) => files.newWorkbookFile(),
          async (actions) => {
            await actions.create(EXAMPLE_SETTINGS);
            return webStrings.exampleOpened(await actions.insertExample());
          },
        )
      }
      onNew={() =>
        void start(
          'uppfoljning.xlsx',
          async (files) => files.newWorkbookFile(),
          async (actions) => {
            await actions.create();
            return webStrings.newOpened;
          },
        )
      }
      onOpenFile={(chosen) =>
        void start(
          chosen.name,
          async (files) => files.openWorkbookFile(await readBytes(chosen), chosen.name),
          async () => webStrings.fileOpened(chosen.name),
        )
      }
    />
  );
  const download = (file: OpenFile) =>
    run(async () => {
      const files = await loadFiles();
      saveBytes(await files.workbookFileBytes(file.file), file.name);
      setDirty(false);
      return webStrings.downloaded(file.name);
    });

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
      <ActionStatus state={state} strings={strings} />
    </div>
  );
  if (open)
    return (
      <App
        key={open.serial}
        port={open.port}
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
