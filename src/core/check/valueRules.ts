import { describeCell, isBlank, num, text, type CellValue } from '../cell';
import type { Variable } from '../codebook/types';
import { isoFromSerial, isPlausibleSerial, parseTextDate } from '../dates';
import { error, warning, type Finding } from './problem';
import { suggestLabel } from './suggest';

export interface CheckContext {
  /** Today as a date serial: dates after it are errors. */
  readonly today: number;
}

/** What is wrong with one cell of one variable, judged alone. */
export function checkValue(variable: Variable, cell: CellValue, context: CheckContext): Finding[] {
  if (isBlank(cell)) return blankFindings(variable);
  if (cell.kind === 'error') return [errorValue(variable, cell.code)];
  switch (variable.type) {
    case 'list':
    case 'orderedList':
      return listFindings(variable, cell);
    case 'date':
      return dateFindings(variable, cell, context);
    case 'integer':
      return ageFindings(variable, cell);
    case 'text':
      return variable.key === 'comment'
        ? [
            warning(
              'comment-filled',
              'Kontrollera att kommentaren inte innehåller något som kan identifiera klienten.',
            ),
          ]
        : [];
    case 'id':
      return [];
  }
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
    variable.type === 'date' ? 'invalid-date' : variable.type === 'integer' ? 'invalid-age' : 'unknown-value';
  return error(codeFor, `Cellen innehåller felvärdet ${code} i stället för ${variable.name.toLowerCase()}.`);
}

function listFindings(variable: Variable, cell: CellValue): Finding[] {
  const typed = cell.kind === 'text' ? cell.text : describeCell(cell);
  const exact = variable.values.find((v) => v.label === typed);
  if (exact) return [];
  const sameButCase = variable.values.find(
    (v) => cell.kind === 'text' && v.label.toLowerCase() === typed.toLowerCase(),
  );
  if (sameButCase) {
    return [
      warning(
        'unknown-value',
        `"${typed}" skrivs "${sameButCase.label}" i kodboken. Det räknas rätt, men rätta gärna stavningen.`,
        text(sameButCase.label),
      ),
    ];
  }
  const meant = cell.kind === 'text' ? suggestLabel(typed, variable.values) : null;
  const hint = meant ? ` Menade du "${meant}"?` : ` Välj ett av värdena i kodboken.`;
  return [
    error(
      'unknown-value',
      `${describeCell(cell)} finns inte i kodboken för ${variable.name} och räknas inte.${hint}`,
      meant ? text(meant) : undefined,
    ),
  ];
}

function dateFindings(variable: Variable, cell: CellValue, context: CheckContext): Finding[] {
  if (cell.kind === 'text') {
    const parsed = parseTextDate(cell.text);
    if (parsed !== null && isPlausibleSerial(parsed)) {
      return [
        error(
          'invalid-date',
          `${variable.name} är skrivet som text ("${cell.text}") och räknas inte som datum. Rätta till ${isoFromSerial(parsed)}.`,
          num(parsed),
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

function ageFindings(variable: Variable, cell: CellValue): Finding[] {
  if (cell.kind === 'text') {
    const trimmed = cell.text.trim();
    const value = /^\d{1,3}$/.test(trimmed) ? Number(trimmed) : null;
    if (value !== null && value <= 120) {
      return [
        error(
          'invalid-age',
          `Åldern är skriven som text ("${cell.text}") och räknas inte. Rätta till ${value}.`,
          num(value),
        ),
      ];
    }
  }
  if (cell.kind === 'number' && Number.isInteger(cell.value) && cell.value >= 0 && cell.value <= 120)
    return [];
  return [
    error(
      'invalid-age',
      `${describeCell(cell)} är ingen ålder: ${variable.name} ska vara ett heltal från 0 till 120.`,
    ),
  ];
}
