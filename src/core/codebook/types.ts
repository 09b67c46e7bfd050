import { CoreUsageError } from '../errors';

/**
 * What a value *means* to the figures and the rules. Labels are the team's to rename; roles are fixed,
 * so a renamed or added label still counts the same way.
 */
export type Role =
  | 'positive'
  | 'unchanged'
  | 'worse'
  | 'unknown'
  | 'none'
  | 'negative'
  | 'completed'
  | 'interrupted'
  | 'ongoing'
  | 'notStarted'
  | 'level1'
  | 'level2'
  | 'level3'
  | 'yes'
  | 'no';

/** The variables the figures give a meaning to; their Swedish names are fixed in every follow-up. */
export type BuiltInKey =
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

/** A variable a team added in its Kodbok: its key is made from its name (teamKey). */
export type TeamKey = `team:${string}`;

/** Stable identity of a variable; the Swedish name is what the sheet shows. */
export type VariableKey = BuiltInKey | TeamKey;

export type VariableGroup = 'Bakgrund' | 'Process' | 'Resultat' | null;

/** `integer` and `number` carry their own bounds; age is an integer from 0 to 120. */
export type VariableType = 'id' | 'list' | 'orderedList' | 'integer' | 'number' | 'date' | 'text';

/** `warnBlank`: may be blank, but a blank is counted as unknown and warned about. */
export type Requirement = 'required' | 'optional' | 'warnBlank';

export interface ValueOption {
  readonly label: string;
  readonly role: Role | null;
}

export interface NumberBounds {
  readonly min: number | null;
  readonly max: number | null;
}

export interface Variable {
  readonly key: VariableKey;
  readonly name: string;
  readonly group: VariableGroup;
  readonly description: string;
  readonly type: VariableType;
  readonly requirement: Requirement;
  readonly values: readonly ValueOption[];
  /** For `integer` and `number`: the allowed range (inclusive); null ends are open. */
  readonly bounds?: NumberBounds;
  /**
   * A grouping list whose values are the team's own (units, drugs, interventions, the team's lists):
   * CSV import adds values the data uses and the codebook lacks. Lists whose values carry roles never learn.
   */
  readonly learnsValues?: boolean;
  /** Column width in the case sheet, in characters. */
  readonly width: number;
}

export interface Codebook {
  readonly variables: readonly Variable[];
}

export function teamKey(name: string): TeamKey {
  return `team:${name.trim().replace(/\s+/g, ' ').toLowerCase()}`;
}

export const isTeamKey = (key: VariableKey): key is TeamKey => key.startsWith('team:');

export const isListVariable = (v: Variable): boolean => v.type === 'list' || v.type === 'orderedList';

export const REQUIREMENT_NAMES: Readonly<Record<Requirement, string>> = {
  required: 'ja',
  optional: 'nej',
  warnBlank: 'nej (tom räknas som okänd)',
};

/** A variable of the codebook by its key; misuse (a key the codebook lacks) throws. */
export function variableOf(codebook: Codebook, key: VariableKey): Variable {
  const variable = findVariable(codebook, key);
  if (!variable) throw new CoreUsageError(`Codebook has no variable ${key}`);
  return variable;
}

export function findVariable(codebook: Codebook, key: VariableKey): Variable | undefined {
  return codebook.variables.find((v) => v.key === key);
}
