import { HIGHEST_SEVERITY, SEVERITY_LEVELS, type Role } from '../codebook/roles';
import type { RowFacts } from './rowFacts';

const KNOWN_SEVERITY = new Set<string>(SEVERITY_LEVELS satisfies readonly Role[]);

/** Every count of a group in one pass over its rows: this is the hot loop at 100,000 cases. */
export function tallyRows(rows: readonly number[], facts: RowFacts, limit: number) {
  const c = {
    positive: 0,
    unchanged: 0,
    worse: 0,
    dropout: 0,
    completed: 0,
    interrupted: 0,
    reNone: 0,
    rePositive: 0,
    reNegative: 0,
    reUnknown: 0,
    severityKnown: 0,
    severityHighest: 0,
    overLimit: 0,
    days: new Array<number>(),
    ages: new Array<number>(),
  };
  const ages = facts.numbers.age ?? [];
  for (const i of rows) {
    const situation = facts.situation[i];
    if (situation === 'positive') c.positive++;
    else if (situation === 'unchanged') c.unchanged++;
    else if (situation === 'worse') c.worse++;
    else if (situation === 'unknown' || situation === 'blank') c.dropout++;
    const completion = facts.completion[i];
    if (completion === 'completed') c.completed++;
    else if (completion === 'interrupted') c.interrupted++;
    const re = facts.reactualisation[i];
    if (re === 'none') c.reNone++;
    else if (re === 'positive') c.rePositive++;
    else if (re === 'negative') c.reNegative++;
    else if (re === 'unknown' || re === 'blank') c.reUnknown++;
    const severity = facts.severity[i];
    if (severity !== undefined && KNOWN_SEVERITY.has(severity)) c.severityKnown++;
    if (severity === HIGHEST_SEVERITY) c.severityHighest++;
    const days = facts.investigationDays[i];
    if (days !== null && days !== undefined) {
      c.days.push(days);
      if (days > limit) c.overLimit++;
    }
    const age = ages[i];
    if (age !== null && age !== undefined) c.ages.push(age);
  }
  return c;
}
