import { Button, Text } from '@fluentui/react-components';
import { lazy, Suspense, useEffect, useState } from 'react';
import type { ResultTable } from '../../app/resultTables';
import { ResultTables } from './ResultTables';
import { ReadError } from '../ReadError';
import { messageOf } from '../../core/errors';
import type { FollowUpActions } from '../../app/followUpActions';
import type { HeadlineTable } from '../../app/headlineFigures';
import { ActionStatus } from '../ActionStatus';
import { HeadlineFigures } from './HeadlineFigures';
import type { Strings } from '../strings';
import { useAction } from '../useAction';

/** The charts' library is large: it is fetched when results are first shown, never with the page. */
const ResultCharts = lazy(() => import(/* webpackChunkName: "charts" */ './ResultCharts'));

/** Widest a chart is drawn: the pane's width less its padding, at most a readable page's. */
const chartWidth = () => Math.max(280, Math.min(720, (globalThis.innerWidth || 720) - 48));

/**
 * Resultat: create or update the result sheet, then show what it shows: the sentences, the headline
 * figures, every breakdown and the charts; "Skriv ut" prints them as a report (the page's print style
 * leaves the tabs and buttons out).
 */
export function ResultsPanel({ actions, strings }: { actions: FollowUpActions; strings: Strings }) {
  const [sentences, setSentences] = useState<readonly string[]>([]);
  const [tables, setTables] = useState<readonly ResultTable[]>([]);
  const [headline, setHeadline] = useState<HeadlineTable | null>(null);
  const [freshness, setFreshness] = useState<string>('');
  const [readError, setReadError] = useState<string | null>(null);
  const [state, run] = useAction(strings.language);
  useEffect(() => {
    void actions.status().then(
      (s) => {
        setReadError(null);
        setFreshness(
          s.kind !== 'ready' || s.resultsStale === null
            ? strings.noResults
            : s.resultsStale
              ? strings.stale
              : strings.current,
        );
      },
      (e: unknown) => {
        setFreshness('');
        setReadError(messageOf(e, strings.language));
      },
    );
  }, [actions, strings, state.kind]);
  return (
    <section aria-label={strings.tabResults} className="panel">
      <ReadError message={readError} />
      <Text>{freshness}</Text>
      <Button
        appearance="primary"
        onClick={() =>
          void run(async () => {
            const written = await actions.writeResults();
            setSentences(written.sentences);
            setHeadline(written.headline);
            setTables(written.tables);
            return written.errors > 0 ? strings.currentOverErrors(written.errors) : strings.current;
          })
        }
      >
        {strings.computeResults}
      </Button>
      <ActionStatus state={state} strings={strings} />
      <div className="report">
        {headline && <HeadlineFigures table={headline} label={strings.headlineFigures} />}
        <ul className="sentences">
          {sentences.map((s) => (
            <li key={s}>{s}</li>
          ))}
        </ul>
        {tables.length > 0 && (
          <>
            <Button className="no-print" onClick={() => globalThis.print?.()}>
              {strings.print}
            </Button>
            <h2 className="subheading">{strings.charts}</h2>
            <Text size={200}>{strings.chartGaps}</Text>
            <Suspense fallback={<Text>{strings.loadingCharts}</Text>}>
              <ResultCharts tables={tables} width={chartWidth()} allHidden={strings.chartAllHidden} />
            </Suspense>
            <h2 className="subheading">{strings.allBreakdowns}</h2>
            <ResultTables tables={tables} />
          </>
        )}
      </div>
    </section>
  );
}
