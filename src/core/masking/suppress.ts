import type { Codebook } from '../codebook/types';
import type { Results } from '../figures/types';
import { isSmall, type ShowRule } from '../figures/masking';
import type { MaskPattern } from './pattern';
import { readerModel, type SheetView } from './readerModel';
import { isMaskCellId, maskableCounts, type MaskCellId } from './cells';
import { maskRelations, type Relation } from './relations';

/** Each round hides at least one more count; a sheet has a few thousand at most. */
const MAX_ROUNDS = 50;

/**
 * The protection every hidden count keeps, in two parts (docs/ARCHITECTURE.md says why):
 * - from the numbers the sheet shows and the arithmetic between them, it could take at least t values;
 * - adding what the marks say (`<t` is 1 … t−1), it still could take at least two: never pinned down.
 */
export const ARITHMETIC_VALUES = (t: number): number => t;
export const MARKED_VALUES = 2;

/**
 * Which larger counts a result sheet must hide beside the small ones, under its show rule. Rounded, the
 * same search runs against a reader who sees ranges instead of numbers (on the example it still hides
 * nearly as many: rounding alone does not stop differencing).
 */
export function maskPattern(results: Results, codebook: Codebook, rule: ShowRule): MaskPattern {
  const { t, rounding } = rule;
  if (t <= 1) return { t, rounding, secondary: new Set() };
  const problem = new SuppressionProblem(results, maskRelations(results, codebook), rule);
  // The cheap first pass reads equations with exact numbers; rounded ones leave it nothing to do.
  if (!rounding) problem.protectEachRelation();
  // Hiding more only widens what a reader can work out, so a count once safe stays safe: each round
  // checks again only the counts the last round found too narrow.
  let unsettled: readonly MaskCellId[] = [...problem.primary];
  for (let round = 0; round < MAX_ROUNDS && unsettled.length > 0; round++) {
    const { byArithmetic, withMarks } = problem.leaks(unsettled);
    const before = problem.secondary.size;
    // Differencing is closed by hiding a larger count beside the small one; a small count that its own
    // mark and its neighbours' marks pin down loses its mark: `..` does not say it is at least 1.
    for (const leak of byArithmetic) problem.protectThroughRelations(leak);
    for (const leak of withMarks)
      if (problem.secondary.has(leak)) problem.protectThroughRelations(leak);
      else problem.secondary.add(leak);
    unsettled = [...new Set([...byArithmetic, ...withMarks])];
    if (problem.secondary.size === before) break;
  }
  return { t, rounding, secondary: problem.secondary };
}

/** Names the reader model returns are the ids it was given. */
const asIds = (names: readonly string[]): MaskCellId[] => names.filter(isMaskCellId);

class SuppressionProblem {
  readonly secondary = new Set<MaskCellId>();
  readonly primary: ReadonlySet<MaskCellId>;
  private readonly relationsOf = new Map<MaskCellId, Relation[]>();
  private readonly values: ReadonlyMap<MaskCellId, number>;
  private readonly t: number;

  constructor(
    private readonly results: Results,
    private readonly relations: readonly Relation[],
    private readonly rule: ShowRule,
  ) {
    this.values = maskableCounts(results);
    this.t = rule.t;
    const { values, t } = this;
    this.primary = new Set([...values].filter(([, v]) => isSmall(v, t)).map(([id]) => id));
    for (const r of relations)
      for (const [id] of r.terms) this.relationsOf.set(id, [...(this.relationsOf.get(id) ?? []), r]);
  }

  isHidden = (id: MaskCellId): boolean => this.primary.has(id) || this.secondary.has(id);

  /** First pass, cheap: within each equation alone, every primary count can still take 1 … t−1. */
  protectEachRelation(): void {
    for (let changed = true; changed;) {
      changed = false;
      for (const relation of this.relations) {
        if (relation.kind !== 'equal' || this.locallySafe(relation)) continue;
        const chosen = this.cheapest(this.candidates([relation]), (id) => this.locallySafe(relation, id));
        if (chosen === undefined) continue;
        this.secondary.add(chosen);
        changed = true;
      }
    }
  }

  /** Second pass, exact: the small counts a reader can narrow too far, by linear programming. */
  leaks(among: readonly MaskCellId[]): {
    readonly byArithmetic: MaskCellId[];
    readonly withMarks: MaskCellId[];
  } {
    const view: SheetView = {
      results: this.results,
      values: this.values,
      relations: this.relations,
      pattern: { ...this.rule, secondary: this.secondary },
      hidden: new Set([...this.primary, ...this.secondary]),
    };
    const model = (marks: 'with marks' | 'arithmetic only') => readerModel(view, marks);
    return {
      byArithmetic: asIds(model('arithmetic only').narrowerThan(among, ARITHMETIC_VALUES(this.t))),
      withMarks: asIds(model('with marks').narrowerThan(among, MARKED_VALUES)),
    };
  }

  /** Hides the cheapest shown count in a relation of the leak, or of the hidden counts it reaches. */
  protectThroughRelations(leak: MaskCellId): void {
    const seen = new Set<MaskCellId>([leak]);
    let frontier = [leak];
    while (frontier.length > 0) {
      const relations = frontier.flatMap((id) => this.relationsOf.get(id) ?? []);
      const chosen = this.cheapest(this.candidates(relations));
      if (chosen !== undefined) {
        this.secondary.add(chosen);
        return;
      }
      frontier = relations.flatMap((r) => r.terms.map(([id]) => id)).filter((id) => !seen.has(id));
      frontier.forEach((id) => seen.add(id));
    }
  }

  private candidates(relations: readonly Relation[]): MaskCellId[] {
    const ids = relations.flatMap((r) => r.terms.map(([id]) => id));
    return [...new Set(ids)].filter((id) => !this.isHidden(id) && (this.values.get(id) ?? 0) >= this.t);
  }

  /** The candidate that gives least away: the smallest count, a total's or a group size's counted dearer. */
  private cheapest(candidates: readonly MaskCellId[], protects: (id: MaskCellId) => boolean = () => true) {
    const cost = (id: MaskCellId) =>
      (this.values.get(id) ?? 0) * (id.startsWith('g0:') ? 4 : 1) * (id.endsWith(':n') ? 2 : 1);
    const sorted = [...candidates].sort((a, b) => cost(a) - cost(b));
    return sorted.find(protects) ?? sorted[sorted.length - 1];
  }

  /**
   * Whether, from this equation alone, each hidden count in it could take at least t values (the other
   * hidden ones anywhere from 0 up): what differencing one table's rows or columns would leave.
   */
  private locallySafe(relation: Relation, alsoHidden?: MaskCellId): boolean {
    const hidden = (id: MaskCellId) => id === alsoHidden || this.isHidden(id);
    const terms = relation.terms;
    if (!terms.some(([id]) => hidden(id))) return true;
    const shownSum = terms.reduce((s, [id, c]) => (hidden(id) ? s : s + c * (this.values.get(id) ?? 0)), 0);
    return terms.every(([x, cx]) => {
      if (!hidden(x)) return true;
      let low = shownSum;
      let high = shownSum;
      for (const [id, c] of terms) {
        if (id === x || !hidden(id)) continue;
        low += c > 0 ? 0 : -Infinity;
        high += c > 0 ? Infinity : 0;
      }
      // cx·x + S = 0 with S in [low, high]: x lies between −high/cx and −low/cx, and is never below 0.
      const [xLow, xHigh] = cx > 0 ? [-high / cx, -low / cx] : [-low / cx, -high / cx];
      return Math.min(xHigh, Infinity) - Math.max(xLow, 0) + 1 >= ARITHMETIC_VALUES(this.t);
    });
  }
}
