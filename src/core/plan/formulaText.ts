import { CASE_TABLE_NAME } from '../table/caseTable';

/** A text literal inside a formula. */
export function str(value: string): string {
  return `"${value.replace(/"/g, '""')}"`;
}

/** A structured reference to one column of the case table; `'` escapes [ ] # ' in a column name. */
export function columnRef(name: string): string {
  return `${CASE_TABLE_NAME}[${name.replace(/['[\]#]/g, "'$&")}]`;
}

/**
 * The COUNTIFS criterion that matches exactly this label: wildcards escaped with ~, and a leading
 * comparison sign neutralised, so "Positiv (sökt själv)" or a label such as "<5 år" count literally.
 */
export function labelCriterion(label: string): string {
  const escaped = label.replace(/[~*?]/g, '~$&');
  return str(/^[=<>]/.test(escaped) ? `=${escaped}` : escaped);
}

export function countIfs(pairs: readonly (readonly [string, string])[]): string {
  return `COUNTIFS(${pairs.map(([range, criterion]) => `${range},${criterion}`).join(',')})`;
}

export function sum(terms: readonly string[]): string {
  if (terms.length === 0) return '0';
  return terms.length === 1 ? (terms[0] ?? '0') : `(${terms.join('+')})`;
}
