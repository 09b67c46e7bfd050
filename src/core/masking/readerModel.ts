import { COUNT_ROUNDING_BASE, isSmall, RATE_STEPS, roundedCount } from '../figures/masking';
import { FIGURES } from '../figures/figureRegistry';
import type { Results } from '../figures/types';
import { ReaderModel } from './bounds';
import { figureCell, type MaskCellId } from './cells';
import type { Relation } from './relations';
import { shownFigure } from './shown';
import { rateParts } from '../figures/arithmetic';
import type { MaskPattern } from './pattern';

/** A result sheet as the masking sees it: the true counts, the pattern, and what it hides. */
export interface SheetView {
  readonly results: Results;
  readonly values: ReadonlyMap<MaskCellId, number>;
  readonly relations: readonly Relation[];
  readonly pattern: MaskPattern;
  /** The primary and secondary hidden counts. */
  readonly hidden: ReadonlySet<MaskCellId>;
}

/**
 * What a reader of the sheet knows, as linear constraints over the counts it cannot read exactly; the
 * suppression plans against it and the same model audits the result. `with marks` adds what the masking
 * rule says: `<t` is 1 … t−1, a rounded count that is shown is at least t.
 *
 * Shown exactly (dölj), a count is a constant. Rounded (avrunda), a count shown as r lies in r ± 2, and a
 * rate shown as r over counts it names gives r − 2.5 % ≤ numerator / denominator ≤ r + 2.5 %, which is
 * linear once multiplied out. A 0 is shown as 0 either way.
 */
export function readerModel(view: SheetView, marks: 'with marks' | 'arithmetic only'): ReaderModel {
  const { values, hidden, pattern } = view;
  const rounded = pattern.rounding && pattern.t > 1;
  const exact = new Map([...values].filter(([id, v]) => !hidden.has(id) && (!rounded || v === 0)));
  const model = new ReaderModel(exact, rounded ? values : undefined);
  for (const [id, value] of values) {
    if (hidden.has(id)) {
      if (marks === 'with marks' && isSmall(value, pattern.t) && !pattern.secondary.has(id))
        model.add([[id, 1]], 1, pattern.t - 1);
    } else if (!exact.has(id)) {
      const shown = roundedCount(value);
      const half = (COUNT_ROUNDING_BASE - 1) / 2;
      model.add([[id, 1]], Math.max(marks === 'with marks' ? pattern.t : 0, shown - half), shown + half);
    }
  }
  for (const r of view.relations)
    if (r.kind !== 'atLeastOne' || marks === 'with marks')
      model.add(
        r.terms,
        r.kind === 'equal' ? 0 : r.kind === 'atLeastOne' ? 1 : undefined,
        r.kind === 'atLeastOne' ? undefined : 0,
      );
  if (rounded) view.results.groups.forEach((_, g) => roundedRates(view, g, model));
  return model;
}

const RATES = FIGURES.flatMap((f) => {
  const parts = rateParts(f);
  return parts ? [{ id: f.id, ...parts }] : [];
});

/** Each rounded rate the sheet shows, as two linear constraints on its counts. */
function roundedRates(view: SheetView, g: number, model: ReaderModel): void {
  for (const rate of RATES) {
    const shown = shownFigure(view.results, view.pattern, g, rate.id);
    if (shown.kind !== 'number') continue;
    const half = 0.5 / RATE_STEPS;
    // numerator − (r ∓ 2.5 %) × denominator is at least 0, and at most 0.
    const terms = (r: number) => {
      const t = new Map<MaskCellId, number>(rate.numerator.map((f) => [figureCell(g, f), 1]));
      for (const f of rate.denominator) t.set(figureCell(g, f), (t.get(figureCell(g, f)) ?? 0) - r);
      return t;
    };
    model.add(terms(shown.value - half), 0);
    model.add(terms(shown.value + half), undefined, 0);
  }
}
