import type { BuiltInKey, Role } from './types';

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
  yes: 'ja',
  no: 'nej',
};

export const ALL_ROLES: readonly Role[] = [
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
  'yes',
  'no',
];

const ROLE_BY_NAME = new Map<string, Role>(ALL_ROLES.map((role) => [ROLE_NAMES[role], role]));

export function roleFromName(name: string): Role | null {
  return ROLE_BY_NAME.get(name.trim().toLowerCase()) ?? null;
}

/** Severity roles in rising order: the last one is the "heavier problem profile" of the dependence share. */
export const SEVERITY_LEVELS: readonly Role[] = ['level1', 'level2', 'level3'];
export const HIGHEST_SEVERITY: Role = 'level3';

/**
 * The variables whose values carry roles: which roles a value may have, and which roles the figures and
 * rules need at least one value for. Every value of such a list needs a role (or is deliberately
 * role-less where `optionalRole`), or it would silently count as nothing.
 */
export interface RoleRule {
  readonly allowed: readonly Role[];
  readonly needed: readonly Role[];
  /** Values may go without a role (closing reasons: only "the case is ongoing" means something). */
  readonly optionalRole?: boolean;
}

export const ROLE_RULES: Readonly<Partial<Record<BuiltInKey, RoleRule>>> = {
  situation: {
    allowed: ['positive', 'unchanged', 'worse', 'unknown'],
    needed: ['positive', 'unchanged', 'worse', 'unknown'],
  },
  reactualisation: {
    allowed: ['none', 'positive', 'negative', 'unknown'],
    needed: ['none', 'positive', 'negative', 'unknown'],
  },
  completion: {
    allowed: ['completed', 'interrupted', 'ongoing', 'notStarted'],
    needed: ['completed', 'interrupted'],
  },
  severity: { allowed: ['level1', 'level2', 'level3', 'unknown'], needed: ['level3'] },
  interventionDecided: { allowed: ['yes', 'no'], needed: ['no'] },
  closingReason: { allowed: ['ongoing'], needed: ['ongoing'], optionalRole: true },
};
