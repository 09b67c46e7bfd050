import { EMPTY, text, type CellValue } from '../cell';
import type { Codebook, Variable } from '../codebook/types';
import { EARLIEST_PLAUSIBLE, LATEST_PLAUSIBLE } from '../dates';
import { CASE_SHEET_NAME, CASE_TABLE_NAME } from '../table/caseTable';
import type { CellRange } from '../address';
import { listSource, listSourceAt } from '../layout/kodbokLayout';
import {
  type NewCaseColumn,
  valueCell,
  type ColumnFormat,
  type PlanCell,
  type SheetPlan,
  type ValidationPlan,
} from './types';

export const BAND_ROW = 1;
export const CASE_HEADER_ROW = 2;
/** Drop-downs and formats reach this far below the last case, so new rows typed under the table get them too. */
export const ROWS_PREPARED_BELOW = 1000;

/** The variable sheet: a band row (Bakgrund · Process · Resultat) over the table `Arenden`. */
export function casesSheetPlan(
  codebook: Codebook,
  caseRows: readonly (readonly CellValue[])[],
  extraColumns: readonly string[] = [],
): SheetPlan {
  const variables = codebook.variables;
  const columns = [...variables.map((v) => v.name), ...extraColumns];
  const rows = caseRows.length > 0 ? caseRows : [columns.map(() => EMPTY)];
  const lastRow = CASE_HEADER_ROW + rows.length + ROWS_PREPARED_BELOW;
  const { cells, merges } = bandRow(variables);
  return {
    name: CASE_SHEET_NAME,
    cells,
    table: {
      name: CASE_TABLE_NAME,
      headerRow: CASE_HEADER_ROW,
      firstColumn: 1,
      columns,
      rows,
    },
    columnWidths: [...variables.map((v) => v.width), ...extraColumns.map(() => 16)],
    rowHeights: [{ row: CASE_HEADER_ROW, height: 32 }],
    merges,
    freeze: { rows: CASE_HEADER_ROW, columns: 1 },
    validations: variables.flatMap((v, i) => validationFor(codebook, v, column(i + 1, lastRow))),
    columnFormats: variables.flatMap((v, i): ColumnFormat[] =>
      v.type === 'date'
        ? [{ column: i + 1, style: 'date', fromRow: CASE_HEADER_ROW + 1, toRow: lastRow }]
        : [],
    ),
  };
}

/** The rules and formats of a variable's column added to an existing case table at `columnIndex`. */
export function newCaseColumn(
  codebook: Codebook,
  variable: Variable,
  at: {
    readonly sheet: string;
    readonly column: number;
    readonly lastCaseRow: number;
    /** For a list: the Kodbok column its values were written in, which the drop-down names. */
    readonly kodbokColumn?: number;
  },
): NewCaseColumn {
  const lastRow = at.lastCaseRow + ROWS_PREPARED_BELOW;
  const columnIndex = at.column;
  return {
    sheet: at.sheet,
    header: variable.name,
    column: columnIndex,
    width: variable.width,
    validations: validationFor(
      codebook,
      variable,
      column(columnIndex, lastRow),
      at.kodbokColumn === undefined ? undefined : listSourceAt(at.kodbokColumn),
    ),
    formats:
      variable.type === 'date'
        ? [{ column: columnIndex, style: 'date', fromRow: CASE_HEADER_ROW + 1, toRow: lastRow }]
        : [],
  };
}

const column = (c: number, lastRow: number): CellRange => ({
  top: CASE_HEADER_ROW + 1,
  left: c,
  bottom: lastRow,
  right: c,
});

function bandRow(variables: readonly Variable[]): { cells: PlanCell[]; merges: CellRange[] } {
  const cells: PlanCell[] = [];
  const merges: CellRange[] = [];
  let start = 0;
  variables.forEach((v, i) => {
    const next = variables[i + 1];
    if (next && next.group === v.group) return;
    if (v.group !== null) {
      cells.push(valueCell(BAND_ROW, start + 1, text(v.group), 'band'));
      if (i > start) merges.push({ top: BAND_ROW, left: start + 1, bottom: BAND_ROW, right: i + 1 });
    }
    start = i + 1;
  });
  return { cells, merges };
}

function validationFor(codebook: Codebook, v: Variable, range: CellRange, listAt?: string): ValidationPlan[] {
  switch (v.type) {
    case 'list':
    case 'orderedList': {
      const source = listAt ?? listSource(codebook, v.key);
      if (!source) return [];
      return [
        {
          range,
          rule: { kind: 'list', source },
          prompt: `Välj ${v.name.toLowerCase()} ur listan.`,
          error: `Värdet finns inte i kodboken för ${v.name}. Välj ur listan eller lägg till värdet i bladet Kodbok.`,
        },
      ];
    }
    case 'integer':
    case 'number': {
      // Excel's validation needs both ends; an open end is as far as a case's number could reasonably go.
      const min = v.bounds?.min ?? -1e9;
      const max = v.bounds?.max ?? 1e9;
      const whole = v.type === 'integer';
      const kind = whole ? ('wholeNumber' as const) : ('decimal' as const);
      const rule = `${v.name} ska vara ${whole ? 'ett heltal' : 'ett tal'} från ${min} till ${max}.`;
      return [{ range, rule: { kind, min, max }, prompt: v.description || rule, error: rule }];
    }
    case 'date':
      return [
        {
          range,
          rule: { kind: 'date', min: EARLIEST_PLAUSIBLE, max: LATEST_PLAUSIBLE },
          prompt: 'Datum, t.ex. 2019-03-05.',
          error: 'Skriv ett datum, t.ex. 2019-03-05.',
        },
      ];
    case 'id':
    case 'text':
      return [];
  }
}
