import type { CellValue } from '../cell';
import type { Role } from '../codebook/roles';
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

/** One column of a breakdown table: its header, the core's shown value, and the formula that agrees. */
export interface FigureColumn {
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
const SEVERITY_KNOWN: readonly Role[] = ['level1', 'level2', 'level3'];
const known = (f: GroupFormulas) => f.withRoles('situation', KNOWN);
const dropout = (f: GroupFormulas) => f.withRoles('situation', ['unknown'], true);

const count = (header: string, value: (g: GroupFigures) => number, expr: (f: GroupFormulas) => string) =>
  ({
    header,
    style: 'count',
    shown: (g, t) => shownCount(value(g), t),
    formula: (f, r) => plain(countCell(expr(f), r.t)),
  }) satisfies FigureColumn;

const rate = (
  header: string,
  value: (g: GroupFigures) => [number, number],
  expr: (f: GroupFormulas) => [string, string],
) =>
  ({
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
    'Antal ärenden',
    (g) => g.n,
    (f) => f.n(),
  ),
  count('Känd situation', (g) => g.known, known),
  count('Förbättrad', (g) => g.positive, situation('positive')),
  count('Oförändrad', (g) => g.unchanged, situation('unchanged')),
  count('Försämrad', (g) => g.worse, situation('worse')),
  count('Bortfall', (g) => g.dropout, dropout),
  rate(
    'Positiv förändring',
    (g) => [g.positive, g.known],
    (f) => [situation('positive')(f), known(f)],
  ),
  rate(
    'Oförändrad andel',
    (g) => [g.unchanged, g.known],
    (f) => [situation('unchanged')(f), known(f)],
  ),
  rate(
    'Försämrad andel',
    (g) => [g.worse, g.known],
    (f) => [situation('worse')(f), known(f)],
  ),
  rate(
    'Bortfall andel',
    (g) => [g.dropout, g.n],
    (f) => [dropout(f), f.n()],
  ),
  count(
    'Fullföljd',
    (g) => g.completed,
    (f) => f.withRoles('completion', ['completed']),
  ),
  count(
    'Avbruten',
    (g) => g.interrupted,
    (f) => f.withRoles('completion', ['interrupted']),
  ),
  rate(
    'Fullföljd andel',
    (g) => [g.completed, g.completed + g.interrupted],
    (f) => [
      f.withRoles('completion', ['completed']),
      f.withRoles('completion', ['completed', 'interrupted']),
    ],
  ),
  count('Återaktualisering: ingen', (g) => g.reactualisation.none, reactualised('none')),
  count('Återaktualisering: positiv', (g) => g.reactualisation.positive, reactualised('positive')),
  count('Återaktualisering: negativ', (g) => g.reactualisation.negative, reactualised('negative')),
  count('Återaktualisering: okänd', (g) => g.reactualisation.unknown, reactualised('unknown', true)),
  rate(
    'Andel ingen',
    (g) => [g.reactualisation.none, g.n],
    (f) => [reactualised('none')(f), f.n()],
  ),
  rate(
    'Andel positiv',
    (g) => [g.reactualisation.positive, g.n],
    (f) => [reactualised('positive')(f), f.n()],
  ),
  rate(
    'Andel negativ',
    (g) => [g.reactualisation.negative, g.n],
    (f) => [reactualised('negative')(f), f.n()],
  ),
  rate(
    'Andel okänd',
    (g) => [g.reactualisation.unknown, g.n],
    (f) => [reactualised('unknown', true)(f), f.n()],
  ),
  {
    header: 'Utredningar med tid',
    style: 'count',
    shown: (g, t) => shownCount(g.investigationDays.n, t),
    formula: (f, r) => array(countCell(`COUNT(${f.investigationDays()})`, r.t)),
  },
  {
    header: 'Utredningstid, median (dagar)',
    style: 'decimal',
    shown: (g, t) => shownStat(g.investigationDays.median, g.investigationDays.n, t),
    formula: (f, r) =>
      array(statCell(`MEDIAN(${f.investigationDays()})`, `COUNT(${f.investigationDays()})`, r.t)),
  },
  {
    header: 'Utredningstid, medel (dagar)',
    style: 'decimal',
    shown: (g, t) => shownStat(g.investigationDays.mean, g.investigationDays.n, t),
    formula: (f, r) =>
      array(statCell(`AVERAGE(${f.investigationDays()})`, `COUNT(${f.investigationDays()})`, r.t)),
  },
  {
    header: 'Utredningar över gränsen',
    style: 'count',
    shown: (g, t) => shownCount(g.investigationDays.overLimit, t),
    formula: (f, r) => array(countCell(`COUNT(${f.investigationsOver(r.limit)})`, r.t)),
  },
  {
    header: 'Medianålder',
    style: 'decimal',
    shown: (g, t) => shownStat(g.medianAge, g.ageCount, t),
    formula: (f, r) => array(statCell(`MEDIAN(${f.ages()})`, `COUNT(${f.ages()})`, r.t)),
  },
  rate(
    'Andel beroende',
    (g) => [g.severityHighest, g.severityKnown],
    (f) => [f.withRoles('severity', ['level3']), f.withRoles('severity', SEVERITY_KNOWN)],
  ),
];
