import { Button, MessageBar, MessageBarActions, MessageBarBody } from '@fluentui/react-components';
import type { Recovery } from './files/recovery';
import type { WebStrings } from './webStrings';

/** Asks whether to bring back the unsaved work an earlier visit left on this computer. */
export function RecoveryPrompt({
  recovery,
  strings,
  onRestore,
  onDiscard,
}: {
  recovery: Recovery;
  strings: WebStrings;
  onRestore: () => void;
  onDiscard: () => void;
}) {
  return (
    <MessageBar intent="warning" layout="multiline">
      <MessageBarBody>{strings.recoveryFound(recovery.name, new Date(recovery.savedAt))}</MessageBarBody>
      <MessageBarActions>
        <Button appearance="primary" onClick={onRestore}>
          {strings.restore}
        </Button>
        <Button onClick={onDiscard}>{strings.discardRecovery}</Button>
      </MessageBarActions>
    </MessageBar>
  );
}
