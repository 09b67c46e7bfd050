import type { GroupFigures, Results } from './types';

/** The `results --json` contract (issue 2): unmasked, rates as unrounded fractions, null for no value. */
export interface ResultsJson {
  readonly masked: false;
  readonly cases: number;
  readonly groups: readonly GroupJson[];
}

export type GroupJson = Omit<GroupFigures, 'ageCount' | 'severityKnown' | 'severityHighest'>;

export function resultsJson(results: Results): ResultsJson {
  return {
    masked: false,
    cases: results.cases,
    groups: results.groups.map(({ ageCount: _a, severityKnown: _k, severityHighest: _h, ...group }) => group),
  };
}
