import { ROLE_RULES } from '../codebook/roles';
import type { Role } from '../codebook/types';
import { CoreUsageError } from '../errors';
import { FIGURES, type Figure, type FigureId } from './figureRegistry';
import type { RowSet } from './measures';
import type { RoleVariable } from './rowFacts';

/**
 * The arithmetic between a group's counts, read off the registry's row sets: which counts add up to which
 * (known = positive + unchanged + worse), which counts a rate or a median rests on. Nothing here names a
 * figure: a figure added to the registry joins these sums by what it counts.
 */

/** A whole count and the counts inside it: `equal` where they cover it, `atMost` where they may not. */
export interface CountSum {
  readonly whole: FigureId;
  readonly parts: readonly FigureId[];
  readonly kind: 'equal' | 'atMost';
  /** The role list the parts split the whole by, where they do. */
  readonly variable?: RoleVariable;
}

type Roles = Extract<RowSet, { kind: 'roles' }>;

const sameRows = (a: RowSet, b: RowSet) => JSON.stringify(a) === JSON.stringify(b);

/** Whether every row of `inner` is a row of `outer` (by what the sets say, whatever the data). */
export function within(inner: RowSet, outer: RowSet): boolean {
  if (outer.kind === 'all' || sameRows(inner, outer)) return true;
  if (inner.kind === 'investigatedOverLimit') return outer.kind === 'investigated';
  if (inner.kind !== 'roles' || outer.kind !== 'roles' || inner.variable !== outer.variable) return false;
  return inner.roles.every((r) => outer.roles.includes(r)) && (!inner.blank || outer.blank === true);
}

const disjoint = (a: Roles, b: Roles) => !a.roles.some((r) => b.roles.includes(r)) && !(a.blank && b.blank);

/** Whether role sets on one list cover all of `whole`: every role the list allows (and blanks) for all rows. */
function covers(parts: readonly Roles[], whole: RowSet): boolean {
  const variable = parts[0]?.variable;
  if (variable === undefined) return false;
  const roles = new Set<Role>(parts.flatMap((p) => p.roles));
  const blank = parts.some((p) => p.blank);
  if (whole.kind === 'roles') return whole.roles.every((r) => roles.has(r)) && (blank || !whole.blank);
  const allowed = ROLE_RULES[variable]?.allowed ?? [];
  return whole.kind === 'all' && blank && allowed.every((r) => roles.has(r));
}

const countFigures = (figures: readonly Figure[]) =>
  figures.flatMap((f) => (f.measure.kind === 'count' ? [{ id: f.id, rows: f.measure.rows }] : []));

/**
 * Each count and the counts directly inside it (none between), grouped by the list they split it by; a
 * count of another kind (investigations) stands alone. Disjoint parts that cover the whole add up to it;
 * others add up to at most it. Masking holds the data to these and relaxes one the data breaks.
 */
export function countSums(figures: readonly Figure[] = FIGURES): CountSum[] {
  const counts = countFigures(figures);
  const strictly = (a: RowSet, b: RowSet) => within(a, b) && !within(b, a);
  return counts.flatMap((whole) => {
    const inside = counts.filter((c) => strictly(c.rows, whole.rows));
    const direct = inside.filter((c) => !inside.some((d) => strictly(c.rows, d.rows)));
    const families = new Map<string, typeof direct>();
    for (const part of direct) {
      const family = part.rows.kind === 'roles' ? `roles:${part.rows.variable}` : `one:${part.id}`;
      families.set(family, [...(families.get(family) ?? []), part]);
    }
    return [...families.values()].map((family): CountSum => {
      const roles = family.flatMap((p) => (p.rows.kind === 'roles' ? [p.rows] : []));
      const apart =
        roles.length === family.length &&
        roles.every((a, i) => roles.slice(i + 1).every((b) => disjoint(a, b)));
      const parts = family.map((p) => p.id);
      const variable = roles[0]?.variable;
      return {
        whole: whole.id,
        parts,
        kind: apart && covers(roles, whole.rows) ? 'equal' : 'atMost',
        ...(variable === undefined ? {} : { variable }),
      };
    });
  });
}

/** The count figures whose rows a set of rows is: one, or several roles' counts added (completed + interrupted). */
export function countsOf(rows: RowSet, figures: readonly Figure[] = FIGURES): FigureId[] | null {
  const single = countFigures(figures).find((c) => sameRows(c.rows, rows));
  if (single) return [single.id];
  if (rows.kind !== 'roles' || rows.roles.length < 2) return null;
  const parts = rows.roles.map((role) => countsOf({ ...rows, roles: [role] }, figures));
  return parts.every((p) => p?.length === 1) ? parts.flatMap((p) => p ?? []) : null;
}

/** A rate's numerator and denominator as count figures of its row, where both are (not the dependence share). */
export function rateParts(
  figure: Figure,
  figures: readonly Figure[] = FIGURES,
): { numerator: FigureId[]; denominator: FigureId[] } | null {
  const m = figure.measure;
  if (m.kind !== 'rate') return null;
  const [numerator, denominator] = [countsOf(m.numerator, figures), countsOf(m.denominator, figures)];
  return numerator && denominator ? { numerator, denominator } : null;
}

/** The count of all a group's rows: the figure every other count is inside. */
export function caseCount(figures: readonly Figure[] = FIGURES): FigureId {
  const all = countFigures(figures).find((c) => c.rows.kind === 'all');
  if (!all) throw new CoreUsageError('The figure registry has no count of all rows');
  return all.id;
}

/**
 * The counts of its own row a rate, median or mean gives away when shown: its numerator and denominator,
 * its sample's count, or, where a rate's parts are no figure of the row (the dependence share), the
 * group's size.
 */
export function rowDependencies(figure: Figure, figures: readonly Figure[] = FIGURES): FigureId[] {
  const m = figure.measure;
  switch (m.kind) {
    case 'count':
      return [figure.id];
    case 'rate': {
      const parts = rateParts(figure, figures);
      return parts ? [...parts.numerator, ...parts.denominator] : [caseCount(figures)];
    }
    case 'median':
    case 'mean':
      return [m.sample];
  }
}

/** The distinct denominators of the rates, as count figures: a rate shown with a value says its denominator is not 0. */
export function rateDenominators(figures: readonly Figure[] = FIGURES): FigureId[][] {
  const seen = new Map<string, FigureId[]>();
  for (const figure of figures) {
    const parts = rateParts(figure, figures);
    if (parts) seen.set(parts.denominator.join('+'), parts.denominator);
  }
  return [...seen.values()];
}

/** The role list a rate's denominator is drawn from where its parts are no figure (the dependence share's severity). */
export function unfiguredRateList(figure: Figure, figures: readonly Figure[] = FIGURES): RoleVariable | null {
  const m = figure.measure;
  if (m.kind !== 'rate' || rateParts(figure, figures)) return null;
  return m.denominator.kind === 'roles' ? m.denominator.variable : null;
}
