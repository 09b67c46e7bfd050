import type { Role } from './roles';

/** Stable identity of a variable; the Swedish name is what the sheet shows. */
export type VariableKey =
  | 'caseId'
  | 'unit'
  | 'gender'
  | 'age'
  | 'children'
  | 'drug'
  | 'severity'
  | 'actualisedOn'
  | 'investigated'
  | 'investigationClosedOn'
  | 'interventionDecided'
  | 'interventionType'
  | 'completion'
  | 'closingReason'
  | 'closedOn'
  | 'situation'
  | 'reactualisation'
  | 'comment';

export type VariableGroup = 'Bakgrund' | 'Process' | 'Resultat' | null;

export type VariableType = 'id' | 'list' | 'orderedList' | 'integer' | 'date' | 'text';

/** `warnBlank`: may be blank, but a blank is counted as unknown and warned about. */
export type Requirement = 'required' | 'optional' | 'warnBlank';

export interface ValueOption {
  readonly label: string;
  readonly role: Role | null;
}

export interface Variable {
  readonly key: VariableKey;
  readonly name: string;
  readonly group: VariableGroup;
  readonly description: string;
  readonly type: VariableType;
  readonly requirement: Requirement;
  readonly values: readonly ValueOption[];
  /** Column width in the case sheet, in characters. */
  readonly width: number;
}

export interface Codebook {
  readonly variables: readonly Variable[];
}

export const TYPE_NAMES: Readonly<Record<VariableType, string>> = {
  id: 'text, unik',
  list: 'lista',
  orderedList: 'ordnad lista',
  integer: 'heltal 0–120',
  date: 'datum',
  text: 'fritext',
};

export const REQUIREMENT_NAMES: Readonly<Record<Requirement, string>> = {
  required: 'ja',
  optional: 'nej',
  warnBlank: 'nej (tom räknas som okänd)',
};
