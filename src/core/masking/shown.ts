import { text, type CellValue } from '../cell';
import { measureOf } from '../figures/evaluate';
import { caseCount, rowDependencies, unfiguredRateList } from '../figures/arithmetic';
import { FIGURES, type FigureId } from '../figures/figureRegistry';
import { isTotal } from '../figures/groups';
import { shownCount, shownValue } from '../figures/masking';
import type { Results } from '../figures/types';
import { figureCell, qualityCell, type MaskCellId, type QualityColumn } from './cells';
import type { MaskPattern } from './pattern';

/** What the sheet shows for a count hidden by secondary suppression, or a small one stripped of its mark. */
export const SECONDARY_MARK = '..';
/** What it shows for a rate, median or mean that is hidden. */
export const HIDDEN_FIGURE_MARK = '–';

const DEPENDENCIES = new Map(FIGURES.map((f) => [f.id, rowDependencies(f)]));
/** The role list a rate's parts are drawn from where they are no figure of the row, by figure (read once). */
const UNFIGURED_LISTS = new Map(FIGURES.map((f) => [f.id, unfiguredRateList(f)]));
const CASE_COUNT = caseCount();

/**
 * The hidden-able counts a figure of a group rests on. A rate whose parts are no figure of the row rests
 * on the group's size, and in the total on the rows of the breakdown by its list too (the dependence
 * share on the severity rows), which give its parts away.
 */
export function dependencies(results: Results, group: number, figure: FigureId): MaskCellId[] {
  const own = (DEPENDENCIES.get(figure) ?? []).map((f) => figureCell(group, f));
  const g = results.groups[group];
  const list = UNFIGURED_LISTS.get(figure);
  if (!g || !isTotal(g) || list === null || list === undefined) return own;
  const breakdown = results.breakdowns.find((b) => b.breakdown.variable === list && !b.breakdown.split);
  return [...own, ...(breakdown?.groups ?? []).map((m) => figureCell(results.groups.indexOf(m), CASE_COUNT))];
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
