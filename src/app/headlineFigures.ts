import type { CellValue } from '../core/cell';
import { FIGURES, figureOf, type Figure, type FigureId } from '../core/figures/figureRegistry';
import { isTotal } from '../core/figures/groups';
import { assertNever } from '../core/assertNever';
import { shownFigure } from '../core/masking/shown';
import type { MaskPattern } from '../core/masking/pattern';
import { roundLikeExcel } from '../core/figures/stats';
import type { Results } from '../core/figures/types';
import { TOTAL_LABEL } from '../core/plan/resultsLayout';

/** The headline figures per unit and in total, masked as the result sheet masks them, ready to show. */
export interface HeadlineTable {
  readonly headers: readonly string[];
  readonly rows: readonly (readonly string[])[];
}

/** The pane's short headers over the registry's headline figures: the values are the sheet's, by figure id. */
const COLUMNS: readonly (readonly [string, FigureId])[] = FIGURES.flatMap((f) =>
  f.headline === undefined ? [] : [[f.headline, f.id] as const],
);

export function headlineTable(results: Results, pattern: MaskPattern): HeadlineTable {
  const units = results.breakdowns.find((b) => b.breakdown.headline);
  // The rows for a unit not in the codebook and a blank unit are shown when they hold cases: the sheet
  // keeps them always (a value may be typed later), this table is a snapshot.
  const shownUnits = (units?.groups ?? []).filter(
    (g, i) => units?.breakdown.groups[i]?.conditions[0]?.kind === 'label' || g.n > 0,
  );
  const groups = [...shownUnits, ...results.groups.filter(isTotal)];
  return {
    headers: ['', ...COLUMNS.map(([header]) => header)],
    rows: groups.map((g) => {
      const index = results.groups.indexOf(g);
      const label = isTotal(g) ? TOTAL_LABEL : (g.key[0] ?? '');
      return [label, ...COLUMNS.map(([, id]) => shown(shownFigure(results, pattern, index, id), id))];
    }),
  };
}

/** A figure as the sheet's number format shows it (and the sentences round it): one value, one rounding. */
export function shownFigureText(value: CellValue, style: Figure['style']): string {
  if (value.kind !== 'number') return value.kind === 'text' ? value.text : '';
  switch (style) {
    case 'percent':
      return `${roundLikeExcel(value.value * 100)} %`;
    case 'count':
    case 'days':
      return String(roundLikeExcel(value.value));
    case 'decimal':
      return String(roundLikeExcel(value.value, 1)).replace('.', ',');
    default:
      return assertNever(style);
  }
}

function shown(value: CellValue, id: FigureId): string {
  return shownFigureText(value, figureOf(id).style);
}
