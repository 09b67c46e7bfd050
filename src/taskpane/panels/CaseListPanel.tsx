import {
  Button,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
  Text,
} from '@fluentui/react-components';
import { useEffect, useState } from 'react';
import type { CaseList } from '../../app/caseList';
import type { FollowUpActions } from '../../app/followUpActions';
import { ActionStatus } from '../ActionStatus';
import type { Strings } from '../strings';
import { ShowMore, useShowMore } from '../ShowMore';
import { useAction } from '../useAction';
import { Confirmation } from '../Confirmation';
import { useRemoval } from './useRemoval';

interface Props {
  readonly actions: FollowUpActions;
  readonly strings: Strings;
  /** Opens one case in the form. */
  readonly onEdit: (rowIndex: number) => void;
}

/** Ärenden: the cases of a workbook file, for the web page, where no sheet is in view. */
export function CaseListPanel({ actions, strings, onEdit }: Props) {
  const [list, setList] = useState<CaseList | null>(null);
  const [state, run] = useAction(strings.language);
  const page = useShowMore(list?.lines);
  const removal = useRemoval(actions, strings, run, async () => setList(await actions.cases()));
  useEffect(() => {
    void run(async () => {
      setList(await actions.cases());
      return '';
    });
  }, [actions, run]);
  return (
    <section aria-label={strings.tabCases} className="panel">
      <Confirmation asking={removal.asking} strings={strings} />
      <ActionStatus state={state} strings={strings} />
      {removal.undoButton}
      {list?.lines.length === 0 && <Text>{strings.noCases}</Text>}
      {list && list.lines.length > 0 && (
        <Table size="small" aria-label={strings.tabCases} className="case-list">
          <TableHeader>
            <TableRow>
              <TableHeaderCell>{strings.row}</TableHeaderCell>
              {list.headers.map((header) => (
                <TableHeaderCell key={header}>{header}</TableHeaderCell>
              ))}
              <TableHeaderCell />
            </TableRow>
          </TableHeader>
          <TableBody>
            {page.visible.map((line) => (
              <TableRow key={line.rowIndex}>
                <TableCell>{line.excelRow}</TableCell>
                {line.shown.map((shown, i) => (
                  <TableCell key={i}>{shown}</TableCell>
                ))}
                <TableCell>
                  <Button
                    size="small"
                    aria-label={strings.editCaseOnRow(line.excelRow)}
                    onClick={() => onEdit(line.rowIndex)}
                  >
                    {strings.editCase}
                  </Button>{' '}
                  <Button
                    size="small"
                    aria-label={strings.removeCaseOnRow(line.excelRow)}
                    onClick={() => void removal.remove(line.rowIndex)}
                  >
                    {strings.remove}
                  </Button>
                </TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      )}
      <ShowMore shown={page.visible.length} total={page.total} more={page.more} strings={strings} />
    </section>
  );
}
