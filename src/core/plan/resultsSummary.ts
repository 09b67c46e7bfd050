import { a1 } from '../address';
import { text } from '../cell';
import type { GroupFigures, Results } from '../figures/types';
import type { Settings } from '../settings';
import { FIGURE_COLUMNS, type FigureColumn, type SettingRefs } from './figureColumns';
import {
  changeSentence,
  changeSentenceFormula,
  investigationSentence,
  investigationSentenceFormula,
} from './summary';
import { formulaCell, valueCell, type PlanCell } from './types';
import { FIRST_FIGURE_COLUMN, type GroupRows } from './resultsLayout';

export interface Subject {
  readonly subject: string;
  readonly figures: GroupFigures;
}

/** The total and each unit get their sentences, as the Trosa report has them. */
export function summarySubjects(results: Results): Subject[] {
  return results.groups
    .filter((g) => g.by === 'total' || g.by === 'unit')
    .map((g) => ({ subject: g.by === 'total' ? 'samtliga ärenden' : (g.key[0] ?? ''), figures: g }));
}

function figureColumn(header: string): { column: FigureColumn; index: number } {
  const index = FIGURE_COLUMNS.findIndex((c) => c.header === header);
  const column = FIGURE_COLUMNS[index];
  if (!column) throw new Error(`No figure column ${header}`);
  return { column, index: FIRST_FIGURE_COLUMN + index };
}

export function summaryCells(
  firstRow: number,
  subjects: readonly Subject[],
  groupRows: GroupRows,
  settings: Settings,
  refs: SettingRefs,
): PlanCell[] {
  const t = settings.minCount;
  const [positive, dropout, median, over, count] = [
    'Positiv förändring',
    'Bortfall andel',
    'Utredningstid, median (dagar)',
    'Utredningar över gränsen',
    'Utredningar med tid',
  ].map(figureColumn);
  if (!positive || !dropout || !median || !over || !count) return [];
  const cells: PlanCell[] = [valueCell(firstRow - 1, 1, text('Sammanfattning'), 'heading')];
  subjects.forEach(({ subject, figures }, i) => {
    const groupRow = groupRows.get(figures);
    if (groupRow === undefined) return;
    const at = (c: { index: number }) => a1(groupRow, c.index);
    const shown = (c: { column: FigureColumn }) => c.column.shown(figures, t);
    const row = firstRow + 2 * i;
    const change = changeSentenceFormula({
      subject,
      cells: { positiveRate: at(positive), dropoutRate: at(dropout) },
      t: refs.t,
    });
    cells.push(
      formulaCell(
        row,
        1,
        change,
        false,
        changeSentence(subject, shown(positive), shown(dropout), t),
        'sentence',
      ),
    );
    const investigation = investigationSentenceFormula({
      subject,
      cells: { median: at(median), over: at(over), count: at(count) },
      limit: refs.limit,
    });
    const expected = investigationSentence(
      subject,
      { median: shown(median), over: shown(over), count: shown(count) },
      settings.investigationLimitDays,
    );
    cells.push(formulaCell(row + 1, 1, investigation, false, expected, 'sentence'));
  });
  return cells;
}
