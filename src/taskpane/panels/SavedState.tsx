import { Text } from '@fluentui/react-components';
import type { Strings } from '../strings';

/** The case last saved: its Ärende-ID, and the warnings it was saved with. */
export interface SavedCase {
  readonly id: string;
  readonly warnings: readonly string[];
}

/**
 * "Sparat: FIKTIV-V-003", with the saved case's warnings. At the top of the form (where focus goes for the
 * next case) as a live region a screen reader announces; beside the buttons as plain text.
 */
export function SavedState({
  saved,
  strings,
  live,
}: {
  saved: SavedCase | null;
  strings: Strings;
  live: boolean;
}) {
  return (
    <div className="saved-state" {...(live ? { role: 'status', 'aria-live': 'polite' as const } : {})}>
      {saved && <Text weight="semibold">{strings.savedCase(saved.id)}</Text>}
      {saved && saved.warnings.length > 0 && (
        <ul aria-label={strings.savedWarnings}>
          {saved.warnings.map((w) => (
            <li key={w}>{w}</li>
          ))}
        </ul>
      )}
    </div>
  );
}
