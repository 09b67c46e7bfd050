import { useCallback, useState } from 'react';

export type ActionState =
  | { readonly kind: 'idle' }
  | { readonly kind: 'busy' }
  | { readonly kind: 'done'; readonly message: string }
  | { readonly kind: 'failed'; readonly message: string };

/**
 * Runs one pane action at a time: shows progress while it runs and its outcome or its error after,
 * so no failure is silent. Errors from the core and the adapters carry Swedish messages already.
 */
export function useAction(): [ActionState, (work: () => Promise<string>) => Promise<void>] {
  const [state, setState] = useState<ActionState>({ kind: 'idle' });
  const run = useCallback(async (work: () => Promise<string>) => {
    setState({ kind: 'busy' });
    try {
      setState({ kind: 'done', message: await work() });
    } catch (e) {
      setState({ kind: 'failed', message: e instanceof Error ? e.message : String(e) });
    }
  }, []);
  return [state, run];
}
