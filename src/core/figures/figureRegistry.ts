import { HIGHEST_SEVERITY, SEVERITY_LEVELS } from '../codebook/roles';
import type { Role } from '../codebook/types';
import { CoreUsageError } from '../errors';
import type { FigureId } from './figureId';
import type { Measure, RowSet } from './measures';

export type { FigureId } from './figureId';

/**
 * The parts of a breakdown table on the result sheet, left to right. The headline part holds what a
 * committee reads and prints on pages of its own; each detail part prints beside the group labels on
 * later pages. The sheet orders the columns part by part, each part in the registry's order.
 */
export const COLUMN_PARTS = [
  'headline',
  'situation',
  'completion',
  'reactualisation',
  'reactualisationRates',
  'investigation',
] as const;
export type ColumnPart = (typeof COLUMN_PARTS)[number];

/** Where a figure stands in the `results --json` contract: a field of the group, or a field of a field. */
export type JsonPath = readonly [string] | readonly [string, string];

/**
 * One figure: its column header, how it is formatted, what it measures, where the sheet puts it and what
 * the JSON calls it. Nothing else defines it: the arithmetic between counts (which add up to which), the
 * counts a rate or median rests on, the columns, the JSON and the masking are all derived from these
 * entries (`arithmetic.ts`).
 */
export interface Figure {
  readonly id: FigureId;
  readonly header: string;
  readonly style: 'count' | 'percent' | 'decimal' | 'days';
  readonly measure: Measure;
  readonly part: ColumnPart;
  /** Its field in `results --json`; a figure without one is on the sheet only. */
  readonly json?: JsonPath;
  /** The pane's short header, for a figure of its headline table (per unit and in total). */
  readonly headline?: string;
  /** A rate drawn as data bars and as a series of every breakdown's chart: the series' name and colour. */
  readonly chart?: { readonly series: string; readonly color: string };
}

const ALL: RowSet = { kind: 'all' };
const situation = (...roles: Role[]): RowSet => ({ kind: 'roles', variable: 'situation', roles });
const KNOWN = situation('positive', 'unchanged', 'worse');
const DROPOUT: RowSet = { kind: 'roles', variable: 'situation', roles: ['unknown'], blank: true };
const completion = (...roles: Role[]): RowSet => ({ kind: 'roles', variable: 'completion', roles });
const reactualised = (role: Role): RowSet => ({
  kind: 'roles',
  variable: 'reactualisation',
  roles: [role],
  ...(role === 'unknown' ? { blank: true } : {}),
});
const severity = (roles: readonly Role[]): RowSet => ({ kind: 'roles', variable: 'severity', roles });

type Place = Pick<Figure, 'part'> & Partial<Pick<Figure, 'json' | 'headline' | 'chart'>>;

const count = (id: FigureId, header: string, rows: RowSet, place: Place): Figure => ({
  id,
  header,
  style: 'count',
  measure: { kind: 'count', rows },
  ...place,
});
const rate = (
  id: FigureId,
  header: string,
  numerator: RowSet,
  denominator: RowSet,
  place: Place,
): Figure => ({ id, header, style: 'percent', measure: { kind: 'rate', numerator, denominator }, ...place });
const statistic = (
  id: FigureId,
  header: string,
  style: Figure['style'],
  rest: Place & { measure: Extract<Measure, { kind: 'median' | 'mean' }> },
): Figure => ({ id, header, style, ...rest });
const at = (part: ColumnPart, ...json: JsonPath | []): Place =>
  json.length === 0 ? { part } : { part, json };
const headline = (header: string, ...json: JsonPath): Place => ({ part: 'headline', json, headline: header });

/** The columns of every breakdown table on the result sheet, left to right. To add a figure, add it here. */
export const FIGURES: readonly Figure[] = [
  count('n', 'Antal ärenden', ALL, headline('Ärenden', 'n')),
  count('known', 'Känd situation', KNOWN, headline('Känd situation', 'known')),
  count('positive', 'Förbättrad', situation('positive'), at('situation', 'positive')),
  count('unchanged', 'Oförändrad', situation('unchanged'), at('situation', 'unchanged')),
  count('worse', 'Försämrad', situation('worse'), at('situation', 'worse')),
  count('dropout', 'Bortfall', DROPOUT, at('situation', 'dropout')),
  rate('positiveRate', 'Positiv förändring', situation('positive'), KNOWN, {
    ...headline('Positiv förändring', 'positiveRate'),
    chart: { series: 'Positiv förändring, andel av ärenden med känd situation', color: '#5B9BD5' },
  }),
  rate('unchangedRate', 'Oförändrad andel', situation('unchanged'), KNOWN, at('situation', 'unchangedRate')),
  rate('worseRate', 'Försämrad andel', situation('worse'), KNOWN, at('situation', 'worseRate')),
  rate('dropoutRate', 'Bortfall andel', DROPOUT, ALL, {
    ...headline('Bortfall', 'dropoutRate'),
    chart: { series: 'Bortfall, andel av alla ärenden', color: '#ED7D31' },
  }),
  count('completed', 'Fullföljd', completion('completed'), at('completion', 'completed')),
  count('interrupted', 'Avbruten', completion('interrupted'), at('completion', 'interrupted')),
  rate(
    'completionRate',
    'Fullföljd andel',
    completion('completed'),
    completion('completed', 'interrupted'),
    at('completion', 'completionRate'),
  ),
  count(
    'reNone',
    'Återaktualisering: ingen',
    reactualised('none'),
    at('reactualisation', 'reactualisation', 'none'),
  ),
  count(
    'rePositive',
    'Återaktualisering: positiv',
    reactualised('positive'),
    at('reactualisation', 'reactualisation', 'positive'),
  ),
  count(
    'reNegative',
    'Återaktualisering: negativ',
    reactualised('negative'),
    at('reactualisation', 'reactualisation', 'negative'),
  ),
  count(
    'reUnknown',
    'Återaktualisering: okänd',
    reactualised('unknown'),
    at('reactualisation', 'reactualisation', 'unknown'),
  ),
  // The re-actualisation shares are not in the JSON: its counts divided by n give them.
  rate(
    'reNoneRate',
    'Återaktualisering: ingen, andel',
    reactualised('none'),
    ALL,
    at('reactualisationRates'),
  ),
  rate('rePositiveRate', 'Återaktualisering: positiv, andel', reactualised('positive'), ALL, at('headline')),
  rate('reNegativeRate', 'Återaktualisering: negativ, andel', reactualised('negative'), ALL, at('headline')),
  rate(
    'reUnknownRate',
    'Återaktualisering: okänd, andel',
    reactualised('unknown'),
    ALL,
    at('reactualisationRates'),
  ),
  count(
    'investigations',
    'Utredningar med tid',
    { kind: 'investigated' },
    at('investigation', 'investigationDays', 'n'),
  ),
  statistic('investigationMedian', 'Utredningstid, median (dagar)', 'days', {
    measure: { kind: 'median', of: 'investigationDays', sample: 'investigations' },
    ...headline('Median utredningstid (dagar)', 'investigationDays', 'median'),
  }),
  statistic('investigationMean', 'Utredningstid, medel (dagar)', 'days', {
    measure: { kind: 'mean', of: 'investigationDays', sample: 'investigations' },
    ...at('investigation', 'investigationDays', 'mean'),
  }),
  count(
    'investigationsOver',
    'Utredningar över gränsen',
    { kind: 'investigatedOverLimit' },
    at('investigation', 'investigationDays', 'overLimit'),
  ),
  statistic('medianAge', 'Medianålder', 'decimal', {
    // The ages a median rests on are no column of the sheet: the group's size stands for them.
    measure: { kind: 'median', of: 'age', sample: 'n' },
    ...at('investigation', 'medianAge'),
  }),
  rate(
    'dependenceShare',
    'Andel beroende',
    severity([HIGHEST_SEVERITY]),
    severity(SEVERITY_LEVELS),
    at('investigation', 'dependenceShare'),
  ),
];

/** The number of cases of a group: the count of all its rows. */
export const CASE_COUNT = 'n' satisfies FigureId;

/** The figures the summary sentences speak of, as the Trosa report does, by their part in a sentence. */
export const SENTENCE_FIGURES = {
  positiveRate: 'positiveRate',
  dropoutRate: 'dropoutRate',
  median: 'investigationMedian',
  over: 'investigationsOver',
  investigated: 'investigations',
} as const satisfies Record<string, FigureId>;

const INDEX = new Map<FigureId, number>(FIGURES.map((f, i) => [f.id, i]));

/** A figure's place among the figure columns (0 = the first), by its id. */
export function figureIndex(id: FigureId, figures: readonly Figure[] = FIGURES): number {
  const index = figures === FIGURES ? INDEX.get(id) : figures.findIndex((f) => f.id === id);
  if (index === undefined || index < 0) throw new CoreUsageError(`No figure ${id}`);
  return index;
}

export function figureOf(id: FigureId, figures: readonly Figure[] = FIGURES): Figure {
  const figure = figures[figureIndex(id, figures)];
  if (!figure) throw new CoreUsageError(`No figure ${id}`);
  return figure;
}
