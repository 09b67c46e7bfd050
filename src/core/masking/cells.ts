import { FIGURES, type Figure, type FigureId } from '../figures/figureRegistry';
import { measureOf } from '../figures/evaluate';
import type { Results } from '../figures/types';

/**
 * One count on the result sheet that masking may hide: a figure of a group (by the group's place in
 * `Results.groups`, which is sheet order) or a cell of the data-quality table. A branded string, so a
 * header's text or a sheet position can never stand in for it.
 */
export type MaskCellId = string & { readonly __brand: 'MaskCellId' };

export type QualityColumn = 'filled' | 'missing' | 'notInCodebook';

function brand(id: string): MaskCellId {
  // eslint-disable-next-line @typescript-eslint/consistent-type-assertions -- the one place the brand is given
  return id as MaskCellId;
}

/** Whether a name is a mask cell's id: what a solver hands back is a plain string. */
export const isMaskCellId = (name: string): name is MaskCellId => /^[gq]\d+:\w+$/.test(name);

export const figureCell = (group: number, figure: FigureId): MaskCellId => brand(`g${group}:${figure}`);
export const qualityCell = (row: number, column: QualityColumn): MaskCellId => brand(`q${row}:${column}`);

/** The count figures, in column order: the only figures masking hides on their own. */
export const COUNT_FIGURES: readonly FigureId[] = FIGURES.filter((f) => f.measure.kind === 'count').map(
  (f) => f.id,
);

/** Every maskable count of a result sheet with its true value. */
export function maskableCounts(
  results: Results,
  figures: readonly Figure[] = FIGURES,
): Map<MaskCellId, number> {
  const counts = new Map<MaskCellId, number>();
  const countFigures = figures.filter((f) => f.measure.kind === 'count').map((f) => f.id);
  results.groups.forEach((g, i) => {
    for (const figure of countFigures) {
      const value = measureOf(g.measures, figure);
      if (value.kind === 'count') counts.set(figureCell(i, figure), value.count);
    }
  });
  results.dataQuality.forEach((q, i) => {
    counts.set(qualityCell(i, 'filled'), q.filled);
    counts.set(qualityCell(i, 'missing'), q.missing);
    if (q.notInCodebook !== null) counts.set(qualityCell(i, 'notInCodebook'), q.notInCodebook);
  });
  return counts;
}
