import { Button } from '@fluentui/react-components';
import { useState } from 'react';
import type { RemovedCase } from '../../app/caseRemoval';
import type { FollowUpActions } from '../../app/followUpActions';
import { useConfirm } from '../Confirmation';
import type { Strings } from '../strings';
import type { Report } from '../useAction';

/**
 * Removing a case from a panel: a confirmation naming its Ärende-ID and row, then the removal, then an
 * "Ångra" that puts the last removed case back on its row. `refresh` redraws what the panel shows.
 */
export function useRemoval(
  actions: FollowUpActions,
  strings: Strings,
  run: (work: () => Promise<Report>) => Promise<void>,
  refresh: () => Promise<void>,
) {
  const [asking, ask] = useConfirm();
  const [removed, setRemoved] = useState<RemovedCase | null>(null);
  const remove = (rowIndex: number, after?: () => void) =>
    run(async () => {
      const { id, row } = await actions.removal.caseLabel(rowIndex);
      if (!(await ask(strings.confirmRemove(id, row), strings.yesRemove))) return '';
      const gone = await actions.removal.removeCase(rowIndex);
      setRemoved(gone);
      after?.();
      await refresh();
      return strings.caseRemoved(gone.id);
    });
  const undo = (last: RemovedCase) =>
    run(async () => {
      await actions.removal.undo(last);
      setRemoved(null);
      await refresh();
      return strings.undone(last.id);
    });
  const undoButton = removed && <Button onClick={() => void undo(removed)}>{strings.undoRemove}</Button>;
  return { asking, remove, undoButton };
}
