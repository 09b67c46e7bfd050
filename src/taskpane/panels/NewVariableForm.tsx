import { Button, Field, Input, Select, Textarea } from '@fluentui/react-components';
import { useState } from 'react';
import type { NewVariable } from '../../app/codebookActions';
import type { Requirement, VariableGroup, VariableType } from '../../core/codebook/types';
import type { Strings } from '../strings';

interface Props {
  readonly strings: Strings;
  readonly onAdd: (definition: NewVariable) => Promise<void>;
}

const TYPES: readonly VariableType[] = ['list', 'orderedList', 'integer', 'number', 'date', 'text'];
const GROUPS: readonly Exclude<VariableGroup, null>[] = ['Bakgrund', 'Process', 'Resultat'];
const REQUIREMENTS: readonly Requirement[] = ['optional', 'required', 'warnBlank'];

const bound = (raw: string) => (raw.trim() === '' ? null : Number(raw.replace(',', '.')));

/** A variable of the team's own: a list (one value per line), a number with bounds, a date or a text. */
export function NewVariableForm({ strings, onAdd }: Props) {
  const [name, setName] = useState('');
  const [type, setType] = useState<VariableType>('list');
  const [group, setGroup] = useState<VariableGroup>('Bakgrund');
  const [requirement, setRequirement] = useState<Requirement>('optional');
  const [values, setValues] = useState('');
  const [min, setMin] = useState('');
  const [max, setMax] = useState('');
  const isList = type === 'list' || type === 'orderedList';
  const isNumber = type === 'integer' || type === 'number';
  const submit = async () => {
    const labels = isList
      ? values
          .split('\n')
          .map((l) => l.trim())
          .filter((l) => l !== '')
      : [];
    await onAdd({
      name,
      group,
      description: '',
      type,
      requirement,
      values: labels.map((label) => ({ label, role: null })),
      ...(isNumber ? { bounds: { min: bound(min), max: bound(max) } } : {}),
    });
    setName('');
    setValues('');
  };
  return (
    <form
      aria-label={strings.addVariable}
      className="panel"
      onSubmit={(event) => {
        event.preventDefault();
        void submit();
      }}
    >
      <h2 className="subheading">{strings.addVariable}</h2>
      <Field label={strings.codebookName}>
        <Input value={name} onChange={(_, d) => setName(d.value)} />
      </Field>
      <Field label={strings.codebookType}>
        <Select value={type} onChange={(_, d) => setType(TYPES.find((t) => t === d.value) ?? 'list')}>
          {TYPES.map((t) => (
            <option key={t} value={t}>
              {strings.typeNames[t]}
            </option>
          ))}
        </Select>
      </Field>
      <Field label={strings.codebookGroup}>
        <Select value={group ?? ''} onChange={(_, d) => setGroup(GROUPS.find((g) => g === d.value) ?? null)}>
          {GROUPS.map((g) => (
            <option key={g}>{g}</option>
          ))}
          <option value="">–</option>
        </Select>
      </Field>
      <Field label={strings.codebookRequired}>
        <Select
          value={requirement}
          onChange={(_, d) => setRequirement(REQUIREMENTS.find((r) => r === d.value) ?? 'optional')}
        >
          {REQUIREMENTS.map((r) => (
            <option key={r} value={r}>
              {strings.requirementNames[r]}
            </option>
          ))}
        </Select>
      </Field>
      {isList && (
        <Field label={strings.codebookValuesOnePerLine}>
          <Textarea value={values} onChange={(_, d) => setValues(d.value)} />
        </Field>
      )}
      {isNumber && (
        <div className="buttons">
          <Field label={strings.lowest}>
            <Input type="number" value={min} onChange={(_, d) => setMin(d.value)} />
          </Field>
          <Field label={strings.highest}>
            <Input type="number" value={max} onChange={(_, d) => setMax(d.value)} />
          </Field>
        </div>
      )}
      <Button type="submit">{strings.addVariable}</Button>
    </form>
  );
}
