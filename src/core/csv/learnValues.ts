import { foldCase, type CellValue } from '../cell';
import { suggestLabel } from '../check/suggest';
import { normaliseName } from '../codebook/defaultCodebook';
import { isListVariable, type Codebook, type Variable } from '../codebook/types';
import { labelKeyer } from '../labels';
import { LIST_ROWS } from '../layout/kodbokLayout';

export interface LearnedValues {
  readonly variable: Variable;
  readonly labels: readonly string[];
}

/**
 * The values a case list uses that the codebook's grouping lists lack (units, drugs, interventions, the
 * team's own lists): a team's third unit belongs in its Kodbok, not in an error per row. A value that is
 * clearly a slip of a label (case, spacing, an abbreviation) is not learned: the check fixes it. Lists
 * whose values carry roles never learn, since a role decides the figures and is not to be guessed.
 */
export function learnValues(
  codebook: Codebook,
  rows: readonly (readonly CellValue[])[],
): { codebook: Codebook; learned: LearnedValues[] } {
  const learned: LearnedValues[] = [];
  const variables = codebook.variables.map((variable, column) => {
    if (!variable.learnsValues || !isListVariable(variable)) return variable;
    const labels = newLabels(
      variable,
      rows.map((row) => row[column] ?? { kind: 'empty' }),
    );
    if (labels.length === 0) return variable;
    learned.push({ variable, labels });
    return { ...variable, values: [...variable.values, ...labels.map((label) => ({ label, role: null }))] };
  });
  return { codebook: { variables }, learned };
}

function newLabels(variable: Variable, cells: readonly CellValue[]): string[] {
  const keyOf = labelKeyer(variable.values.map((v) => v.label));
  const known = new Set(variable.values.map((v) => foldCase(v.label)));
  const added = new Map<string, string>();
  for (const cell of cells) {
    if (cell.kind !== 'text' || cell.text.trim() === '') continue;
    if (known.has(keyOf(cell) ?? '')) continue;
    const label = cell.text.trim().replace(/\s+/g, ' ');
    if (added.has(normaliseName(label)) || suggestLabel(label, variable.values) !== null) continue;
    if (variable.values.length + added.size >= LIST_ROWS) break;
    added.set(normaliseName(label), label);
  }
  return [...added.values()];
}

/** "Lade till 1 värde i kodboken för Enhet: Beroendemottagningen." */
export function learnedMessage({ variable, labels }: LearnedValues): string {
  const count = labels.length === 1 ? '1 värde' : `${labels.length} värden`;
  return `Lade till ${count} i kodboken för ${variable.name}: ${labels.join(', ')}.`;
}
