import { Badge, Button, Text } from '@fluentui/react-components';
import { useState } from 'react';
import type { FollowUpActions } from '../../app/followUpActions';
import { rowOfA1 } from '../../core/address';
import { describeCell } from '../../core/cell';
import type { Problem } from '../../core/check/problem';
import type { WorkbookPort } from '../../core/port/workbookPort';
import type { CaseField } from '../../app/caseList';
import { ActionStatus } from '../ActionStatus';
import { CaseRowView } from '../CaseRowView';
import type { Strings } from '../strings';
import { ShowMore, useShowMore } from '../ShowMore';
import { useAction } from '../useAction';

interface Props {
  readonly actions: FollowUpActions;
  readonly port: WorkbookPort;
  readonly strings: Strings;
}

/** Kontrollera: the problems, errors first; a click shows the cell, an unambiguous fix is one click. */
export function CheckPanel({ actions, port, strings }: Props) {
  const [problems, setProblems] = useState<readonly Problem[] | null>(null);
  const [shown, setShown] = useState<{ problem: Problem; fields: readonly CaseField[] } | null>(null);
  const show = (problem: Problem) =>
    run(async () => {
      await port.selectCell(problem.sheet, problem.cell);
      const fields = await actions.caseRowAt(problem.sheet, problem.cell);
      setShown(fields ? { problem, fields } : null);
      return '';
    });
  const [state, run] = useAction(strings.language);
  const page = useShowMore(problems);
  const check = () =>
    run(async () => {
      const found = await actions.check();
      const ordered = [
        ...found.filter((p) => p.severity === 'error'),
        ...found.filter((p) => p.severity === 'warning'),
      ];
      setProblems(ordered);
      const errors = found.filter((p) => p.severity === 'error').length;
      // Errors stop the results: the tally is an error then, a warning when only warnings are left.
      if (found.length === 0) return strings.noProblems;
      const tally = strings.problemCount(errors, found.length - errors);
      return errors > 0 ? { problems: tally } : { warning: tally };
    });
  return (
    <section aria-label={strings.tabCheck} className="panel">
      <Button appearance="primary" onClick={() => void check()}>
        {strings.runCheck}
      </Button>
      <ActionStatus state={state} strings={strings} />
      <ul className="problems">
        {page.visible.map((p) => (
          <li key={`${p.sheet}!${p.cell}:${p.code}`}>
            <Badge color={p.severity === 'error' ? 'danger' : 'warning'}>
              {p.severity === 'error' ? strings.error : strings.warning}
            </Badge>{' '}
            <Text weight="semibold">{`${p.sheet}!${p.cell}`}</Text> <Text>{p.message}</Text>
            <div>
              <Button size="small" onClick={() => void show(p)}>
                {strings.show}
              </Button>
              {p.fix && (
                <Button
                  size="small"
                  onClick={() =>
                    void run(async () => {
                      await actions.applyFix(p);
                      return '';
                    }).then(check)
                  }
                >
                  {strings.fix(describeCell(p.fix))}
                </Button>
              )}
              {p.addToCodebook && (
                <Button
                  size="small"
                  onClick={() => {
                    const { variable, label } = p.addToCodebook ?? { variable: 'unit', label: '' };
                    void run(async () => {
                      await actions.codebook.addValue(variable, label, null);
                      return '';
                    }).then(check);
                  }}
                >
                  {strings.addToCodebook(p.addToCodebook.label)}
                </Button>
              )}
            </div>
            {shown?.problem === p && (
              <CaseRowView fields={shown.fields} marked={p.cell} label={strings.caseRowOf(rowOfA1(p.cell))} />
            )}
          </li>
        ))}
      </ul>
      <ShowMore shown={page.visible.length} total={page.total} more={page.more} strings={strings} />
    </section>
  );
}
