import type { Figure, FigureId } from '../core/figures/figureRegistry';
import type { Results } from '../core/figures/types';
import { charted, isTotal } from '../core/figures/groups';
import type { MaskPattern } from '../core/masking/pattern';
import { shownFigure } from '../core/masking/shown';
import { sheetFigures } from '../core/plan/resultsColumns';
import { TOTAL_LABEL } from '../core/plan/resultsLayout';
import { CHART_SERIES, chartTitle } from '../core/plan/resultsVisuals';
import { shownFigureText } from './headlineFigures';
import type { Settings } from '../core/settings';

/** One chart's series: a rate per group, null where the sheet hides it (a gap, never a bar at zero). */
export interface ChartSeries {
  readonly name: string;
  readonly color: string;
  readonly values: readonly (number | null)[];
}

/** One breakdown as the result sheet shows it: the same figures, masked and rounded the same way. */
export interface ResultTable {
  readonly id: string;
  readonly title: string;
  readonly headers: readonly string[];
  readonly rows: readonly (readonly string[])[];
  /** The breakdown's chart, as on the sheet: every breakdown ticked in Inställningar but the total. */
  readonly chart: {
    readonly title: string;
    readonly groups: readonly string[];
    readonly series: readonly ChartSeries[];
  } | null;
}

/** Every breakdown of the result sheet, for a page that shows the results without Excel. */
export function resultTables(
  results: Results,
  pattern: MaskPattern,
  settings: Settings,
  figures: readonly Figure[] = sheetFigures(),
): ResultTable[] {
  return results.breakdowns.map(({ breakdown, groups }) => {
    const paired = breakdown.split !== undefined;
    const labels = groups.map((g) => (isTotal(g) ? [TOTAL_LABEL] : g.key.slice(0, paired ? 2 : 1)));
    const shownOf = (g: (typeof groups)[number], id: FigureId) =>
      shownFigure(results, pattern, results.groups.indexOf(g), id);
    return {
      id: breakdown.id,
      title: breakdown.title,
      headers: [paired ? 'Enhet' : 'Grupp', ...(paired ? ['Kön'] : []), ...figures.map((f) => f.header)],
      rows: groups.map((g, i) => [
        ...(labels[i] ?? []).map((l) => l ?? ''),
        ...figures.map((f) => shownFigureText(shownOf(g, f.id), f.style)),
      ]),
      chart: !charted(settings, breakdown)
        ? null
        : {
            title: chartTitle(breakdown.title),
            groups: labels.map((l) => l.join(', ')),
            series: CHART_SERIES.map(([id, name, color]) => ({
              name,
              color,
              values: groups.map((g) => {
                const value = shownOf(g, id);
                return value.kind === 'number' ? value.value : null;
              }),
            })),
          },
    };
  });
}
