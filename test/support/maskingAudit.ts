import { type FigureId, FIGURES } from '../../src/core/figures/figureRegistry';
import type { Results } from '../../src/core/figures/types';
import { ReaderModel, wholeValuesIn } from '../../src/core/masking/bounds';
import { figureCell, maskableCounts, qualityCell, type MaskCellId } from '../../src/core/masking/cells';
import type { ShownJsonValue } from '../../src/core/masking/maskedJson';

/**
 * The attack on a masked result sheet (issue 10). It reads only what the sheet shows (`shown`), knows the
 * method's arithmetic, and writes both as linear constraints; then, for every small count the sheet hides,
 * it bounds the value by linear programming, as sdcTable's audit does. Its relations are written here on
 * purpose, apart from the core's (masking/relations.ts): a relation the defence forgets, the attack finds.
 *
 * A small count (1 … t−1) is protected when
 * - the numbers shown and the arithmetic leave it at least t possible values, and
 * - adding what the marks and the masking rule say (`<t` is 1 … t−1, `–` has a denominator, a median
 *   is shown from t values on) leaves it at least two: it is never pinned down.
 */
export interface Leak {
  readonly cell: MaskCellId;
  readonly label: string;
  readonly kind: 'arithmetic' | 'with marks';
  readonly min: number;
  readonly max: number;
  readonly truth: number;
}

export type Shown = (cell: MaskCellId) => ShownJsonValue | undefined;

const COUNTS = FIGURES.filter((f) => f.measure.kind === 'count').map((f) => f.id);

export function auditMasking(results: Results, t: number, shown: Shown, rounding = false): Leak[] {
  const truth = maskableCounts(results);
  const small = [...truth]
    .filter(([id, v]) => v >= 1 && v < t && typeof shown(id) === 'string')
    .map(([id]) => id);
  const leaks: Leak[] = [];
  for (const kind of ['arithmetic', 'with marks'] as const) {
    const model = attack(results, { t, rounding: rounding && t > 1 }, shown, kind);
    const needed = kind === 'arithmetic' ? t : 2;
    const narrow = new Set(model.narrowerThan(small, needed));
    if (narrow.size === 0) continue;
    const ranges = model.ranges(narrow);
    for (const cell of small.filter((c) => narrow.has(c))) {
      const range = ranges.get(cell) ?? { min: NaN, max: NaN };
      if (wholeValuesIn(range) < needed)
        leaks.push({ cell, label: labelOf(results, cell), kind, ...range, truth: truth.get(cell) ?? NaN });
    }
  }
  return leaks;
}

function labelOf(results: Results, cell: MaskCellId): string {
  const [where = '', what = ''] = cell.split(':');
  if (where.startsWith('q'))
    return `datakvalitet ${results.dataQuality[Number(where.slice(1))]?.variable} ${what}`;
  const g = results.groups[Number(where.slice(1))];
  return `${g?.by} ${g?.key.join(' / ')} ${what}`;
}

/**
 * Rounded (`avrunda`), a count the sheet shows as r ≠ 0 lies in r ± 2, and at least t with the marks:
 * a smaller one would show `<t`.
 */
function attack(
  results: Results,
  { t, rounding }: { t: number; rounding: boolean },
  shown: Shown,
  kind: Leak['kind'],
): ReaderModel {
  const numbers = new Map<string, number>();
  const cells = [...maskableCounts(results).keys()];
  for (const cell of cells) {
    const value = shown(cell);
    if (typeof value === 'number' && (!rounding || value === 0)) numbers.set(cell, value);
  }
  // The true counts only as the programs' starting point (a feasible corner): it changes no bound.
  const model = new ReaderModel(numbers, rounding ? maskableCounts(results) : undefined);
  for (const cell of cells) {
    const value = shown(cell);
    if (typeof value === 'number' && !numbers.has(cell))
      model.add([[cell, 1]], Math.max(kind === 'with marks' ? t : 0, value - 2), value + 2);
  }
  for (const cell of cells)
    if (kind === 'with marks' && shown(cell) === `<${t}`) model.add([[cell, 1]], 1, t - 1);
  const equal = (whole: MaskCellId, parts: readonly MaskCellId[]) =>
    model.add([[whole, -1], ...parts.map((p) => [p, 1] as const)], 0, 0);
  const atMost = (whole: MaskCellId, parts: readonly MaskCellId[]) =>
    model.add([[whole, -1], ...parts.map((p) => [p, 1] as const)], undefined, 0);
  // Outcomes add up to n when the data-quality table shows no value outside the codebook; otherwise the
  // total's outcomes and that cell add up to n, and each group's outcomes to at most its n.
  const other = (key: string) => {
    const row = results.dataQuality.findIndex((q) => q.key === key);
    return row < 0 ? null : qualityCell(row, 'notInCodebook');
  };
  const total = results.groups.findIndex((g) => g.by === 'total');
  const outcomes = (g: number, key: string, parts: readonly MaskCellId[]) => {
    const cell = other(key);
    if (cell === null || shown(cell) === 0) return equal(figureCell(g, 'n'), parts);
    atMost(figureCell(g, 'n'), parts);
    if (g === total) equal(figureCell(g, 'n'), [...parts, cell]);
  };
  results.groups.forEach((_, g) => {
    const c = (f: FigureId) => figureCell(g, f);
    outcomes(g, 'situation', [c('known'), c('dropout')]);
    equal(c('known'), [c('positive'), c('unchanged'), c('worse')]);
    outcomes(g, 'reactualisation', [c('reNone'), c('rePositive'), c('reNegative'), c('reUnknown')]);
    atMost(c('n'), [c('completed'), c('interrupted')]);
    atMost(c('investigations'), [c('investigationsOver')]);
    atMost(c('n'), [c('investigations')]);
    shownRatesAndStats(model, g, { t, rounding }, shown, kind);
  });
  tables(results, equal);
  return model;
}

/**
 * A shown rate is its numerator over its denominator, exactly (a reader can widen the column); rounded
 * (to whole 5 %), within 2.5 % of it.
 */
function shownRatesAndStats(
  model: ReaderModel,
  g: number,
  { t, rounding }: { t: number; rounding: boolean },
  shown: Shown,
  kind: Leak['kind'],
): void {
  const marks = kind === 'with marks';
  const c = (f: FigureId) => figureCell(g, f);
  const rate = (id: FigureId, num: readonly FigureId[], den: readonly FigureId[]) => {
    const value = shown(c(id));
    const terms = (r: number) => {
      const all = new Map<string, number>(num.map((f) => [c(f), 1]));
      for (const f of den) all.set(c(f), (all.get(c(f)) ?? 0) - r);
      return all;
    };
    if (typeof value === 'number' && rounding) {
      model.add(terms(value - 0.025), 0);
      model.add(terms(value + 0.025), undefined, 0);
    } else if (typeof value === 'number') model.add(terms(value), -1e-7, 1e-7);
    else if (value === null)
      model.add(
        den.map((f) => [c(f), 1]),
        0,
        0,
      );
    else if (marks)
      model.add(
        den.map((f) => [c(f), 1]),
        1,
      ); // "–": there is a denominator
  };
  rate('positiveRate', ['positive'], ['known']);
  rate('unchangedRate', ['unchanged'], ['known']);
  rate('worseRate', ['worse'], ['known']);
  rate('dropoutRate', ['dropout'], ['n']);
  rate('completionRate', ['completed'], ['completed', 'interrupted']);
  rate('reNoneRate', ['reNone'], ['n']);
  rate('rePositiveRate', ['rePositive'], ['n']);
  rate('reNegativeRate', ['reNegative'], ['n']);
  rate('reUnknownRate', ['reUnknown'], ['n']);
  // A median or mean is blank without values and shown only from t values on.
  for (const stat of ['investigationMedian', 'investigationMean'] as const) {
    const value = shown(c(stat));
    if (value === null) model.add([[c('investigations'), 1]], 0, 0);
    if (marks && typeof value === 'number') model.add([[c('investigations'), 1]], t);
  }
  if (marks && typeof shown(c('medianAge')) === 'number') model.add([[c('n'), 1]], t);
}

/** Breakdowns add up to the total; gender rows to their unit; catch-all rows, completion rows, data quality. */
function tables(results: Results, equal: (whole: MaskCellId, parts: readonly MaskCellId[]) => void): void {
  const index = new Map(results.groups.map((g, i) => [g, i]));
  const total = results.groups.findIndex((g) => g.by === 'total');
  for (const b of results.breakdowns) {
    if (b.breakdown.by === 'total') continue;
    for (const f of COUNTS)
      equal(
        figureCell(total, f),
        b.groups.map((g) => figureCell(index.get(g) ?? -1, f)),
      );
  }
  const units = results.breakdowns.find((b) => b.breakdown.by === 'unit')?.groups ?? [];
  const split = results.breakdowns.find((b) => b.breakdown.by === 'unit+gender')?.groups ?? [];
  for (const unit of units) {
    const under = split.filter((g) => g.key[0] === unit.key[0]);
    for (const f of COUNTS)
      equal(
        figureCell(index.get(unit) ?? -1, f),
        under.map((g) => figureCell(index.get(g) ?? -1, f)),
      );
  }
  results.dataQuality.forEach((q, i) => {
    equal(figureCell(total, 'n'), [qualityCell(i, 'filled'), qualityCell(i, 'missing')]);
    for (const b of results.breakdowns) {
      if (b.breakdown.by === 'unit+gender') continue;
      b.breakdown.groups.forEach((spec, gi) => {
        const only = spec.conditions.length === 1 ? spec.conditions[0] : undefined;
        const g = b.groups[gi];
        if (!only || !g || only.variable !== q.key) return;
        if (only.kind === 'blank') equal(figureCell(index.get(g) ?? -1, 'n'), [qualityCell(i, 'missing')]);
        if (only.kind === 'otherValue' && q.notInCodebook !== null)
          equal(figureCell(index.get(g) ?? -1, 'n'), [qualityCell(i, 'notInCodebook')]);
      });
    }
  });
  completionRows(results, index, equal);
}

/** A completion row whose cases all completed (or all interrupted) shows the same count twice. */
function completionRows(
  results: Results,
  index: Map<unknown, number>,
  equal: (whole: MaskCellId, parts: readonly MaskCellId[]) => void,
): void {
  for (const g of results.breakdowns.find((b) => b.breakdown.by === 'completion')?.groups ?? []) {
    const i = index.get(g) ?? -1;
    // The reader knows the labels' meaning: a row is all completed, all interrupted or neither.
    if (g.completed === g.n && g.n > 0) equal(figureCell(i, 'n'), [figureCell(i, 'completed')]);
    if (g.interrupted === g.n && g.n > 0) equal(figureCell(i, 'n'), [figureCell(i, 'interrupted')]);
  }
}
