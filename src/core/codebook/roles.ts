/**
 * What a value *means* to the figures. Labels are the team's to rename; roles are fixed, so a renamed
 * or added label still counts the same way.
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
  | 'level3';

/** How a role is written in the `Roll` column of the Kodbok sheet. */
export const ROLE_NAMES: Readonly<Record<Role, string>> = {
  positive: 'positiv',
  unchanged: 'oförändrad',
  worse: 'försämrad',
  unknown: 'okänd',
  none: 'ingen',
  negative: 'negativ',
  completed: 'fullföljd',
  interrupted: 'avbruten',
  ongoing: 'pågående',
  notStarted: 'ej påbörjad',
  level1: '1',
  level2: '2',
  level3: '3',
};

const ALL_ROLES: readonly Role[] = [
  'positive',
  'unchanged',
  'worse',
  'unknown',
  'none',
  'negative',
  'completed',
  'interrupted',
  'ongoing',
  'notStarted',
  'level1',
  'level2',
  'level3',
];

const ROLE_BY_NAME = new Map<string, Role>(ALL_ROLES.map((role) => [ROLE_NAMES[role], role]));

export function roleFromName(name: string): Role | null {
  return ROLE_BY_NAME.get(name.trim().toLowerCase()) ?? null;
}

/** Severity roles in rising order: the last one is the "heavier problem profile" of the dependence share. */
export const SEVERITY_LEVELS: readonly Role[] = ['level1', 'level2', 'level3'];
