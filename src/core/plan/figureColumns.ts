import type { CellValue } from '../cell';
import { HIGHEST_SEVERITY, SEVERITY_LEVELS, type Role } from '../codebook/roles';
import { CoreUsageError } from '../errors';
import { shownCount, shownRate, shownStat } from '../figures/masking';
import type { GroupFigures } from '../figures/types';
import { countCell, rateCell, statCell } from './cellFormulas';
import type { GroupFormulas } from './groupFormulas';

export interface SettingRefs {
  /** The minimum reported count. */
  readonly t: string;
  /** The investigation time limit in days. */
  readonly limit: string;
}

/** The figures of a breakdown table, by a name that never changes when a header is reworded. */
export type FigureId =
  | 'n'
  | 'known'
  | 'positive'
  | 'unchanged'
  | 'worse'
  | 'dropout'
  | 'positiveRate'
  | 'unchangedRate'
  | 'worseRate'
  | 'dropoutRate'
  | 'completed'
  | 'interrupted'
  | 'completionRate'
  | 'reNone'
  | 'rePositive'
  | 'reNegative'
  | 'reUnknown'
  | 'reNoneRate'
  | 'rePositiveRate'
  | 'reNegativeRate'
  | 'reUnknownRate'
  | 'investigations'
  | 'investigationMedian'
  | 'investigationMean'
  | 'investigationsOver'
  | 'medianAge'
  | 'dependenceShare';

/** One column of a breakdown table: its header, the core's shown value, and the formula that agrees. */
export interface FigureColumn {
  readonly id: FigureId;
  readonly header: string;
  readonly style: 'count' | 'percent' | 'decimal';
  readonly shown: (g: GroupFigures, t: number) => CellValue;
  readonly formula: (
    f: GroupFormulas,
    refs: SettingRefs,
  ) => { readonly text: string; readonly array: boolean };
}

const plain = (text: string) => ({ text, array: false });
const array = (text: string) => ({ text, array: true });

const KNOWN: readonly Role[] = ['positive', 'unchanged', 'worse'];
const known = (f: GroupFormulas) => f.withRoles('situation', KNOWN);
const dropout = (f: GroupFormulas) => f.withRoles('situation', ['unknown'], true);

const count = (
  id: FigureId,
  header: string,
  value: (g: GroupFigures) => number,
  expr: (f: GroupFormulas) => string,
) =>
  ({
    id,
    header,
    style: 'count',
    shown: (g, t) => shownCount(value(g), t),
    formula: (f, r) => plain(countCell(expr(f), r.t)),
  }) satisfies FigureColumn;

const rate = (
  id: FigureId,
  header: string,
  value: (g: GroupFigures) => [number, number],
  expr: (f: GroupFormulas) => [string, string],
) =>
  ({
    id,
    header,
    style: 'percent',
    shown: (g, t) => shownRate(...value(g), t),
    formula: (f, r) => plain(rateCell(...expr(f), r.t)),
  }) satisfies FigureColumn;

const situation = (role: Role) => (f: GroupFormulas) => f.withRoles('situation', [role]);
const reactualised =
  (role: Role, blank = false) =>
  (f: GroupFormulas) =>
    f.withRoles('reactualisation', [role], blank);

/** The columns of every breakdown table on the result sheet, left to right. To add a figure, add it here. */
export const FIGURE_COLUMNS: readonly FigureColumn[] = [
  count(
    'n',
    'Antal ärenden',
    (g) => g.n,
    (f) => f.n(),
  ),
  count('known', 'Känd situation', (g) => g.known, known),
  count('positive', 'Förbättrad', (g) => g.positive, situation('positive')),
  count('unchanged', 'Oförändrad', (g) => g.unchanged, situation('unchanged')),
  count('worse', 'Försämrad', (g) => g.worse, situation('worse')),
  count('dropout', 'Bortfall', (g) => g.dropout, dropout),
  rate(
    'positiveRate',
    'Positiv förändring',
    (g) => [g.positive, g.known],
    (f) => [situation('positive')(f), known(f)],
  ),
  rate(
    'unchangedRate',
    'Oförändrad andel',
    (g) => [g.unchanged, g.known],
    (f) => [situation('unchanged')(f), known(f)],
  ),
  rate(
    'worseRate',
    'Försämrad andel',
    (g) => [g.worse, g.known],
    (f) => [situation('worse')(f), known(f)],
  ),
  rate(
    'dropoutRate',
    'Bortfall andel',
    (g) => [g.dropout, g.n],
    (f) => [dropout(f), f.n()],
  ),
  count(
    'completed',
    'Fullföljd',
    (g) => g.completed,
    (f) => f.withRoles('completion', ['completed']),
  ),
  count(
    'interrupted',
    'Avbruten',
    (g) => g.interrupted,
    (f) => f.withRoles('completion', ['interrupted']),
  ),
  rate(
    'completionRate',
    'Fullföljd andel',
    (g) => [g.completed, g.completed + g.interrupted],
    (f) => [
      f.withRoles('completion', ['completed']),
      f.withRoles('completion', ['completed', 'interrupted']),
    ],
  ),
  count('reNone', 'Återaktualisering: ingen', (g) => g.reactualisation.none, reactualised('none')),
  count(
    'rePositive',
    'Återaktualisering: positiv',
    (g) => g.reactualisation.positive,
    reactualised('positive'),
  ),
  count(
    'reNegative',
    'Återaktualisering: negativ',
    (g) => g.reactualisation.negative,
    reactualised('negative'),
  ),
  count(
    'reUnknown',
    'Återaktualisering: okänd',
    (g) => g.reactualisation.unknown,
    reactualised('unknown', true),
  ),
  rate(
    'reNoneRate',
    'Andel ingen',
    (g) => [g.reactualisation.none, g.n],
    (f) => [reactualised('none')(f), f.n()],
  ),
  rate(
    'rePositiveRate',
    'Andel positiv',
    (g) => [g.reactualisation.positive, g.n],
    (f) => [reactualised('positive')(f), f.n()],
  ),
  rate(
    'reNegativeRate',
    'Andel negativ',
    (g) => [g.reactualisation.negative, g.n],
    (f) => [reactualised('negative')(f), f.n()],
  ),
  rate(
    'reUnknownRate',
    'Andel okänd',
    (g) => [g.reactualisation.unknown, g.n],
    (f) => [reactualised('unknown', true)(f), f.n()],
  ),
  {
    id: 'investigations',
    header: 'Utredningar med tid',
    style: 'count',
    shown: (g, t) => shownCount(g.investigationDays.n, t),
    formula: (f, r) => array(countCell(`COUNT(${f.investigationDays()})`, r.t)),
  },
  {
    id: 'investigationMedian',
    header: 'Utredningstid, median (dagar)',
    style: 'decimal',
    shown: (g, t) => shownStat(g.investigationDays.median, g.investigationDays.n, t),
    formula: (f, r) =>
      array(statCell(`MEDIAN(${f.investigationDays()})`, `COUNT(${f.investigationDays()})`, r.t)),
  },
  {
    id: 'investigationMean',
    header: 'Utredningstid, medel (dagar)',
    style: 'decimal',
    shown: (g, t) => shownStat(g.investigationDays.mean, g.investigationDays.n, t),
    formula: (f, r) =>
      array(statCell(`AVERAGE(${f.investigationDays()})`, `COUNT(${f.investigationDays()})`, r.t)),
  },
  {
    id: 'investigationsOver',
    header: 'Utredningar över gränsen',
    style: 'count',
    shown: (g, t) => shownCount(g.investigationDays.overLimit, t),
    formula: (f, r) => array(countCell(`COUNT(${f.investigationsOver(r.limit)})`, r.t)),
  },
  {
    id: 'medianAge',
    header: 'Medianålder',
    style: 'decimal',
    shown: (g, t) => shownStat(g.medianAge, g.ageCount, t),
    formula: (f, r) => array(statCell(`MEDIAN(${f.ages()})`, `COUNT(${f.ages()})`, r.t)),
  },
  rate(
    'dependenceShare',
    'Andel beroende',
    (g) => [g.severityHighest, g.severityKnown],
    (f) => [f.withRoles('severity', [HIGHEST_SEVERITY]), f.withRoles('severity', SEVERITY_LEVELS)],
  ),
];

const COLUMN_INDEX = new Map<FigureId, number>(FIGURE_COLUMNS.map((c, i) => [c.id, i]));

/** A figure's column among the figure columns (0 = the first), by its id. */
export function figureIndex(id: FigureId): number {
  const index = COLUMN_INDEX.get(id);
  if (index === undefined) throw new CoreUsageError(`No figure column ${id}`);
  return index;
}

export function figureColumn(id: FigureId): FigureColumn {
  const column = FIGURE_COLUMNS[figureIndex(id)];
  if (!column) throw new CoreUsageError(`No figure column ${id}`);
  return column;
}
