import { MessageBar, MessageBarBody } from '@fluentui/react-components';

/**
 * Why a panel could not read the workbook: shown as an error, never as an empty state a user could act on
 * (a "create" button over a follow-up that merely could not be read).
 */
export function ReadError({ message }: { message: string | null }) {
  if (message === null) return null;
  return (
    <div role="alert">
      <MessageBar intent="error">
        <MessageBarBody>{message}</MessageBarBody>
      </MessageBar>
    </div>
  );
}
