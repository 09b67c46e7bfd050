import {
  CODEBOOK_HEADER_ROW,
  CODEBOOK_SHEET_NAME,
  CODEBOOK_VERSION,
  CODEBOOK_VERSION_CELL,
  listColumns,
  ROLE_HEADER,
} from '../layout/kodbokLayout';
import { text } from '../cell';
import { ROLE_NAMES } from '../codebook/roles';
import { typeName } from '../codebook/typeNames';
import { REQUIREMENT_NAMES, type Codebook } from '../codebook/types';
import { valueCell, type PlanCell, type SheetPlan } from './types';
import {
  A4,
  columnBreaksBetween,
  columnPoints,
  MIN_SCALE,
  ROW_POINTS,
  scaleToFit,
  wrappedRowPoints,
} from './printLayout';

const VARIABLE_HEADERS = ['Variabel', 'Grupp', 'Beskrivning', 'Typ', 'Obligatorisk'];

const NOTE =
  'Variablerna i uppföljningen och deras tillåtna värden: kodboken är uppföljningens definition. Byt etiketter, ' +
  'lägg till och ta bort värden; rollen bestämmer hur ett värde räknas i resultatet. Egna variabler läggs till ' +
  'längst ned (typ: lista, ordnad lista, heltal, tal, datum eller fritext) och listans värden i en egen kolumn ' +
  'till höger. De inbyggda variablernas namn ändras inte.';

export function codebookSheetPlan(codebook: Codebook): SheetPlan {
  const cells: PlanCell[] = [
    valueCell(1, 1, text('Kodbok'), 'title'),
    valueCell(2, 1, text(NOTE), 'paragraph'),
    valueCell(
      CODEBOOK_VERSION_CELL.row,
      CODEBOOK_VERSION_CELL.column,
      text(`Kodbokens version ${CODEBOOK_VERSION}`),
      'note',
    ),
  ];
  VARIABLE_HEADERS.forEach((h, i) =>
    cells.push(valueCell(CODEBOOK_HEADER_ROW, i + 1, text(h), 'columnHeader')),
  );
  codebook.variables.forEach((v, i) => {
    const row = CODEBOOK_HEADER_ROW + 1 + i;
    const fields = [v.name, v.group ?? '–', v.description, typeName(v), REQUIREMENT_NAMES[v.requirement]];
    fields.forEach((f, c) =>
      cells.push(valueCell(row, c + 1, text(f), c === 0 ? 'label' : c === 2 ? 'sentence' : undefined)),
    );
  });
  const widths = [26, 10, 60, 14, 24, 3];
  for (const [key, column] of listColumns(codebook)) {
    const variable = codebook.variables.find((v) => v.key === key);
    if (!variable) continue;
    cells.push(valueCell(CODEBOOK_HEADER_ROW, column, text(variable.name), 'columnHeader'));
    cells.push(valueCell(CODEBOOK_HEADER_ROW, column + 1, text(ROLE_HEADER), 'columnHeader'));
    variable.values.forEach((option, i) => {
      cells.push(valueCell(CODEBOOK_HEADER_ROW + 1 + i, column, text(option.label)));
      if (option.role)
        cells.push(valueCell(CODEBOOK_HEADER_ROW + 1 + i, column + 1, text(ROLE_NAMES[option.role])));
    });
    widths[column - 1] = Math.max(variable.width, 14);
    widths[column] = 11;
  }
  const columnWidths = Array.from(widths, (w) => w ?? 10);
  return {
    name: CODEBOOK_SHEET_NAME,
    cells,
    columnWidths,
    ...codebookPrint(codebook, columnWidths),
    freeze: { rows: CODEBOOK_HEADER_ROW, columns: 1 },
    validations: [],
    columnFormats: [],
  };
}

/**
 * The codebook on paper: the variables' table across the first pages, the note and each description
 * wrapped in their cells (a row never splits across pages, so neither does a sentence), then the lists,
 * as many side by side as fit, each with its roles. The header row repeats on every page.
 */
function codebookPrint(
  codebook: Codebook,
  widths: readonly number[],
): Pick<SheetPlan, 'merges' | 'rowHeights' | 'print'> {
  const variablesEnd = VARIABLE_HEADERS.length;
  const tableWidth = widths.slice(0, variablesEnd).reduce((sum, w) => sum + w, 0);
  const descriptionWidth = widths[2] ?? 60;
  const rowHeights = [
    { row: 2, height: wrappedRowPoints(NOTE, tableWidth) },
    ...codebook.variables.flatMap((v, i) => {
      const height = wrappedRowPoints(v.description, descriptionWidth);
      return height > ROW_POINTS ? [{ row: CODEBOOK_HEADER_ROW + 1 + i, height }] : [];
    }),
  ];
  const points = (from: number, to: number) =>
    widths.slice(from - 1, to).reduce((sum, w) => sum + columnPoints(w), 0);
  const lists = [...listColumns(codebook).values()].map((column) => ({
    firstColumn: column,
    width: points(column, column + 1),
  }));
  // Lists of very long labels may need more than a page: text never prints below 8 points for them.
  const scale = Math.max(
    MIN_SCALE,
    scaleToFit(Math.max(points(1, variablesEnd), ...lists.map((l) => l.width)), A4.long),
  );
  const [first] = lists;
  return {
    merges: [{ top: 2, left: 1, bottom: 2, right: variablesEnd }],
    rowHeights,
    print: {
      landscape: true,
      scale,
      header: { left: CODEBOOK_SHEET_NAME, right: '' },
      titleRows: { first: CODEBOOK_HEADER_ROW, last: CODEBOOK_HEADER_ROW },
      rowBreaks: [],
      columnBreaks: first
        ? [first.firstColumn, ...columnBreaksBetween(lists, A4.long / (scale / 100), 0)]
        : [],
    },
  };
}
