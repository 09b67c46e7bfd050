import { variableOf, isListVariable, isTeamKey, type Codebook, type VariableKey } from '../codebook/types';
import { distinctLabels } from '../labels';
import type { Settings } from '../settings';

/** A condition a case row must meet to belong to a group. */
export type Condition =
  | { readonly kind: 'label'; readonly variable: VariableKey; readonly label: string }
  | {
      readonly kind: 'range';
      readonly variable: VariableKey;
      readonly from: number;
      readonly toExclusive: number | null;
    }
  /** The cell is blank (empty or empty text), as COUNTIFS(range, "") counts. */
  | { readonly kind: 'blank'; readonly variable: VariableKey }
  /** The cell is filled but matches none of `labels`: a value not in the codebook. */
  | { readonly kind: 'otherValue'; readonly variable: VariableKey; readonly labels: readonly string[] }
  /** The cell is not a number from `from` up to `toExclusive`: no age, or one outside every band. */
  | {
      readonly kind: 'outsideRange';
      readonly variable: VariableKey;
      readonly from: number;
      readonly toExclusive: number | null;
    };

export type BreakdownKind =
  | 'total'
  | 'unit'
  | 'unit+gender'
  | 'ageBand'
  | 'drug'
  | 'severity'
  | 'intervention'
  | 'completion'
  | 'variable';

/** Which breakdown a group or a plan part belongs to: the kind, or `variable:<key>` for a team's list. */
export type BreakdownId = BreakdownKind | `variable:${VariableKey}`;

export interface GroupSpec {
  readonly by: BreakdownKind;
  readonly key: readonly string[];
  /** The team variable's name, for `by: 'variable'`. */
  readonly variable?: string;
  /** Empty for the total: every case row (every row of the table that is not empty). */
  readonly conditions: readonly Condition[];
}

export interface Breakdown {
  readonly id: BreakdownId;
  readonly by: BreakdownKind;
  readonly title: string;
  /** Its name in Inställningar's Diagram setting ("enhet", "enhet och kön"), in lower case. */
  readonly name: string;
  /** The variable its groups are by, where one is (none for the total). */
  readonly variable?: VariableKey;
  /** A breakdown of another's groups by a second variable: each parent group's rows add up to it. */
  readonly split?: { readonly of: BreakdownId; readonly by: VariableKey };
  /** The groups that get summary sentences and a row of the pane's headline table (the units). */
  readonly headline?: true;
  readonly groups: readonly GroupSpec[];
}

/** The breakdown of all cases, one group: the sheet's first table. */
const TOTAL_KIND = 'total' satisfies BreakdownKind;
export const TOTAL_GROUP: GroupSpec = { by: TOTAL_KIND, key: [], conditions: [] };

/** Whether a group (or a breakdown) is the total of all cases. */
export const isTotal = (g: { readonly by: BreakdownKind }): boolean => g.by === TOTAL_KIND;

/** The rows of a breakdown for values the codebook lacks and for blanks, so the groups add up to the total. */
export const NOT_IN_CODEBOOK = 'Ej i kodboken';
export const NOT_FILLED = 'Ej ifyllt';
export const NO_AGE_BAND = 'Ej ifyllt eller utanför grupperna';

/** One group per label, then the two rows that catch everything else. */
function listConditions(codebook: Codebook, variable: VariableKey): { key: string; condition: Condition }[] {
  const labels = distinctLabels(variableOf(codebook, variable).values.map((v) => v.label));
  return [
    ...labels.map((label) => ({ key: label, condition: { kind: 'label', variable, label } as const })),
    { key: NOT_IN_CODEBOOK, condition: { kind: 'otherValue', variable, labels } },
    { key: NOT_FILLED, condition: { kind: 'blank', variable } },
  ];
}

const byList = (by: BreakdownKind, variable: VariableKey, codebook: Codebook, name?: string): GroupSpec[] =>
  listConditions(codebook, variable).map(({ key, condition }) => ({
    by,
    key: [key],
    ...(name === undefined ? {} : { variable: name }),
    conditions: [condition],
  }));

/** Each unit split by gender; a unit not in the codebook and a blank unit stand as one row each. */
function unitByGender(codebook: Codebook): GroupSpec[] {
  const genders = listConditions(codebook, 'gender');
  return listConditions(codebook, 'unit').flatMap(({ key, condition }) =>
    condition.kind === 'label'
      ? genders.map((g) => ({
          by: 'unit+gender' as const,
          key: [key, g.key],
          conditions: [condition, g.condition],
        }))
      : [{ by: 'unit+gender' as const, key: [key], conditions: [condition] }],
  );
}

function ageBands(settings: Settings): GroupSpec[] {
  const bands: GroupSpec[] = settings.ageBands.map((band) => ({
    by: 'ageBand',
    key: [band.label],
    conditions: [{ kind: 'range', variable: 'age', from: band.from, toExclusive: band.toExclusive }],
  }));
  const from = settings.ageBands[0]?.from ?? 0;
  const toExclusive = settings.ageBands[settings.ageBands.length - 1]?.toExclusive ?? null;
  const outside: Condition = { kind: 'outsideRange', variable: 'age', from, toExclusive };
  return [...bands, { by: 'ageBand', key: [NO_AGE_BAND], conditions: [outside] }];
}

/** Every breakdown of the result sheet, in its order, with its Swedish title: the team's own lists last. */
export function breakdowns(codebook: Codebook, settings: Settings): Breakdown[] {
  const list = (by: BreakdownKind, variable: VariableKey, title: string, name: string): Breakdown => ({
    id: by,
    by,
    title,
    name,
    variable,
    groups: byList(by, variable, codebook),
  });
  const builtIn: Breakdown[] = [
    {
      id: TOTAL_KIND,
      by: TOTAL_KIND,
      title: 'Samtliga ärenden',
      name: 'samtliga ärenden',
      groups: [TOTAL_GROUP],
    },
    { ...list('unit', 'unit', 'Per enhet', 'enhet'), headline: true },
    {
      id: 'unit+gender',
      by: 'unit+gender',
      title: 'Per enhet och kön',
      name: 'enhet och kön',
      variable: 'unit',
      split: { of: 'unit', by: 'gender' },
      groups: unitByGender(codebook),
    },
    {
      id: 'ageBand',
      by: 'ageBand',
      title: 'Per åldersgrupp',
      name: 'åldersgrupp',
      variable: 'age',
      groups: ageBands(settings),
    },
    list('drug', 'drug', 'Per huvudsaklig drog', 'huvudsaklig drog'),
    list('severity', 'severity', 'Per grad av missbruk', 'grad av missbruk'),
    list('intervention', 'interventionType', 'Per typ av insats', 'typ av insats'),
    list('completion', 'completion', 'Per fullföljning av behandling', 'fullföljning av behandling'),
  ];
  const team = codebook.variables
    .filter((v) => isTeamKey(v.key) && isListVariable(v))
    .map((v): Breakdown => ({
      id: `variable:${v.key}`,
      by: 'variable',
      title: `Per ${v.name.toLowerCase()}`,
      name: v.name.trim().toLowerCase(),
      variable: v.key,
      groups: byList('variable', v.key, codebook, v.name),
    }));
  return [...builtIn, ...team];
}

/** Whether a breakdown gets a chart under these settings: by its name in the Diagram setting; never the total. */
export function charted(settings: Settings, breakdown: Breakdown): boolean {
  if (isTotal(breakdown)) return false;
  return settings.charts === undefined || settings.charts.includes(breakdown.name);
}

/** The breakdowns a chart can be ticked for: every one but the total, in the sheet's order. */
export function chartable(codebook: Codebook, settings: Settings): Breakdown[] {
  return breakdowns(codebook, settings).filter((b) => !isTotal(b));
}

export function allGroups(codebook: Codebook, settings: Settings): GroupSpec[] {
  return breakdowns(codebook, settings).flatMap((b) => b.groups);
}
