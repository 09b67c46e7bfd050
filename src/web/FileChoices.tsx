import { Button } from '@fluentui/react-components';
import { useRef } from 'react';
import type { WebStrings } from './webStrings';

interface Props {
  readonly strings: WebStrings;
  readonly onExample: () => void;
  readonly onNew: () => void;
  readonly onOpenFile: (file: File) => void;
}

/** The three ways to a workbook: the fictitious example, a new follow-up, or a file from this computer. */
export function FileChoices({ strings, onExample, onNew, onOpenFile }: Props) {
  const input = useRef<HTMLInputElement>(null);
  return (
    <div className="choices">
      <Button onClick={onExample}>{strings.openExample}</Button>
      <Button onClick={onNew}>{strings.newFollowUp}</Button>
      {/* A button opens the browser's file dialog, so the label is ours and in the page's language. */}
      <Button onClick={() => input.current?.click()}>{strings.openFile}</Button>
      <input
        ref={input}
        hidden
        type="file"
        aria-label={strings.openFile}
        accept=".xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
        onChange={(event) => {
          const file = event.currentTarget.files?.[0];
          event.currentTarget.value = '';
          if (file) onOpenFile(file);
        }}
      />
    </div>
  );
}
