import type { FigureId } from './figureRegistry';
import { measureOf } from './evaluate';
import { plainValue, type MeasureValue } from './measures';
import type { GroupContract, GroupFigures, Results } from './types';

/** The `results --json` contract (README): unmasked, rates as unrounded fractions, null for no value. */
export interface ResultsJson {
  readonly masked: false;
  readonly cases: number;
  readonly groups: readonly GroupJson[];
}

export type GroupJson = Omit<GroupFigures, 'measures'>;

export function resultsJson(results: Results): ResultsJson {
  return {
    masked: false,
    cases: results.cases,
    groups: results.groups.map(({ measures: _measures, ...group }) => group),
  };
}

/**
 * The contract's fields from the figures' values, one line per field. A figure added to the registry is on
 * the sheet at once; it joins the JSON only when the contract is extended here (and in the README).
 */
export function groupContract(values: ReadonlyMap<FigureId, MeasureValue>): GroupContract {
  return contractFrom(
    (id) => plainValue(measureOf(values, id)) ?? 0,
    (id) => plainValue(measureOf(values, id)),
  );
}

/** The contract's shape over any kind of value: plain numbers, or what the masked sheet shows. */
export type ContractOf<Count, Other> = {
  readonly [K in keyof GroupContract]: GroupContract[K] extends number
    ? Count
    : GroupContract[K] extends number | null
      ? Other
      : { readonly [L in keyof GroupContract[K]]: GroupContract[K][L] extends number ? Count : Other };
};

export function contractFrom<Count, Other>(
  count: (id: FigureId) => Count,
  value: (id: FigureId) => Other,
): ContractOf<Count, Other> {
  return {
    n: count('n'),
    known: count('known'),
    positive: count('positive'),
    unchanged: count('unchanged'),
    worse: count('worse'),
    dropout: count('dropout'),
    positiveRate: value('positiveRate'),
    unchangedRate: value('unchangedRate'),
    worseRate: value('worseRate'),
    dropoutRate: value('dropoutRate'),
    completed: count('completed'),
    interrupted: count('interrupted'),
    completionRate: value('completionRate'),
    reactualisation: {
      none: count('reNone'),
      positive: count('rePositive'),
      negative: count('reNegative'),
      unknown: count('reUnknown'),
    },
    investigationDays: {
      n: count('investigations'),
      median: value('investigationMedian'),
      mean: value('investigationMean'),
      overLimit: count('investigationsOver'),
    },
    medianAge: value('medianAge'),
    dependenceShare: value('dependenceShare'),
  };
}
