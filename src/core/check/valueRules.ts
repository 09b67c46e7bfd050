import { describeCell, EMPTY, isBlank, num, text, type CellValue } from '../cell';
import { ROLE_RULES } from '../codebook/roles';
import { isTeamKey, type Variable } from '../codebook/types';
import { labelKeyer } from '../labels';
import { isoFromSerial, isPlausibleSerial } from '../dates';
import { readDateEntry, readNumberEntry } from '../entries';
import { error, warning, type Finding } from '../table/problem';
import { suggestLabel } from './suggest';

export interface CheckContext {
  /** Today as a date serial: dates after it are errors. */
  readonly today: number;
}

/** What is wrong with one cell of one variable, judged alone. */
export function checkValue(variable: Variable, cell: CellValue, context: CheckContext): Finding[] {
  if (isBlank(cell)) return blankFindings(variable);
  if (cell.kind === 'text' && cell.text.length > EXCEL_CELL_CHARACTERS) return [tooLong(variable, cell.text)];
  if (cell.kind === 'error') return [errorValue(variable, cell.code)];
  switch (variable.type) {
    case 'list':
    case 'orderedList':
      return listFindings(variable, cell);
    case 'date':
      return dateFindings(variable, cell, context);
    case 'integer':
    case 'number':
      return numberFindings(variable, cell);
    case 'text':
    case 'id': {
      const padded = paddedText(variable, cell);
      // A comment of only spaces identifies no one: it is padding to clear, nothing to read.
      if (padded?.fix?.kind === 'empty') return [padded];
      const comment =
        variable.key === 'comment'
          ? [
              warning(
                'comment-filled',
                'Kontrollera att kommentaren inte innehåller något som kan identifiera klienten.',
              ),
            ]
          : [];
      return [...(padded ? [padded] : []), ...comment];
    }
  }
}

/** The most characters an Excel cell holds: a longer text is cut or refused when Excel opens the file. */
export const EXCEL_CELL_CHARACTERS = 32_767;

const tooLong = (variable: Variable, value: string): Finding =>
  error(
    'cell-too-long',
    `${variable.name} är ${value.length.toLocaleString('sv-SE')} tecken lång; en cell i Excel rymmer ${EXCEL_CELL_CHARACTERS.toLocaleString('sv-SE')}. Korta texten.`,
  );

/** Spaces before or after a text (as a CSV often brings them), with the trimmed text as the fix. */
function paddedText(variable: Variable, cell: CellValue): Finding | null {
  if (cell.kind !== 'text' || cell.text === cell.text.trim()) return null;
  const trimmed = cell.text.trim();
  return trimmed === ''
    ? warning('padded-text', `${variable.name} innehåller bara mellanslag.`, EMPTY)
    : warning('padded-text', `${variable.name} har mellanslag före eller efter texten.`, text(trimmed));
}

function blankFindings(variable: Variable): Finding[] {
  switch (variable.requirement) {
    case 'required':
      return [error('missing-value', `${variable.name} saknas men är obligatorisk.`)];
    case 'warnBlank':
      return [
        warning(
          'dropout-blank',
          variable.key === 'situation'
            ? 'Situation efter avslut är tom och räknas som bortfall. Fyll i, eller välj Okänd om den inte går att ta reda på.'
            : `${variable.name} är tom och räknas som okänd. Fyll i, eller välj Okänd.`,
        ),
      ];
    case 'optional':
      return [];
  }
}

function errorValue(variable: Variable, code: string): Finding {
  const codeFor =
    variable.type === 'date'
      ? 'invalid-date'
      : variable.type === 'integer' || variable.type === 'number'
        ? numberCode(variable)
        : 'unknown-value';
  return error(codeFor, `Cellen innehåller felvärdet ${code} i stället för ${variable.name.toLowerCase()}.`);
}

function listFindings(variable: Variable, cell: CellValue): Finding[] {
  const typed = cell.kind === 'text' ? cell.text : describeCell(cell);
  if (variable.values.some((v) => v.label === typed)) return [];
  // A number counted by a label that reads as that number (Kön coded 1/2/3) counts as the person meant.
  const key = labelKeyer(variable.values.map((v) => v.label))(cell);
  const counted = variable.values.find((v) => v.label.toLowerCase() === key);
  if (counted && cell.kind === 'number') return [];
  if (counted) {
    return [
      warning(
        'unknown-value',
        `"${typed}" skrivs "${counted.label}" i kodboken. Det räknas rätt, men rätta gärna stavningen.`,
        text(counted.label),
      ),
    ];
  }
  const meant = cell.kind === 'text' ? suggestLabel(typed, variable.values) : null;
  const learnable = !isTeamKey(variable.key) && ROLE_RULES[variable.key] ? false : cell.kind === 'text';
  const hint = meant
    ? ` Menade du "${meant}"?`
    : learnable
      ? ` Välj ett av värdena i kodboken, eller lägg till "${typed.trim()}" i kodboken om det är ett nytt värde.`
      : ` Välj ett av värdena i kodboken.`;
  const finding = error(
    'unknown-value',
    `${describeCell(cell)} finns inte i kodboken för ${variable.name} och räknas inte.${hint}`,
    meant ? text(meant) : undefined,
  );
  return [
    learnable && !meant
      ? { ...finding, addToCodebook: { variable: variable.key, label: typed.trim() } }
      : finding,
  ];
}

function dateFindings(variable: Variable, cell: CellValue, context: CheckContext): Finding[] {
  if (cell.kind === 'text') {
    const read = readDateEntry(cell.text, context.today);
    if (read.kind === 'number' && isPlausibleSerial(read.value)) {
      return [
        error(
          'invalid-date',
          `${variable.name} är skrivet som text ("${cell.text}") och räknas inte som datum. Rätta till ${isoFromSerial(read.value)}.`,
          read,
        ),
      ];
    }
    return [error('invalid-date', `"${cell.text}" är inget datum. Skriv t.ex. 2019-03-05.`)];
  }
  if (cell.kind !== 'number' || !isPlausibleSerial(cell.value)) {
    return [
      error('invalid-date', `${describeCell(cell)} är inget rimligt datum i ${variable.name.toLowerCase()}.`),
    ];
  }
  if (cell.value > context.today) {
    return [error('future-date', `${variable.name} ${isoFromSerial(cell.value)} ligger i framtiden.`)];
  }
  return [];
}

const numberCode = (variable: Variable) => (variable.key === 'age' ? 'invalid-age' : 'invalid-number');

/** A whole number or a number, within the variable's own bounds. */
function numberFindings(variable: Variable, cell: CellValue): Finding[] {
  const whole = variable.type === 'integer';
  const { min = null, max = null } = variable.bounds ?? {};
  const fits = (value: number) =>
    Number.isFinite(value) &&
    (!whole || Number.isInteger(value)) &&
    (min === null || value >= min) &&
    (max === null || value <= max);
  const rule = `${whole ? 'ett heltal' : 'ett tal'}${boundsText(min, max)}`;
  if (cell.kind === 'number' && fits(cell.value)) return [];
  if (cell.kind === 'text') {
    const read = readNumberEntry(cell.text);
    const value = read.kind === 'number' ? read.value : null;
    if (value !== null && fits(value)) {
      return [
        error(
          numberCode(variable),
          `${variable.name} är skrivet som text ("${cell.text}") och räknas inte som tal. Rätta till ${value}.`,
          num(value),
        ),
      ];
    }
  }
  return [error(numberCode(variable), `${describeCell(cell)} går inte: ${variable.name} ska vara ${rule}.`)];
}

function boundsText(min: number | null, max: number | null): string {
  if (min !== null && max !== null) return ` från ${min} till ${max}`;
  if (min !== null) return ` från ${min} och uppåt`;
  return max !== null ? ` högst ${max}` : '';
}
