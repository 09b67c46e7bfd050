import { useCallback, useRef } from 'react';
import type { OpenedFile } from './files/fileHost';
import type { RecoveryStore } from './files/recovery';

/** How long after a change the copy against a reload is taken: typing a case is not slowed by it. */
const KEEP_DELAY_MS = 1500;

/**
 * Keeps a copy of the open workbook a moment after each change. A copy still being taken when the work is
 * saved or closed is not kept: `stop` moves the generation on.
 */
export function useKeeper(recovery: RecoveryStore, now: () => number) {
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const generation = useRef(0);
  const stop = useCallback(() => {
    if (timer.current) clearTimeout(timer.current);
    timer.current = null;
    generation.current++;
  }, []);
  const keep = useCallback(
    (opened: { readonly file: OpenedFile; readonly name: string }) => {
      stop();
      const mine = generation.current;
      timer.current = setTimeout(() => {
        void opened.file.bytes().then((bytes) => {
          if (generation.current === mine) void recovery.keep({ name: opened.name, savedAt: now(), bytes });
        });
      }, KEEP_DELAY_MS);
    },
    [recovery, now, stop],
  );
  return { keep, stop };
}
