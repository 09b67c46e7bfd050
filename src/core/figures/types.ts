import type { VariableKey } from '../codebook/types';
import type { FigureId } from './figureRegistry';
import type { Breakdown, BreakdownKind } from './groups';
import type { MeasureValue } from './measures';

/** Every figure of FOLLOW-UP.md for one group of case rows. Unmasked; null where there is no value. */
export interface GroupFigures {
  readonly by: BreakdownKind;
  /** The team variable's name, for `by: 'variable'`. */
  readonly variable?: string;
  readonly key: readonly string[];
  readonly n: number;
  readonly known: number;
  readonly positive: number;
  readonly unchanged: number;
  readonly worse: number;
  readonly dropout: number;
  readonly positiveRate: number | null;
  readonly unchangedRate: number | null;
  readonly worseRate: number | null;
  readonly dropoutRate: number | null;
  readonly completed: number;
  readonly interrupted: number;
  readonly completionRate: number | null;
  readonly reactualisation: {
    readonly none: number;
    readonly positive: number;
    readonly negative: number;
    readonly unknown: number;
  };
  readonly investigationDays: {
    readonly n: number;
    readonly median: number | null;
    readonly mean: number | null;
    readonly overLimit: number;
  };
  readonly medianAge: number | null;
  readonly dependenceShare: number | null;
  /** Every figure's value with the counts behind it (figureRegistry.ts); not part of the JSON contract. */
  readonly measures: ReadonlyMap<FigureId, MeasureValue>;
}

/** The JSON contract's fields of a group (README), all read from its figures' values. */
export type GroupContract = Omit<GroupFigures, 'by' | 'variable' | 'key' | 'measures'>;

export interface DataQuality {
  readonly key: VariableKey;
  readonly variable: string;
  readonly filled: number;
  readonly missing: number;
  /** For a list: filled cells whose value is not in the codebook (counted by no label); null otherwise. */
  readonly notInCodebook: number | null;
}

/** One breakdown's groups, in the order of `breakdown.groups`. */
export interface BreakdownFigures {
  readonly breakdown: Breakdown;
  readonly groups: readonly GroupFigures[];
}

export interface Results {
  readonly cases: number;
  readonly breakdowns: readonly BreakdownFigures[];
  /** Every group of every breakdown, in sheet order. */
  readonly groups: readonly GroupFigures[];
  readonly dataQuality: readonly DataQuality[];
}
