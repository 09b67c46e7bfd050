import { a1 } from '../address';
import { text } from '../cell';
import { isTotal } from '../figures/groups';
import type { GroupFigures, Results } from '../figures/types';
import type { Settings } from '../settings';
import { figureIndex, SENTENCE_FIGURES, type Figure, type FigureId } from '../figures/figureRegistry';
import { shownFigure } from '../masking/shown';
import type { MaskPattern } from '../masking/pattern';
import type { SettingRefs } from './figureFormulas';
import {
  changeSentence,
  changeSentenceFormula,
  investigationSentence,
  investigationSentenceFormula,
} from './summary';
import { formulaCell, valueCell, type PlanCell } from './types';
import { FIRST_FIGURE_COLUMN, type GroupRows } from './resultsLayout';

/** The parts of the result sheet's context the summary reads. */
export interface SummaryContext {
  readonly inputs: { readonly results: Results; readonly settings: Settings };
  readonly refs: SettingRefs;
  readonly pattern: MaskPattern;
  readonly figures: readonly Figure[];
  readonly groupIndex: ReadonlyMap<unknown, number>;
}

export interface Subject {
  readonly subject: string;
  readonly group: GroupFigures;
}

/** The total and each unit get their sentences, as the Trosa report has them. */
export function summarySubjects(results: Results): Subject[] {
  const total = results.groups.filter(isTotal).map((g) => ({ subject: 'samtliga ärenden', group: g }));
  // A unit the codebook lacks, or none, gets no sentence: the table shows it, and it is no unit to report on.
  const headline = results.breakdowns.find((b) => b.breakdown.headline);
  const units = (headline?.groups ?? []).flatMap((g, i) => {
    const spec = headline?.breakdown.groups[i];
    return spec?.conditions[0]?.kind === 'label' ? [{ subject: g.key[0] ?? '', group: g }] : [];
  });
  return [...total, ...units];
}

export function summaryCells(
  firstRow: number,
  subjects: readonly Subject[],
  groupRows: GroupRows,
  { inputs, refs, pattern, figures, groupIndex }: SummaryContext,
): { cells: PlanCell[]; sentences: string[] } {
  const settings = inputs.settings;
  const figureAt = (id: FigureId) => ({ id, index: FIRST_FIGURE_COLUMN + figureIndex(id, figures) });
  const positive = figureAt(SENTENCE_FIGURES.positiveRate);
  const dropout = figureAt(SENTENCE_FIGURES.dropoutRate);
  const median = figureAt(SENTENCE_FIGURES.median);
  const over = figureAt(SENTENCE_FIGURES.over);
  const count = figureAt(SENTENCE_FIGURES.investigated);
  const cells: PlanCell[] = [valueCell(firstRow - 1, 1, text('Sammanfattning'), 'heading')];
  subjects.forEach(({ subject, group }, i) => {
    const groupRow = groupRows.get(group);
    if (groupRow === undefined) return;
    const at = (c: { index: number }) => a1(groupRow, c.index);
    const index = groupIndex.get(group) ?? -1;
    const shown = (c: { id: FigureId }) => shownFigure(inputs.results, pattern, index, c.id);
    const row = firstRow + 2 * i;
    const change = changeSentenceFormula({
      subject,
      cells: { positiveRate: at(positive), dropoutRate: at(dropout) },
    });
    cells.push(
      formulaCell(
        row,
        1,
        change,
        false,
        changeSentence(subject, shown(positive), shown(dropout)),
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
  // The sentences as the core wrote them, in sheet order: what the pane and the command line print.
  const sentences = cells.flatMap((c) =>
    c.content.kind === 'formula' && c.content.expected.kind === 'text' ? [c.content.expected.text] : [],
  );
  return { cells, sentences };
}
