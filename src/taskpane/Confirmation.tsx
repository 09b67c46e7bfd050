import { Button, MessageBar, MessageBarActions, MessageBarBody } from '@fluentui/react-components';
import { useCallback, useState } from 'react';
import type { Strings } from './strings';

/** A question waiting for the user's answer. */
interface Asking {
  readonly message: string;
  readonly yes: string;
  readonly answer: (yes: boolean) => void;
}

/**
 * A confirmation inside the pane (an Office task pane has no window.confirm): `ask` shows the question
 * and resolves with the answer; <Confirmation> shows it where the panel puts it.
 */
export function useConfirm(): [Asking | null, (message: string, yes: string) => Promise<boolean>] {
  const [asking, setAsking] = useState<Asking | null>(null);
  const ask = useCallback(
    (message: string, yes: string) =>
      new Promise<boolean>((resolve) =>
        setAsking({
          message,
          yes,
          answer: (answer) => {
            setAsking(null);
            resolve(answer);
          },
        }),
      ),
    [],
  );
  return [asking, ask];
}

export function Confirmation({ asking, strings }: { asking: Asking | null; strings: Strings }) {
  if (!asking) return null;
  return (
    <div role="alertdialog" aria-label={asking.message}>
      <MessageBar intent="warning" layout="multiline">
        <MessageBarBody>{asking.message}</MessageBarBody>
        <MessageBarActions>
          <Button appearance="primary" onClick={() => asking.answer(true)}>
            {asking.yes}
          </Button>
          <Button onClick={() => asking.answer(false)}>{strings.cancel}</Button>
        </MessageBarActions>
      </MessageBar>
    </div>
  );
}
