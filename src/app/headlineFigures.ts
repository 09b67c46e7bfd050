import type { CellValue } from '../core/cell';
import { shownCount, shownRate, shownStat } from '../core/figures/masking';
import { roundLikeExcel } from '../core/figures/stats';
import type { GroupFigures, Results } from '../core/figures/types';
import { TOTAL_LABEL } from '../core/plan/resultsLayout';

/** The headline figures per unit and in total, masked as the result sheet masks them, ready to show. */
export interface HeadlineTable {
  readonly headers: readonly string[];
  readonly rows: readonly (readonly string[])[];
}

const HEADERS = [
  '',
  'Ärenden',
  'Känd situation',
  'Positiv förändring',
  'Bortfall',
  'Median utredningstid (dagar)',
];

export function headlineTable(results: Results, minCount: number): HeadlineTable {
  const groups = [
    ...results.groups.filter((g) => g.by === 'unit'),
    ...results.groups.filter((g) => g.by === 'total'),
  ];
  return { headers: HEADERS, rows: groups.map((g) => headlineRow(g, minCount)) };
}

function headlineRow(g: GroupFigures, t: number): string[] {
  return [
    g.by === 'total' ? TOTAL_LABEL : (g.key[0] ?? ''),
    shown(shownCount(g.n, t)),
    shown(shownCount(g.known, t)),
    percent(shownRate(g.positive, g.known, t)),
    percent(shownRate(g.dropout, g.n, t)),
    shown(shownStat(g.investigationDays.median, g.investigationDays.n, t)),
  ];
}

function shown(value: CellValue): string {
  if (value.kind === 'number') return String(roundLikeExcel(value.value, 1)).replace('.', ',');
  return value.kind === 'text' ? value.text : '';
}

function percent(value: CellValue): string {
  return value.kind === 'number' ? `${roundLikeExcel(value.value * 100)} %` : shown(value);
}
