import { text, type CellValue } from '../cell';
import type { Codebook, VariableKey } from '../codebook/types';

/** One everyday typing slip put into the example: the label of this case's variable typed in lower case. */
interface Slip {
  readonly caseIndex: number;
  readonly variable: VariableKey;
}

/**
 * Slips that only change letter case: the check finds them and offers a one-click fix, and they count
 * exactly as the right label does (COUNTIFS ignores case), so the example's figures stay the same.
 * Trainers use them to show the check.
 */
export const EXAMPLE_SLIPS: readonly Slip[] = [
  { caseIndex: 2, variable: 'gender' },
  { caseIndex: 60, variable: 'drug' },
];

/** The example rows with the slips typed in; rows are in the codebook's column order. */
export function withExampleSlips(codebook: Codebook, rows: readonly (readonly CellValue[])[]): CellValue[][] {
  const copy = rows.map((row) => [...row]);
  for (const slip of EXAMPLE_SLIPS) {
    const column = codebook.variables.findIndex((v) => v.key === slip.variable);
    const row = copy[slip.caseIndex];
    const cell = row?.[column];
    if (row && cell?.kind === 'text') row[column] = text(cell.text.toLowerCase());
  }
  return copy;
}
