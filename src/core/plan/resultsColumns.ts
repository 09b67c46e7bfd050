import { FIGURES, type Figure, type FigureId } from '../figures/figureRegistry';

/**
 * The parts of a breakdown table on the result sheet, left to right. The headline part holds what a
 * committee reads and prints on pages of its own; each detail part prints beside the group labels on
 * later pages. The registry's order (which masking follows) is left as it is: this is the sheet's order.
 */
export type ColumnPart =
  'headline' | 'situation' | 'completion' | 'reactualisation' | 'reactualisationRates' | 'investigation';

const PARTS: readonly (readonly [ColumnPart, readonly FigureId[]])[] = [
  [
    'headline',
    ['n', 'known', 'positiveRate', 'dropoutRate', 'rePositiveRate', 'reNegativeRate', 'investigationMedian'],
  ],
  ['situation', ['positive', 'unchanged', 'worse', 'dropout', 'unchangedRate', 'worseRate']],
  ['completion', ['completed', 'interrupted', 'completionRate']],
  ['reactualisation', ['reNone', 'rePositive', 'reNegative', 'reUnknown']],
  // Apart from the counts, so that no part is wider than the headline part (which sets the print scale).
  ['reactualisationRates', ['reNoneRate', 'reUnknownRate']],
  [
    'investigation',
    ['investigations', 'investigationMean', 'investigationsOver', 'medianAge', 'dependenceShare'],
  ],
];

const PART_OF = new Map<FigureId, ColumnPart>(PARTS.flatMap(([part, ids]) => ids.map((id) => [id, part])));

/** A figure's part; one the parts do not name joins the last. */
export function partOf(id: FigureId): ColumnPart {
  return PART_OF.get(id) ?? 'investigation';
}

/** The figures in the sheet's column order: part by part, each part in the order above. */
export function sheetFigures(figures: readonly Figure[] = FIGURES): Figure[] {
  const order = new Map<FigureId, number>(PARTS.flatMap(([, ids]) => ids).map((id, i) => [id, i]));
  const place = (f: Figure) => order.get(f.id) ?? Number.MAX_SAFE_INTEGER;
  // Array.prototype.sort is stable: figures the parts do not name keep the registry's order at the end.
  return [...figures].sort((a, b) => place(a) - place(b));
}

/** The figure columns' parts as runs: where each part starts among `figures` and how many columns it has. */
export function partRuns(figures: readonly Figure[]): { part: ColumnPart; start: number; length: number }[] {
  const runs: { part: ColumnPart; start: number; length: number }[] = [];
  figures.forEach((f, i) => {
    const part = partOf(f.id);
    const last = runs[runs.length - 1];
    if (last && last.part === part) last.length++;
    else runs.push({ part, start: i, length: 1 });
  });
  return runs;
}
