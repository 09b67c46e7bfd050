import { Button, Text } from '@fluentui/react-components';
import { useEffect, useState } from 'react';
import type { FollowUpActions } from '../../app/followUpActions';
import type { HeadlineTable } from '../../app/headlineFigures';
import { ActionStatus } from '../ActionStatus';
import { HeadlineFigures } from './HeadlineFigures';
import type { Strings } from '../strings';
import { useAction } from '../useAction';

/** Resultat: create or update the result sheet, show its headline sentences, say when it is stale. */
export function ResultsPanel({ actions, strings }: { actions: FollowUpActions; strings: Strings }) {
  const [sentences, setSentences] = useState<readonly string[]>([]);
  const [headline, setHeadline] = useState<HeadlineTable | null>(null);
  const [freshness, setFreshness] = useState<string>('');
  const [state, run] = useAction(strings.language);
  useEffect(() => {
    void actions.status().then(
      (s) =>
        setFreshness(
          s.kind !== 'ready' || s.resultsStale === null
            ? strings.noResults
            : s.resultsStale
              ? strings.stale
              : strings.current,
        ),
      () => setFreshness(''),
    );
  }, [actions, strings, state.kind]);
  return (
    <section aria-label={strings.tabResults} className="panel">
      <Text>{freshness}</Text>
      <Button
        appearance="primary"
        onClick={() =>
          void run(async () => {
            const written = await actions.writeResults();
            setSentences(written.sentences);
            setHeadline(written.headline);
            return strings.current;
          })
        }
      >
        {strings.computeResults}
      </Button>
      <ActionStatus state={state} strings={strings} />
      {headline && <HeadlineFigures table={headline} label={strings.headlineFigures} />}
      <ul className="sentences">
        {sentences.map((s) => (
          <li key={s}>{s}</li>
        ))}
      </ul>
    </section>
  );
}
