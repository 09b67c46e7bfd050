import { Badge, Button, Text } from '@fluentui/react-components';
import { useState } from 'react';
import type { FollowUpActions } from '../../app/followUpActions';
import type { FixChange, WorkGroup, WorkItem } from '../../app/worklist';
import { rowOfA1 } from '../../core/address';
import { describeCell } from '../../core/cell';
import type { Problem } from '../../core/table/problem';
import type { VariableKey } from '../../core/codebook/types';
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
  /** Opens a case in the form with a field focused ("Öppna ärendet"). */
  readonly onOpenCase?: (rowIndex: number, variable: VariableKey | null) => void;
}

/**
 * Kontrollera as a worklist: the problems grouped by case (Ärende-ID and row), the cases with errors
 * first; from a problem, the cell, the case in the form, its fix, or the same fix on every alike slip.
 */
export function CheckPanel({ actions, port, strings, onOpenCase }: Props) {
  const [groups, setGroups] = useState<readonly WorkGroup[] | null>(null);
  const [shown, setShown] = useState<{ problem: Problem; fields: readonly CaseField[] } | null>(null);
  const [fixed, setFixed] = useState<readonly FixChange[]>([]);
  const [state, run] = useAction(strings.language);
  const page = useShowMore(groups);
  const show = (problem: Problem) =>
    run(async () => {
      await port.selectCell(problem.sheet, problem.cell);
      const fields = await actions.caseRowAt(problem.sheet, problem.cell);
      setShown(fields ? { problem, fields } : null);
      return '';
    });
  const check = () => run(listProblems);
  /** The worklist anew; its tally as the status, unless `done` says what was just done. */
  const listProblems = async (done?: string) => {
    const found = await actions.fixes.worklist();
    setGroups(found);
    const all = found.flatMap((g) => g.items);
    const errors = all.filter((i) => i.problem.severity === 'error').length;
    // Errors stop the results: the tally is an error then, a warning when only warnings are left.
    if (done) return done;
    if (all.length === 0) return strings.noProblems;
    const tally = strings.problemCount(errors, all.length - errors);
    return errors > 0 ? { problems: tally } : { warning: tally };
  };
  const fix = (problems: readonly Problem[]) =>
    void run(async () => {
      const changes = await actions.fixes.applyFixes(problems);
      setFixed(problems.length > 1 ? changes : []);
      return '';
    }).then(check);
  const undo = () =>
    void run(async () => {
      await actions.fixes.undoFixes(fixed);
      setFixed([]);
      return listProblems(strings.fixesUndone(fixed.length));
    });

  const item = ({ problem: p, variable, alike }: WorkItem, group: WorkGroup) => (
    <li key={`${p.sheet}!${p.cell}:${p.code}`}>
      <Badge color={p.severity === 'error' ? 'danger' : 'warning'}>
        {p.severity === 'error' ? strings.error : strings.warning}
      </Badge>{' '}
      <Text weight="semibold">{`${p.sheet}!${p.cell}`}</Text> <Text>{p.message}</Text>
      <div className="choices">
        <Button size="small" onClick={() => void show(p)}>
          {strings.show}
        </Button>
        {onOpenCase && group.rowIndex !== null && (
          <Button size="small" onClick={() => onOpenCase(group.rowIndex ?? 0, variable)}>
            {strings.openCase}
          </Button>
        )}
        {p.fix && (
          <Button size="small" onClick={() => fix([p])}>
            {strings.fix(describeCell(p.fix))}
          </Button>
        )}
        {alike.length > 1 && (
          <Button size="small" onClick={() => fix(alike)}>
            {strings.fixAlike(alike.length)}
          </Button>
        )}
        {p.addToCodebook && (
          <Button
            size="small"
            onClick={() => {
              const { variable: key, label } = p.addToCodebook ?? { variable: 'unit', label: '' };
              void run(async () => {
                await actions.codebook.addValue(key, label, null);
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
  );

  return (
    <section aria-label={strings.tabCheck} className="panel">
      <Button appearance="primary" onClick={() => void check()}>
        {strings.runCheck}
      </Button>
      <ActionStatus state={state} strings={strings} />
      {fixed.length > 0 && (
        <div role="status">
          <Text>{strings.fixedCells(fixed.length)}</Text>
          <ul aria-label={strings.fixedCells(fixed.length)}>
            {fixed.map((c) => (
              <li
                key={`${c.sheet}!${c.cell}`}
              >{`${c.sheet}!${c.cell}: ${describeCell(c.before)} → ${describeCell(c.after)}`}</li>
            ))}
          </ul>
          <Button onClick={undo}>{strings.undoFixes}</Button>
        </div>
      )}
      {page.visible.map((group) => (
        <section key={group.title} className="work-group" aria-label={group.title}>
          <h3 className="subheading">{group.title}</h3>
          <ul className="problems">{group.items.map((i) => item(i, group))}</ul>
        </section>
      ))}
      <ShowMore shown={page.visible.length} total={page.total} more={page.more} strings={strings} />
    </section>
  );
}
