import {
  COLUMN_PARTS,
  FIGURES,
  type ColumnPart,
  type Figure,
  type FigureId,
} from '../figures/figureRegistry';

export type { ColumnPart };

/** A figure's part, as its registry entry says. */
export function partOf(id: FigureId, figures: readonly Figure[] = FIGURES): ColumnPart {
  return figures.find((f) => f.id === id)?.part ?? COLUMN_PARTS[COLUMN_PARTS.length - 1] ?? 'headline';
}

/**
 * The figures in the sheet's column order: part by part, each part in the registry's order. The
 * registry's own order (which masking follows) is left as it is.
 */
export function sheetFigures(figures: readonly Figure[] = FIGURES): Figure[] {
  const place = (f: Figure) => COLUMN_PARTS.indexOf(f.part);
  // Array.prototype.sort is stable: within a part the registry's order stands.
  return [...figures].sort((a, b) => place(a) - place(b));
}

/** The figure columns' parts as runs: where each part starts among `figures` and how many columns it has. */
export function partRuns(figures: readonly Figure[]): { part: ColumnPart; start: number; length: number }[] {
  const runs: { part: ColumnPart; start: number; length: number }[] = [];
  figures.forEach((f, i) => {
    const last = runs[runs.length - 1];
    if (last && last.part === f.part) last.length++;
    else runs.push({ part: f.part, start: i, length: 1 });
  });
  return runs;
}
