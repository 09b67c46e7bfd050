import { error, type Finding } from '../check/problem';

/**
 * Excel's limits and the formulas' needs for what Kodbok holds. A variable's name becomes a table column
 * and a structured reference; a label becomes a string literal inside formulas (at most 255 characters).
 */
export const MAX_LABEL_LENGTH = 255;
export const MAX_NAME_LENGTH = 100;

export function checkVariableName(name: string): Finding | null {
  if (name.length > MAX_NAME_LENGTH) {
    return error('codebook-name', `Variabelnamnet är ${name.length} tecken; högst ${MAX_NAME_LENGTH} går.`);
  }
  // LibreOffice cannot read an escaped apostrophe in a structured reference, so the formulas could not name it.
  if (/['[\]#]/.test(name)) {
    return error('codebook-name', `Variabelnamnet "${name}" får inte innehålla ' [ ] eller #: byt namn.`);
  }
  return null;
}

/** A label with spaces at its ends, one too long for a formula, or one that counts as an earlier one. */
export function checkLabel(label: string, variable: string, earlierRow: number | undefined): Finding | null {
  if (earlierRow !== undefined) {
    return error(
      'codebook-label',
      `"${label}" i ${variable} räknas som samma värde som raden ${earlierRow} (skillnaden är bara stora/små bokstäver eller mellanslag). Ta bort den ena.`,
    );
  }
  if (label !== label.trim()) {
    return error(
      'codebook-label',
      `"${label}" i ${variable} har mellanslag först eller sist; ett ärende med värdet utan mellanslag räknas inte. Ta bort mellanslagen.`,
    );
  }
  if (label.length > MAX_LABEL_LENGTH) {
    return error(
      'codebook-label',
      `Värdet i ${variable} är ${label.length} tecken; en formel rymmer högst ${MAX_LABEL_LENGTH}. Korta det.`,
    );
  }
  return null;
}
