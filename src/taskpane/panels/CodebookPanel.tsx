import { Button, Field, Input, Select, Text } from '@fluentui/react-components';
import { useCallback, useEffect, useState } from 'react';
import type { FollowUpActions } from '../../app/followUpActions';
import { ROLE_NAMES, ROLE_RULES } from '../../core/codebook/roles';
import {
  type Role,
  isListVariable,
  isTeamKey,
  type Variable,
  type VariableKey,
} from '../../core/codebook/types';
import { typeName } from '../../core/codebook/typeNames';
import type { CodebookReading } from '../../core/read/readCodebook';
import { ActionStatus } from '../ActionStatus';
import type { Strings } from '../strings';
import { useAction } from '../useAction';
import { NewVariableForm } from './NewVariableForm';

interface Props {
  readonly actions: FollowUpActions;
  readonly strings: Strings;
}

/** The roles a value of this list may have; a team's own lists have none. */
const rolesOf = (v: Variable): readonly Role[] =>
  isTeamKey(v.key) ? [] : (ROLE_RULES[v.key]?.allowed ?? []);

/** Kodbok: every variable with its values and roles; values added, renamed, removed; variables added. */
export function CodebookPanel({ actions, strings }: Props) {
  const [reading, setReading] = useState<CodebookReading | null>(null);
  const [selected, setSelected] = useState<VariableKey>('unit');
  const [state, run] = useAction(strings.language);
  const reload = useCallback(async () => setReading(await actions.codebook.read()), [actions]);
  useEffect(
    () =>
      void run(async () => {
        await reload();
        return '';
      }),
    [run, reload],
  );
  const act = (work: () => Promise<string>) => run(async () => work().finally(reload));

  const lists = reading?.codebook.variables.filter(isListVariable) ?? [];
  const variable = lists.find((v) => v.key === selected) ?? lists[0];
  return (
    <section aria-label={strings.tabCodebook} className="panel">
      <Text>{strings.codebookIntro}</Text>
      {reading && reading.problems.length > 0 && (
        <div role="alert">
          <Text weight="semibold">{strings.codebookProblems(reading.problems.length)}</Text>
          <ul>
            {reading.problems.map((p) => (
              <li key={`${p.cell}-${p.message}`}>
                {p.sheet}!{p.cell}: {p.message}
              </li>
            ))}
          </ul>
        </div>
      )}
      <Field label={strings.codebookList}>
        <Select
          value={variable?.key ?? ''}
          onChange={(_, d) => setSelected(lists.find((v) => v.key === d.value)?.key ?? 'unit')}
        >
          {lists.map((v) => (
            <option key={v.key} value={v.key}>
              {v.name}
            </option>
          ))}
        </Select>
      </Field>
      {variable && <ValueTable variable={variable} strings={strings} act={act} actions={actions} />}
      <h2 className="subheading">{strings.codebookVariables}</h2>
      <table className="codebook">
        <thead>
          <tr>
            <th>{strings.codebookName}</th>
            <th>{strings.codebookType}</th>
            <th>{strings.codebookValues}</th>
          </tr>
        </thead>
        <tbody>
          {reading?.codebook.variables.map((v) => (
            <tr key={v.key}>
              <td>{v.name}</td>
              <td>{typeName(v)}</td>
              <td>
                {v.values.map((o) => (o.role ? `${o.label} (${ROLE_NAMES[o.role]})` : o.label)).join(', ')}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <NewVariableForm
        strings={strings}
        onAdd={(definition) =>
          act(async () => strings.variableAdded((await actions.codebook.addVariable(definition)).name))
        }
      />
      <ActionStatus state={state} strings={strings} />
    </section>
  );
}

interface ValueTableProps {
  readonly variable: Variable;
  readonly strings: Strings;
  readonly actions: FollowUpActions;
  readonly act: (work: () => Promise<string>) => Promise<void>;
}

/** One list's values: rename, role, remove; and a row to add one. */
function ValueTable({ variable, strings, actions, act }: ValueTableProps) {
  const roles = rolesOf(variable);
  const [names, setNames] = useState<Record<string, string>>({});
  const [added, setAdded] = useState('');
  const [addedRole, setAddedRole] = useState<Role | null>(null);
  const book = actions.codebook;
  return (
    <table className="codebook" aria-label={variable.name}>
      <thead>
        <tr>
          <th>{strings.codebookValue}</th>
          {roles.length > 0 && <th>{strings.codebookRole}</th>}
          <th />
        </tr>
      </thead>
      <tbody>
        {variable.values.map((o) => (
          <tr key={o.label}>
            <td>
              <Input
                aria-label={strings.renameLabel(o.label)}
                value={names[o.label] ?? o.label}
                onChange={(_, d) => setNames({ ...names, [o.label]: d.value })}
              />
            </td>
            {roles.length > 0 && (
              <td>
                <RoleSelect
                  label={strings.roleOf(o.label)}
                  roles={roles}
                  value={o.role}
                  set={(role) =>
                    act(async () => {
                      await book.setRole(variable.key, o.label, role);
                      return strings.roleSet(o.label);
                    })
                  }
                />
              </td>
            )}
            <td className="buttons">
              <Button
                disabled={(names[o.label] ?? o.label) === o.label}
                onClick={() =>
                  act(async () => {
                    const to = names[o.label] ?? o.label;
                    const cases = await book.renameValue(variable.key, o.label, to);
                    setNames({});
                    return strings.renamed(o.label, to, cases);
                  })
                }
              >
                {strings.rename}
              </Button>
              <Button
                onClick={() =>
                  act(async () => {
                    await book.removeValue(variable.key, o.label);
                    return strings.removed(o.label);
                  })
                }
              >
                {strings.remove}
              </Button>
            </td>
          </tr>
        ))}
        <tr>
          <td>
            <Input aria-label={strings.newValue} value={added} onChange={(_, d) => setAdded(d.value)} />
          </td>
          {roles.length > 0 && (
            <td>
              <RoleSelect
                label={strings.newValueRole}
                roles={roles}
                value={addedRole}
                set={async (role) => setAddedRole(role)}
              />
            </td>
          )}
          <td>
            <Button
              appearance="primary"
              onClick={() =>
                act(async () => {
                  await book.addValue(variable.key, added, addedRole);
                  setAdded('');
                  return strings.valueAdded(added.trim(), variable.name);
                })
              }
            >
              {strings.addValue}
            </Button>
          </td>
        </tr>
      </tbody>
    </table>
  );
}

interface RoleSelectProps {
  readonly label: string;
  readonly roles: readonly Role[];
  readonly value: Role | null;
  readonly set: (role: Role | null) => Promise<void>;
}

function RoleSelect({ label, roles, value, set }: RoleSelectProps) {
  return (
    <Select
      aria-label={label}
      value={value ?? ''}
      onChange={(_, d) => void set(roles.find((r) => r === d.value) ?? null)}
    >
      <option value="" />
      {roles.map((r) => (
        <option key={r} value={r}>
          {ROLE_NAMES[r]}
        </option>
      ))}
    </Select>
  );
}
