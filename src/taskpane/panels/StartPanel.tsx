import { Button, Text } from '@fluentui/react-components';
import { useCallback, useEffect, useState } from 'react';
import type { FollowUpActions, FollowUpStatus } from '../../app/followUpActions';
import { ActionStatus } from '../ActionStatus';
import { ReadError } from '../ReadError';
import { messageOf } from '../../core/errors';
import type { Strings } from '../strings';
import { useAction } from '../useAction';

interface Props {
  readonly actions: FollowUpActions;
  readonly strings: Strings;
  /** Reads a chosen file as text (UTF-8 or Windows-1252). */
  readonly readText: (file: File) => Promise<string>;
}

/** Kom igång: create or repair the follow-up, insert the example, import a CSV file. */
export function StartPanel({ actions, strings, readText }: Props) {
  const [status, setStatus] = useState<FollowUpStatus | null>(null);
  const [readError, setReadError] = useState<string | null>(null);
  const [state, run] = useAction(strings.language);
  const refresh = useCallback(
    () =>
      actions.status().then(
        (s) => {
          setStatus(s);
          setReadError(null);
        },
        (e: unknown) => {
          setStatus(null);
          setReadError(messageOf(e, strings.language));
        },
      ),
    [actions, strings.language],
  );
  const done = state.kind === 'done';
  useEffect(() => {
    void refresh();
  }, [refresh, done]);

  const act = (work: () => Promise<string>) => run(async () => work().finally(refresh));
  return (
    <section aria-label={strings.tabStart} className="panel">
      <ReadError message={readError} />
      {readError === null && <Text>{describe(status, strings)}</Text>}
      {readError === null && status?.kind !== 'ready' && (
        <Button
          appearance="primary"
          onClick={() =>
            act(async () => {
              await actions.create();
              return strings.created;
            })
          }
        >
          {strings.create}
        </Button>
      )}
      {status?.kind === 'ready' && (
        <>
          <Button onClick={() => act(async () => strings.repaired(await actions.repair()))}>
            {strings.repair}
          </Button>
          <Button onClick={() => act(async () => strings.inserted(await actions.insertExample()))}>
            {strings.example}
          </Button>
          <Text size={200}>{strings.exampleNote}</Text>
          <label className="file">
            {strings.importCsv}
            <input
              type="file"
              accept=".csv,text/csv"
              onChange={(event) => {
                const file = event.currentTarget.files?.[0];
                if (file)
                  void act(async () => {
                    const imported = await actions.importCsv(await readText(file));
                    return [strings.imported(imported.cases), ...imported.notices, ...imported.learned].join(
                      ' ',
                    );
                  });
              }}
            />
          </label>
        </>
      )}
      <ActionStatus state={state} strings={strings} />
    </section>
  );
}

function describe(status: FollowUpStatus | null, strings: Strings): string {
  if (!status || status.kind === 'none') return strings.statusNone;
  const missing =
    status.missingSheets.length > 0 ? ` ${strings.statusMissing(status.missingSheets.join(', '))}` : '';
  return strings.statusReady(status.cases) + missing;
}
