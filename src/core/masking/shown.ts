import { text, type CellValue } from '../cell';
import { measureOf } from '../figures/evaluate';
import { FIGURES, type Figure, type FigureId } from '../figures/figureRegistry';
import { shownCount, shownValue } from '../figures/masking';
import type { RowSet } from '../figures/measures';
import type { Results } from '../figures/types';
import { figureCell, qualityCell, type MaskCellId, type QualityColumn } from './cells';
import type { MaskPattern } from './pattern';

/** What the sheet shows for a count hidden by secondary suppression, or a small one stripped of its mark. */
export const SECONDARY_MARK = '..';
/** What it shows for a rate, median or mean that is hidden. */
export const HIDDEN_FIGURE_MARK = '–';

const sameRows = (a: RowSet, b: RowSet) => JSON.stringify(a) === JSON.stringify(b);

/** The count figures whose rows a set of rows is: one, or several roles' counts added (completed + interrupted). */
function countsOf(rows: RowSet): FigureId[] | null {
  const single = FIGURES.find((f) => f.measure.kind === 'count' && sameRows(f.measure.rows, rows));
  if (single) return [single.id];
  if (rows.kind !== 'roles' || rows.roles.length < 2) return null;
  const parts = rows.roles.map((role) => countsOf({ ...rows, roles: [role] }));
  return parts.every((p) => p?.length === 1) ? parts.flatMap((p) => p ?? []) : null;
}

/**
 * The counts of its own row a rate, median or mean gives away when shown: its numerator and denominator,
 * or, where they are no figure of the row (the dependence share, the median age), the group's size.
 */
function rowDependencies(figure: Figure): FigureId[] {
  const m = figure.measure;
  switch (m.kind) {
    case 'count':
      return [figure.id];
    case 'rate': {
      const counts = [countsOf(m.numerator), countsOf(m.denominator)];
      return counts.every((c) => c !== null) ? counts.flatMap((c) => c ?? []) : ['n'];
    }
    case 'median':
    case 'mean':
      return m.of === 'investigationDays' ? ['investigations'] : ['n'];
  }
}

/** A rate's numerator and denominator as count figures of its row, where both are (not the dependence share). */
export function rateParts(figure: Figure): { numerator: FigureId[]; denominator: FigureId[] } | null {
  const m = figure.measure;
  if (m.kind !== 'rate') return null;
  const [numerator, denominator] = [countsOf(m.numerator), countsOf(m.denominator)];
  return numerator && denominator ? { numerator, denominator } : null;
}

const DEPENDENCIES = new Map(FIGURES.map((f) => [f.id, rowDependencies(f)]));

/** The hidden-able counts a figure of a group rests on; the total's dependence share rests on the severity rows. */
export function dependencies(results: Results, group: number, figure: FigureId): MaskCellId[] {
  const own = (DEPENDENCIES.get(figure) ?? []).map((f) => figureCell(group, f));
  if (figure !== 'dependenceShare' || results.groups[group]?.by !== 'total') return own;
  const severity = results.groups.flatMap((g, i) => (g.by === 'severity' ? [figureCell(i, 'n')] : []));
  return [...own, ...severity];
}

/** A figure of a group as the result sheet shows it under a masking pattern. */
export function shownFigure(
  results: Results,
  pattern: MaskPattern,
  group: number,
  figure: FigureId,
): CellValue {
  const value = measureOf(results.groups[group]?.measures ?? new Map(), figure);
  if (pattern.t > 1 && pattern.secondary.size > 0) {
    if (value.kind === 'count' && pattern.secondary.has(figureCell(group, figure)))
      return text(SECONDARY_MARK);
    if (value.kind !== 'count' && dependencies(results, group, figure).some((d) => pattern.secondary.has(d)))
      return text(HIDDEN_FIGURE_MARK);
  }
  return shownValue(value, pattern);
}

/** A data-quality count as the sheet shows it. */
export function shownQuality(
  pattern: MaskPattern,
  row: number,
  column: QualityColumn,
  value: number,
): CellValue {
  if (pattern.t > 1 && pattern.secondary.has(qualityCell(row, column))) return text(SECONDARY_MARK);
  return shownCount(value, pattern);
}

/** Whether the pattern hides this figure beyond what the primary rule (the live formula) does. */
export function hiddenByPattern(
  results: Results,
  pattern: MaskPattern,
  group: number,
  figure: FigureId,
): boolean {
  if (pattern.t <= 1) return false;
  const cells =
    FIGURES.find((f) => f.id === figure)?.measure.kind === 'count'
      ? [figureCell(group, figure)]
      : dependencies(results, group, figure);
  return cells.some((c) => pattern.secondary.has(c));
}
