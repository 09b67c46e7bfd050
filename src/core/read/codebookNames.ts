import { text } from '../cell';
import { error, type Finding } from '../table/problem';
import type { Refusal } from '../errors';
import { refuse } from '../refusals';
import { labelReading } from './labelReading';

/**
 * Excel's limits and the formulas' needs for what Kodbok holds. A variable's name becomes a table column
 * and a structured reference; a label becomes a string literal inside formulas (at most 255 characters).
 * One rule, two forms: a problem the check lists in Kodbok, or a refusal of the Kodbok tab.
 */
export const MAX_LABEL_LENGTH = 255;
export const MAX_NAME_LENGTH = 100;

/** The refusal for an unusable variable name, or null; `message` of it is the check's Swedish text. */
export function variableNameRefusal(name: string): Refusal | null {
  if (name.length > MAX_NAME_LENGTH) return refuse.nameTooLong({ length: name.length, max: MAX_NAME_LENGTH });
  // LibreOffice cannot read an escaped apostrophe in a structured reference, so the formulas could not name it.
  if (/['[\]#]/.test(name)) return refuse.nameCharacters({ name });
  return null;
}

/**
 * A label with spaces at its ends, one too long for a formula, or one the formulas would read as a
 * boolean, number or date rather than text; null when it is usable.
 */
export function labelRefusal(label: string, variable: string): Refusal | null {
  if (label !== label.trim()) return refuse.labelSpaces({ label, variable });
  if (label.length > MAX_LABEL_LENGTH) {
    return refuse.labelTooLong({ variable, length: label.length, max: MAX_LABEL_LENGTH });
  }
  const reading = labelReading(label);
  if (reading) return refuse.labelNotText({ label, variable, ...reading });
  return null;
}

export function checkVariableName(name: string): Finding | null {
  const refusal = variableNameRefusal(name);
  return refusal ? error('codebook-name', refusal.message) : null;
}

/** As labelRefusal, and a label that counts as the one on an earlier row. */
export function checkLabel(label: string, variable: string, earlierRow: number | undefined): Finding | null {
  if (earlierRow !== undefined) {
    return error(
      'codebook-label',
      `"${label}" i ${variable} räknas som samma värde som raden ${earlierRow} (skillnaden är bara stora/små bokstäver eller mellanslag). Ta bort den ena.`,
    );
  }
  const refusal = labelRefusal(label, variable);
  // A label the formulas read as a number or date has a fix: the same meaning written as text.
  const reading = labelReading(label);
  return refusal
    ? error('codebook-label', refusal.message, reading ? text(reading.instead) : undefined)
    : null;
}
