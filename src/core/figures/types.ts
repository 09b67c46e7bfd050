import type { BreakdownKind } from './groups';

/** Every figure of FOLLOW-UP.md for one group of case rows. Unmasked; null where there is no value. */
export interface GroupFigures {
  readonly by: BreakdownKind;
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
  /** Denominators the result sheet masks by; not part of the JSON contract. */
  readonly ageCount: number;
  readonly severityKnown: number;
  readonly severityHighest: number;
}

export interface DataQuality {
  readonly variable: string;
  readonly filled: number;
  readonly missing: number;
}

export interface Results {
  readonly cases: number;
  readonly groups: readonly GroupFigures[];
  readonly dataQuality: readonly DataQuality[];
}
