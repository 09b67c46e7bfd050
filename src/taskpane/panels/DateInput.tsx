import { Input } from '@fluentui/react-components';
import { useState } from 'react';
import type { CellValue } from '../../core/cell';
import { isoFromSerial } from '../../core/dates';
import { readDateEntry } from '../../core/entries';
import { today } from '../browser';

interface Props {
  readonly value: CellValue;
  readonly set: (value: CellValue) => void;
}

/**
 * A date typed as text (2019-03-15, 20190315, 190315, 15/3-19, 15/3/2019, 15 mars 2019), read as Excel's
 * date serial; a form other than 2019-03-15 shows the date it was read as beside it.
 * Not the browser's date picker: its field order follows the browser's language (month first in an
 * English browser) and Tab walks its parts, which slows down typing from a journal. Text that is no date
 * is kept as typed, for the check to name.
 */
export function DateInput({ value, set }: Props) {
  const [typed, setTyped] = useState(() => shownDate(value));
  const [seen, setSeen] = useState(value);
  if (seen !== value) {
    // A case loaded into the form, or the form cleared: show its date; keep what is being typed otherwise.
    setSeen(value);
    if (!sameDate(parseOrText(typed), value)) setTyped(shownDate(value));
  }
  // How a short form was read (240305, 5/3-24, 5 mars 2024), shown as the date it became: in any language.
  const read = parseOrText(typed);
  const readAs = read.kind === 'number' && shownDate(read) !== typed.trim() ? shownDate(read) : null;
  return (
    <Input
      value={typed}
      placeholder="ÅÅÅÅ-MM-DD"
      inputMode="numeric"
      contentAfter={readAs === null ? undefined : <span className="date-read">= {readAs}</span>}
      onChange={(_, d) => {
        setTyped(d.value);
        set(parseOrText(d.value));
      }}
    />
  );
}

/** The one date reader of the form, import and the check (core/entries.ts). */
const parseOrText = (typed: string): CellValue => readDateEntry(typed, today());

function shownDate(value: CellValue): string {
  if (value.kind === 'number') return isoFromSerial(value.value);
  return value.kind === 'text' ? value.text : '';
}

function sameDate(a: CellValue, b: CellValue): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}
