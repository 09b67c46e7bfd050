import { foldCase, type CellValue } from './cell';

/**
 * COUNTIFS(range, "label") as Excel and LibreOffice count it: a text cell matches when it equals the
 * label but for letter case (spaces count); a label that reads as a number ("1", "2.5") also matches
 * a number cell of that value, so a team that codes Kön as 1/2/3 is counted the same by the core and
 * by the formulas. Measured in LibreOffice: "1" matches 1 and "1", not "01" or " 1".
 */
export function labelNumber(label: string): number | null {
  return /^-?\d+(?:\.\d+)?$/.test(label) ? Number(label) : null;
}

/** The key under which a cell is counted for a list's labels: the folded label it matches, or its own folded text. */
export type LabelKeyer = (cell: CellValue) => string | null;

export function labelKeyer(labels: readonly string[]): LabelKeyer {
  const byNumber = new Map<number, string>();
  for (const label of labels) {
    const value = labelNumber(label);
    if (value !== null && !byNumber.has(value)) byNumber.set(value, foldCase(label));
  }
  const folded = new Map<string, string>();
  return (cell) => {
    if (cell.kind === 'number') return byNumber.get(cell.value) ?? null;
    if (cell.kind !== 'text') return null;
    // The same few labels stand in thousands of rows: fold each once.
    let key = folded.get(cell.text);
    if (key === undefined) {
      key = foldCase(cell.text);
      folded.set(cell.text, key);
    }
    return key;
  };
}

/** Labels that count as one under COUNTIFS (equal but for case) are one value: the first one stands. */
export function distinctLabels(labels: readonly string[]): string[] {
  const seen = new Set<string>();
  return labels.filter((label) => {
    const key = foldCase(label);
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
