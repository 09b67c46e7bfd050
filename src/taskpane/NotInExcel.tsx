import { FluentProvider, MessageBar, MessageBarBody, webLightTheme } from '@fluentui/react-components';
import type { Strings } from './strings';

/** Opened outside Excel: say what this page is and what to use instead, rather than fail silently. */
export function NotInExcel({ strings }: { strings: Strings }) {
  return (
    <FluentProvider theme={webLightTheme}>
      <main className="pane">
        <MessageBar intent="info">
          <MessageBarBody>{strings.notInExcel}</MessageBarBody>
        </MessageBar>
      </main>
    </FluentProvider>
  );
}
