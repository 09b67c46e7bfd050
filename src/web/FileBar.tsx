import { Button, Text } from '@fluentui/react-components';
import type { WebStrings } from './webStrings';

interface Props {
  readonly strings: WebStrings;
  readonly name: string;
  readonly dirty: boolean;
  /** When the workbook was last saved (to its file or as a download) on this visit. */
  readonly savedAt: Date | null;
  /** Whether "Spara" writes the file itself (else it downloads). */
  readonly writesBack: boolean;
  readonly onSave: () => void;
  readonly onDownload: () => void;
  readonly onClose: () => void;
}

/** The open workbook: its name, whether it is saved and when, and Spara, a copy, Stäng. */
export function FileBar({ strings, name, dirty, savedAt, writesBack, onSave, onDownload, onClose }: Props) {
  const state = dirty ? strings.unsaved : savedAt ? strings.savedAt(savedAt) : strings.allSaved;
  return (
    <div className="choices">
      <Text weight="semibold">{strings.fileName(name)}</Text>
      {/* A live region: a screen reader hears when the work is saved. */}
      <Text role="status" aria-live="polite">
        {state}
      </Text>
      <Button appearance="primary" onClick={onSave}>
        {writesBack ? strings.save : strings.download}
      </Button>
      {writesBack && <Button onClick={onDownload}>{strings.downloadCopy}</Button>}
      <Button onClick={onClose}>{strings.close}</Button>
    </div>
  );
}
