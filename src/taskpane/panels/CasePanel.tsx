import { Button, Field, Input, MessageBar, MessageBarBody, Select } from '@fluentui/react-components';
import { useCallback, useEffect, useRef, useState } from 'react';
import type { CaseValues } from '../../app/caseRows';
import type { FollowUpActions } from '../../app/followUpActions';
import { errorMessages } from '../../app/saveOutcome';
import { cellText, EMPTY, num, text, type CellValue } from '../../core/cell';
import type { Finding } from '../../core/table/problem';
import type { Codebook, Variable, VariableKey } from '../../core/codebook/types';
import { ActionStatus } from '../ActionStatus';
import type { Strings } from '../strings';
import { useAction } from '../useAction';
import { DateInput } from './DateInput';
import { SavedState, type SavedCase } from './SavedState';
import { useRemoval } from './useRemoval';
import { Confirmation } from '../Confirmation';

interface Props {
  readonly actions: FollowUpActions;
  readonly strings: Strings;
  /** A case to open for editing (picked in the case list); null for a new case. */
  readonly editRow?: number | null;
  /** In Excel the case to edit is the one selected in the sheet; the web page picks it in its case list. */
  readonly editsSelection?: boolean;
  /** The field to focus when the case opens (from a problem in the check); the first field otherwise. */
  readonly focusField?: VariableKey | null;
}

/** Registrera ärende: a form built from the codebook, checked before it writes; "Spara och nästa" clears it. */
export function CasePanel({
  actions,
  strings,
  editRow = null,
  editsSelection = true,
  focusField = null,
}: Props) {
  const [values, setValues] = useState<CaseValues>({});
  const [rowIndex, setRowIndex] = useState<number | null>(null);
  // The Excel row of the case being edited, as the workbook places its table: the banner names it.
  const [editedRow, setEditedRow] = useState<number | null>(null);
  const [findings, setFindings] = useState<ReadonlyMap<VariableKey, readonly Finding[]>>(new Map());
  // The form is the workbook's own codebook: its units, its values, its variables.
  const [codebook, setCodebook] = useState<Codebook | null>(null);
  const [state, run] = useAction(strings.language);
  // The case last saved, with its warnings: shown at the top and beside the buttons, not under the next case.
  const [lastSaved, setLastSaved] = useState<SavedCase | null>(null);
  const first = useRef<HTMLInputElement>(null);
  const form = useRef<HTMLFormElement>(null);
  const removal = useRemoval(actions, strings, run, async () => undefined);
  const open = useCallback(
    async (index: number) => {
      const opened = await actions.openCase(index);
      setCodebook(opened.codebook);
      setValues(opened.values);
      setRowIndex(index);
      setEditedRow(opened.excelRow);
      setFindings(new Map());
      // The banner at the top of the form says which case is being edited.
      return '';
    },
    [actions],
  );
  useEffect(() => {
    void run(async () => {
      // A case to edit brings its codebook along: one reading, not two.
      if (editRow !== null) return open(editRow);
      setCodebook(await actions.formCodebook());
      return '';
    }).then(() =>
      // After the form has drawn its fields: the one a problem is about, so a slip is fixed where the
      // cursor already stands; the first field otherwise.
      setTimeout(() => {
        const field =
          focusField &&
          form.current?.querySelector<HTMLElement>(`[data-variable="${focusField}"] :is(input, select)`);
        (field ?? first.current)?.focus();
      }, 0),
    );
  }, [actions, editRow, focusField, open, run]);

  const save = (next: boolean) =>
    run(async () => {
      const outcome = await actions.saveCase(values, rowIndex);
      setFindings(outcome.findings);
      if (!outcome.saved) {
        // Keyboard first: the focus goes to the first field in error, in the form's order.
        const wrong = codebook?.variables.find((v) =>
          outcome.findings.get(v.key)?.some((f) => f.severity === 'error'),
        );
        form.current
          ?.querySelector<HTMLElement>(`[data-variable="${wrong?.key ?? ''}"] :is(input, select)`)
          ?.focus();
        return { problems: errorMessages(outcome) };
      }
      const idVariable = codebook?.variables.find((v) => v.type === 'id');
      const saved: SavedCase = {
        id: idVariable ? cellText(values[idVariable.key] ?? EMPTY) : '',
        warnings: [...outcome.findings.values()]
          .flat()
          .filter((f) => f.severity === 'warning')
          .map((f) => f.message),
      };
      setLastSaved(saved);
      if (next) {
        setValues({});
        setRowIndex(null);
        // The warnings belong to the case just saved: they go with it, not under the next one's empty fields.
        setFindings(new Map());
        first.current?.focus();
      }
      return strings.savedCase(saved.id);
    });
  // Enter saves from every field; a drop-down does not submit its form by itself.
  const enterOnSelect = (event: React.KeyboardEvent<HTMLFormElement>) => {
    if (event.key !== 'Enter' || !(event.target instanceof HTMLSelectElement)) return;
    event.preventDefault();
    event.currentTarget.requestSubmit();
  };

  return (
    <form
      ref={form}
      aria-label={strings.tabCase}
      className="panel"
      // The check, not the browser, judges the fields: its messages are Swedish and name the rule.
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        void save(true);
      }}
      onKeyDown={enterOnSelect}
    >
      {rowIndex !== null && editedRow !== null && (
        <MessageBar intent="info">
          <MessageBarBody>{strings.editing(editedRow)}</MessageBarBody>
        </MessageBar>
      )}
      <SavedState saved={lastSaved} strings={strings} live />
      {editsSelection && (
        <Button
          onClick={() =>
            void run(async () => {
              const index = await actions.selectedCaseRow();
              if (index === null) return { problems: strings.selectCaseFirst };
              return open(index);
            })
          }
        >
          {strings.editSelected}
        </Button>
      )}
      {codebook?.variables.map((v, i) => (
        <Field
          key={v.key}
          data-variable={v.key}
          label={v.name}
          required={v.requirement === 'required'}
          validationMessage={findings
            .get(v.key)
            ?.map((f) => f.message)
            .join(' ')}
          validationState={findings.get(v.key)?.some((f) => f.severity === 'error') ? 'error' : 'none'}
        >
          {control(
            v,
            values[v.key] ?? EMPTY,
            (value) => setValues({ ...values, [v.key]: value }),
            i === 0 ? first : undefined,
          )}
        </Field>
      ))}
      <div className="buttons">
        {/* The form's submit button: Enter in any field saves and starts the next case. */}
        <Button appearance="primary" type="submit">
          {strings.saveNext}
        </Button>
        <Button onClick={() => void save(false)}>{strings.save}</Button>
        <Button
          onClick={() => {
            setValues({});
            setRowIndex(null);
            setFindings(new Map());
          }}
        >
          {strings.newCase}
        </Button>
        {rowIndex !== null && (
          <Button
            onClick={() =>
              void removal.remove(rowIndex, () => {
                setValues({});
                setRowIndex(null);
                setFindings(new Map());
              })
            }
          >
            {strings.removeThisCase}
          </Button>
        )}
        <SavedState saved={lastSaved} strings={strings} live={false} />
      </div>
      <Confirmation asking={removal.asking} strings={strings} />
      {removal.undoButton}
      <ActionStatus state={state} strings={strings} />
    </form>
  );
}

const SHRINKS: React.CSSProperties = { minWidth: 0, maxWidth: '100%' };

function control(
  v: Variable,
  value: CellValue,
  set: (value: CellValue) => void,
  ref?: React.Ref<HTMLInputElement>,
) {
  const shown = cellText(value, { trim: false });
  switch (v.type) {
    case 'list':
    case 'orderedList':
      return (
        // A select is as wide as its longest label unless told it may shrink: at 320 px a long label
        // ("Negativ (via anmälan, t.ex. LOB/LVM)") would push the form sideways.
        <Select
          value={shown}
          onChange={(_, d) => set(d.value === '' ? EMPTY : text(d.value))}
          style={SHRINKS}
          select={{ style: SHRINKS }}
        >
          <option value="" />
          {v.values.map((o) => (
            <option key={o.label}>{o.label}</option>
          ))}
          {/* A value the codebook lacks stays what it is until the user picks another: never silently replaced. */}
          {shown !== '' && !v.values.some((o) => o.label === shown) && <option value={shown}>{shown}</option>}
        </Select>
      );
    case 'integer':
    case 'number':
      return (
        <Input
          type="number"
          step={v.type === 'integer' ? 1 : 'any'}
          min={v.bounds?.min ?? undefined}
          max={v.bounds?.max ?? undefined}
          value={shown}
          onChange={(_, d) => set(d.value === '' ? EMPTY : num(Number(d.value)))}
        />
      );
    case 'date':
      return <DateInput value={value} set={set} />;
    case 'id':
    case 'text':
      return (
        <Input ref={ref} value={shown} onChange={(_, d) => set(d.value === '' ? EMPTY : text(d.value))} />
      );
  }
}
