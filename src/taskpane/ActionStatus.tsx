import { MessageBar, MessageBarBody, Spinner } from '@fluentui/react-components';
import type { ActionState } from './useAction';
import type { Strings } from './strings';

/** Progress while an action runs, then its outcome; an error is shown, never swallowed. */
export function ActionStatus({ state, strings }: { state: ActionState; strings: Strings }) {
  switch (state.kind) {
    case 'idle':
      return null;
    case 'busy':
      return <Spinner size="tiny" label={strings.busy} />;
    case 'done':
      // An action that only shows something (a cell, a row) has nothing to report.
      if (state.message === '') return null;
      return (
        <MessageBar intent="success">
          <MessageBarBody>{state.message}</MessageBarBody>
        </MessageBar>
      );
    case 'warned':
      return (
        <div role="status">
          <MessageBar intent="warning">
            <MessageBarBody>{state.message}</MessageBarBody>
          </MessageBar>
        </div>
      );
    case 'failed':
      return (
        <div role="alert">
          <MessageBar intent="error">
            <MessageBarBody>{state.message}</MessageBarBody>
          </MessageBar>
        </div>
      );
  }
}
