import { useCallback, useState } from 'react';
import { messageOf, type Language } from '../core/errors';

export type ActionState =
  | { readonly kind: 'idle' }
  | { readonly kind: 'busy' }
  | { readonly kind: 'done'; readonly message: string }
  /** Done, with something to look at: the check found warnings only. */
  | { readonly kind: 'warned'; readonly message: string }
  | { readonly kind: 'failed'; readonly message: string };

/**
 * What an action reports: a message of success, something to look at (shown as a warning), or the
 * problems that stopped it or that it found (shown as an error).
 */
export type Report = string | { readonly problems: string } | { readonly warning: string };

/**
 * Runs one pane action at a time: shows progress while it runs and its outcome or its error after,
 * so no failure is silent. A refusal is shown in the pane's language; problems an action returns are
 * shown as they are, never thrown.
 */
export function useAction(language: Language): [ActionState, (work: () => Promise<Report>) => Promise<void>] {
  const [state, setState] = useState<ActionState>({ kind: 'idle' });
  const run = useCallback(
    async (work: () => Promise<Report>) => {
      setState({ kind: 'busy' });
      try {
        const report = await work();
        setState(
          typeof report === 'string'
            ? { kind: 'done', message: report }
            : 'warning' in report
              ? { kind: 'warned', message: report.warning }
              : { kind: 'failed', message: report.problems },
        );
      } catch (e) {
        setState({ kind: 'failed', message: messageOf(e, language) });
      }
    },
    [language],
  );
  return [state, run];
}
