import { Button } from '@fluentui/react-components';
import { useRef } from 'react';
import type { WebStrings } from './webStrings';

interface Props {
  readonly strings: WebStrings;
  readonly onExample: () => void;
  readonly onNew: () => void;
  /** A file chosen in the file dialog: a copy, which "Spara" can only download. */
  readonly onOpenFile: (file: File) => void;
  /** Opens the browser's own file picker instead, where it lets the page write the file back (Edge, Chrome). */
  readonly onPickFile: (() => void) | null;
}

/** The three ways to a workbook: the fictitious example, a new follow-up, or a file from this computer. */
export function FileChoices({ strings, onExample, onNew, onOpenFile, onPickFile }: Props) {
  const input = useRef<HTMLInputElement>(null);
  return (
    <div className="choices">
      <Button onClick={onExample}>{strings.openExample}</Button>
      <Button onClick={onNew}>{strings.newFollowUp}</Button>
      {/* A button opens the browser's file dialog, so the label is ours and in the page's language. */}
      <Button onClick={() => (onPickFile ? onPickFile() : input.current?.click())}>{strings.openFile}</Button>
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
