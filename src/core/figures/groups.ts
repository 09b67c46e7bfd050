import { variableOf } from '../codebook/defaultCodebook';
import type { Codebook, VariableKey } from '../codebook/types';
import type { Settings } from '../settings';

/** A condition a case row must meet to belong to a group; each maps to one COUNTIFS criterion. */
export type Condition =
  | { readonly kind: 'label'; readonly variable: VariableKey; readonly label: string }
  | {
      readonly kind: 'range';
      readonly variable: VariableKey;
      readonly from: number;
      readonly toExclusive: number | null;
    };

export type BreakdownKind =
  'total' | 'unit' | 'unit+gender' | 'ageBand' | 'drug' | 'severity' | 'intervention' | 'completion';

export interface GroupSpec {
  readonly by: BreakdownKind;
  readonly key: readonly string[];
  /** Empty for the total: every case row (every row of the table that is not empty). */
  readonly conditions: readonly Condition[];
}

export interface Breakdown {
  readonly by: BreakdownKind;
  readonly title: string;
  readonly groups: readonly GroupSpec[];
}

const byLabel = (by: BreakdownKind, variable: VariableKey, codebook: Codebook): GroupSpec[] =>
  variableOf(codebook, variable).values.map((v) => ({
    by,
    key: [v.label],
    conditions: [{ kind: 'label', variable, label: v.label }],
  }));

/** Every breakdown of the result sheet, in its order, with its Swedish title. */
export function breakdowns(codebook: Codebook, settings: Settings): Breakdown[] {
  const units = byLabel('unit', 'unit', codebook);
  const genders = variableOf(codebook, 'gender').values;
  const unitGender: GroupSpec[] = units.flatMap((unit) =>
    genders.map((g) => ({
      by: 'unit+gender' as const,
      key: [...unit.key, g.label],
      conditions: [
        ...unit.conditions,
        { kind: 'label' as const, variable: 'gender' as const, label: g.label },
      ],
    })),
  );
  const ageBands: GroupSpec[] = settings.ageBands.map((band) => ({
    by: 'ageBand',
    key: [band.label],
    conditions: [{ kind: 'range', variable: 'age', from: band.from, toExclusive: band.toExclusive }],
  }));
  return [
    { by: 'total', title: 'Samtliga ärenden', groups: [{ by: 'total', key: [], conditions: [] }] },
    { by: 'unit', title: 'Per enhet', groups: units },
    { by: 'unit+gender', title: 'Per enhet och kön', groups: unitGender },
    { by: 'ageBand', title: 'Per åldersgrupp', groups: ageBands },
    { by: 'drug', title: 'Per huvudsaklig drog', groups: byLabel('drug', 'drug', codebook) },
    { by: 'severity', title: 'Per grad av missbruk', groups: byLabel('severity', 'severity', codebook) },
    {
      by: 'intervention',
      title: 'Per typ av insats',
      groups: byLabel('intervention', 'interventionType', codebook),
    },
    {
      by: 'completion',
      title: 'Per fullföljning av behandling',
      groups: byLabel('completion', 'completion', codebook),
    },
  ];
}

export function allGroups(codebook: Codebook, settings: Settings): GroupSpec[] {
  return breakdowns(codebook, settings).flatMap((b) => b.groups);
}
