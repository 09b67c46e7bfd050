import { Button, Text } from '@fluentui/react-components';
import { useCallback, useEffect, useState } from 'react';
import type { FollowUpActions, FollowUpStatus } from '../../app/followUpActions';
import { ActionStatus } from '../ActionStatus';
import { ReadError } from '../ReadError';
import { messageOf, Refusal } from '../../core/errors';
import { Confirmation, useConfirm } from '../Confirmation';
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
  const [asking, ask] = useConfirm();
  /** Into a follow-up with real cases only after the pane has said what happens and the user agreed. */
  const insertExample = async () => {
    try {
      return strings.inserted(await actions.insertExample());
    } catch (e) {
      if (!(e instanceof Refusal) || e.code !== 'example-among-cases') throw e;
      if (!(await ask(messageOf(e, strings.language), strings.yesInsertExamples))) return '';
      return strings.inserted(await actions.insertExample(true));
    }
  };
  const removeExamples = async () => {
    const { examples } = await actions.removal.exampleCount();
    if (examples === 0) return strings.noExamples;
    if (!(await ask(strings.confirmRemoveExamples(examples), strings.yesRemove))) return '';
    return strings.examplesRemoved(await actions.removal.removeExampleCases());
  };
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
          <Button onClick={() => act(insertExample)}>{strings.example}</Button>
          <Button onClick={() => act(removeExamples)}>{strings.removeExamples}</Button>
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
      <Confirmation asking={asking} strings={strings} />
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
