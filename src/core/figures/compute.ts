import { isBlank } from '../cell';
import { isListVariable, type Codebook } from '../codebook/types';
import { labelKeyer } from '../labels';
import type { Settings } from '../settings';
import { columnValues, type CaseTable } from '../table/caseTable';
import { breakdowns, type GroupSpec } from './groups';
import { columnCache, memberRows } from './members';
import { rowFacts, type RowFacts } from './rowFacts';
import { evaluateFigures } from './evaluate';
import { groupContract } from './json';
import type { BreakdownFigures, DataQuality, GroupFigures, Results } from './types';

/** The figures of every group, counted exactly as the result sheet's formulas count them. */
export function computeResults(table: CaseTable, codebook: Codebook, settings: Settings): Results {
  const facts = rowFacts(table, codebook);
  const columns = columnCache(table, codebook, facts);
  const figures: BreakdownFigures[] = breakdowns(codebook, settings).map((breakdown) => ({
    breakdown,
    groups: breakdown.groups.map((spec) =>
      figuresOf(spec, memberRows(spec, facts, columns), facts, settings),
    ),
  }));
  const cases = facts.caseRows.length;
  return {
    cases,
    breakdowns: figures,
    groups: figures.flatMap((b) => b.groups),
    dataQuality: dataQuality(table, codebook, facts, cases),
  };
}

function figuresOf(
  spec: GroupSpec,
  rows: readonly number[],
  facts: RowFacts,
  settings: Settings,
): GroupFigures {
  const measures = evaluateFigures(rows, facts, settings.investigationLimitDays);
  return {
    by: spec.by,
    ...(spec.variable === undefined ? {} : { variable: spec.variable }),
    key: spec.key,
    ...groupContract(measures),
    measures,
  };
}

/** Per variable: filled and missing cells among the cases, and for a list the values no label counts. */
function dataQuality(table: CaseTable, codebook: Codebook, facts: RowFacts, cases: number): DataQuality[] {
  const present = codebook.variables.filter((v) => table.columnOf[v.key] !== undefined);
  return present.map((v) => {
    const cells = columnValues(table, v.key);
    let missing = 0;
    let other = 0;
    const labels = new Set(v.values.map((o) => o.label.toLowerCase()));
    const keyOf = labelKeyer(v.values.map((o) => o.label));
    for (const i of facts.caseRows) {
      const cell = cells[i] ?? { kind: 'empty' };
      if (isBlank(cell)) missing++;
      else if (isListVariable(v) && !labels.has(keyOf(cell) ?? '\u0000')) other++;
    }
    return {
      key: v.key,
      variable: v.name,
      filled: cases - missing,
      missing,
      notInCodebook: isListVariable(v) ? other : null,
    };
  });
}
