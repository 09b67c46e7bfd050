import type { A1 } from '../address';
import type { CellValue } from '../cell';
import type { VariableKey } from '../codebook/types';

export type ProblemCode =
  | 'missing-value'
  | 'unknown-value'
  | 'invalid-date'
  | 'future-date'
  | 'invalid-age'
  | 'duplicate-id'
  | 'personal-number'
  | 'merged-cells'
  | 'date-order'
  | 'completion-without-intervention'
  | 'closed-but-ongoing'
  | 'dropout-blank'
  | 'comment-filled'
  | 'padded-text'
  | 'invalid-number'
  | 'codebook-name'
  | 'codebook-type'
  | 'codebook-role'
  | 'codebook-label'
  | 'codebook-list'
  | 'invalid-setting'
  | 'formula-too-long'
  | 'cell-too-long'
  | 'codebook-missing'
  | 'formula-not-calculated';

export type Severity = 'error' | 'warning';

/** One problem in one cell. `fix` is the value clearly meant, when there is exactly one. */
export interface Problem {
  readonly severity: Severity;
  readonly code: ProblemCode;
  readonly sheet: string;
  readonly cell: A1;
  readonly message: string;
  readonly fix?: CellValue;
  /** For a value not in a list whose values are the team's: the label the user may add to Kodbok instead. */
  readonly addToCodebook?: CodebookAddition;
}

export interface CodebookAddition {
  readonly variable: VariableKey;
  readonly label: string;
}

/** A problem before it knows where it stands; the check adds sheet and cell. */
export interface Finding {
  readonly severity: Severity;
  readonly code: ProblemCode;
  readonly message: string;
  readonly fix?: CellValue;
  readonly addToCodebook?: CodebookAddition;
}

export const error = (code: ProblemCode, message: string, fix?: CellValue): Finding =>
  fix ? { severity: 'error', code, message, fix } : { severity: 'error', code, message };

export const warning = (code: ProblemCode, message: string, fix?: CellValue): Finding =>
  fix ? { severity: 'warning', code, message, fix } : { severity: 'warning', code, message };
