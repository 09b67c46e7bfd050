import { HIGHEST_SEVERITY, SEVERITY_LEVELS, type Role } from '../codebook/roles';
import { CoreUsageError } from '../errors';
import type { Measure, RowSet } from './measures';

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

/** One figure: its column header, how it is formatted, and what it measures. Nothing else defines it. */
export interface Figure {
  readonly id: FigureId;
  readonly header: string;
  readonly style: 'count' | 'percent' | 'decimal' | 'days';
  readonly measure: Measure;
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

const count = (id: FigureId, header: string, rows: RowSet): Figure => ({
  id,
  header,
  style: 'count',
  measure: { kind: 'count', rows },
});
const rate = (id: FigureId, header: string, numerator: RowSet, denominator: RowSet): Figure => ({
  id,
  header,
  style: 'percent',
  measure: { kind: 'rate', numerator, denominator },
});

/** The columns of every breakdown table on the result sheet, left to right. To add a figure, add it here. */
export const FIGURES: readonly Figure[] = [
  count('n', 'Antal ärenden', ALL),
  count('known', 'Känd situation', KNOWN),
  count('positive', 'Förbättrad', situation('positive')),
  count('unchanged', 'Oförändrad', situation('unchanged')),
  count('worse', 'Försämrad', situation('worse')),
  count('dropout', 'Bortfall', DROPOUT),
  rate('positiveRate', 'Positiv förändring', situation('positive'), KNOWN),
  rate('unchangedRate', 'Oförändrad andel', situation('unchanged'), KNOWN),
  rate('worseRate', 'Försämrad andel', situation('worse'), KNOWN),
  rate('dropoutRate', 'Bortfall andel', DROPOUT, ALL),
  count('completed', 'Fullföljd', completion('completed')),
  count('interrupted', 'Avbruten', completion('interrupted')),
  rate('completionRate', 'Fullföljd andel', completion('completed'), completion('completed', 'interrupted')),
  count('reNone', 'Återaktualisering: ingen', reactualised('none')),
  count('rePositive', 'Återaktualisering: positiv', reactualised('positive')),
  count('reNegative', 'Återaktualisering: negativ', reactualised('negative')),
  count('reUnknown', 'Återaktualisering: okänd', reactualised('unknown')),
  rate('reNoneRate', 'Återaktualisering: ingen, andel', reactualised('none'), ALL),
  rate('rePositiveRate', 'Återaktualisering: positiv, andel', reactualised('positive'), ALL),
  rate('reNegativeRate', 'Återaktualisering: negativ, andel', reactualised('negative'), ALL),
  rate('reUnknownRate', 'Återaktualisering: okänd, andel', reactualised('unknown'), ALL),
  count('investigations', 'Utredningar med tid', { kind: 'investigated' }),
  {
    id: 'investigationMedian',
    header: 'Utredningstid, median (dagar)',
    style: 'days',
    measure: { kind: 'median', of: 'investigationDays' },
  },
  {
    id: 'investigationMean',
    header: 'Utredningstid, medel (dagar)',
    style: 'days',
    measure: { kind: 'mean', of: 'investigationDays' },
  },
  count('investigationsOver', 'Utredningar över gränsen', { kind: 'investigatedOverLimit' }),
  { id: 'medianAge', header: 'Medianålder', style: 'decimal', measure: { kind: 'median', of: 'age' } },
  rate('dependenceShare', 'Andel beroende', severity([HIGHEST_SEVERITY]), severity(SEVERITY_LEVELS)),
];

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
