import {
  type NumberBounds,
  type Requirement,
  type Variable,
  type VariableType,
  REQUIREMENT_NAMES,
} from './types';

const TYPES: readonly VariableType[] = ['id', 'list', 'orderedList', 'integer', 'number', 'date', 'text'];

/** How each type is written in Kodbok (and shown by the Swedish pane). */
export const TYPE_NAMES: Readonly<Record<VariableType, string>> = {
  id: 'text, unik',
  list: 'lista',
  orderedList: 'ordnad lista',
  integer: 'heltal',
  number: 'tal',
  date: 'datum',
  text: 'fritext',
};

/** How a variable's type is written in the Typ column of Kodbok, e.g. "heltal 0–120". */
export function typeName(variable: Pick<Variable, 'type' | 'bounds'>): string {
  const base = TYPE_NAMES[variable.type];
  const bounds = variable.bounds;
  if (!bounds || (bounds.min === null && bounds.max === null)) return base;
  return `${base} ${bounds.min ?? ''}–${bounds.max ?? ''}`;
}

/** Reads the Typ column back: "lista", "heltal 0–120", "tal 1-10", "datum"…; null when it is none of them. */
export function parseTypeName(raw: string): { type: VariableType; bounds?: NumberBounds } | null {
  const textValue = raw.trim().toLowerCase().replace(/\s+/g, ' ');
  const plain = TYPES.find((type) => TYPE_NAMES[type] === textValue);
  if (plain) return { type: plain };
  const numeric = /^(heltal|tal)(?: (-?\d+(?:[.,]\d+)?)? ?[-–] ?(-?\d+(?:[.,]\d+)?)?)?$/.exec(textValue);
  if (!numeric) return null;
  const type: VariableType = numeric[1] === 'heltal' ? 'integer' : 'number';
  const bound = (s: string | undefined) => (s === undefined ? null : Number(s.replace(',', '.')));
  const bounds = { min: bound(numeric[2]), max: bound(numeric[3]) };
  return bounds.min === null && bounds.max === null ? { type } : { type, bounds };
}

const REQUIREMENTS: readonly Requirement[] = ['required', 'optional', 'warnBlank'];

/** Reads the Obligatorisk column back: "ja", "nej", "nej (tom räknas som okänd)"; null when unreadable. */
export function parseRequirement(raw: string): Requirement | null {
  const wanted = raw.trim().toLowerCase().replace(/\s+/g, ' ');
  return REQUIREMENTS.find((r) => REQUIREMENT_NAMES[r] === wanted) ?? null;
}
