import { caseFindings, duplicateIdFinding } from './caseRules';
import { UNCALCULATED_MESSAGE, uncalculatedFormulas } from '../table/uncalculated';
import { a1 } from '../address';
import { cellText, type CellValue } from '../cell';
import type { Codebook } from '../codebook/types';
import { cellOf, emptyRowTest, excelRowOf, type CaseTable } from '../table/caseTable';
import type { PackageTextKind, WorkbookValues } from '../table/workbookValues';
import { readSettings } from '../read/readSettings';
import type { Settings } from '../settings';
import { breakdowns, chartable } from '../figures/groups';
import { SETTING_ROWS, SETTINGS_SHEET_NAME } from '../layout/settingsLayout';
import { readCases } from '../read/readWorkbook';
import { caseIdKey } from './caseId';
import { containsPersonalNumber, textContainsPersonalNumber } from './personalNumber';
import { error, warning, type Finding, type Problem } from '../table/problem';
import type { CheckContext } from './valueRules';

/**
 * Every problem in the follow-up, each naming its sheet and cell. Nothing is changed: a fix is only offered.
 * Empty rows are passed over, as the figures pass over them.
 */
export function checkFollowUp(
  workbook: WorkbookValues,
  table: CaseTable,
  codebook: Codebook,
  context: CheckContext,
  definitionProblems: readonly Problem[] = [],
): Problem[] {
  // A formula with no value reads as blank: one error saying why, not "missing" at the same cell.
  const uncalculated = new Set(uncalculatedFormulas(workbook, table));
  const formulas: Problem[] = [...uncalculated].map((cell) => ({
    sheet: table.sheetName,
    cell,
    ...error('formula-not-calculated', UNCALCULATED_MESSAGE),
  }));
  return [
    ...definitionProblems,
    ...missingColumns(table, codebook),
    ...formulas,
    ...caseProblems(table, codebook, context).filter((p) => !uncalculated.has(p.cell)),
    ...personalNumberProblems(workbook),
    ...mergedCells(workbook, table),
  ];
}

/**
 * A merged area inside the case table: it looks like one value for several cases, but Excel (and the
 * formulas) count only its top-left cell, and the rows under it as blank.
 */
function mergedCells(workbook: WorkbookValues, table: CaseTable): Problem[] {
  const sheet = workbook.sheets.find((s) => s.name === table.sheetName);
  const right = table.firstColumn + table.headers.length - 1;
  const bottom = table.headerRow + table.rows.length;
  return (sheet?.merges ?? [])
    .filter(
      (m) =>
        m.left <= right && m.right >= table.firstColumn && m.top <= bottom && m.bottom >= table.headerRow,
    )
    .map((m) => ({
      sheet: table.sheetName,
      cell: a1(m.top, m.left),
      // A warning: the figures count it as Excel does, but the rows under it are probably not meant blank.
      ...warning(
        'merged-cells',
        `Cellerna ${a1(m.top, m.left)}:${a1(m.bottom, m.right)} är sammanfogade. Excel räknar bara värdet i den första och de andra som tomma. Dela upp dem (Start > Sammanfoga och centrera) och fyll i varje cell.`,
      ),
    }));
}

function missingColumns(table: CaseTable, codebook: Codebook): Problem[] {
  const headerEnd = a1(table.headerRow, table.firstColumn + table.headers.length);
  return codebook.variables
    .filter((v) => table.columnOf[v.key] === undefined)
    .map((v) => ({
      sheet: table.sheetName,
      cell: headerEnd,
      ...error(
        'missing-value',
        `Kolumnen ${v.name} saknas i ärendetabellen; lägg till den med exakt den rubriken.`,
      ),
    }));
}

function caseProblems(table: CaseTable, codebook: Codebook, context: CheckContext): Problem[] {
  const problems: Problem[] = [];
  const firstRowOfId = new Map<string, number>();
  const isEmpty = emptyRowTest(table);
  table.rows.forEach((row, i) => {
    if (isEmpty(row)) return;
    const excelRow = excelRowOf(table, i);
    const at = (column: number, finding: Finding): Problem => ({
      sheet: table.sheetName,
      cell: a1(excelRow, column),
      ...finding,
    });
    for (const [key, findings] of caseFindings(codebook, (k) => cellOf(table, i, k), context)) {
      const column = table.columnOf[key];
      if (column !== undefined) for (const finding of findings) problems.push(at(column, finding));
    }
    const duplicate = duplicateId(cellOf(table, i, 'caseId'), excelRow, firstRowOfId);
    const idColumn = table.columnOf.caseId;
    if (duplicate && idColumn !== undefined) problems.push(at(idColumn, duplicate));
  });
  return problems;
}

function duplicateId(cell: CellValue, excelRow: number, firstRowOfId: Map<string, number>): Finding | null {
  const key = caseIdKey(cell);
  if (key === null) return null;
  const first = firstRowOfId.get(key);
  if (first === undefined) {
    firstRowOfId.set(key, excelRow);
    return null;
  }
  return duplicateIdFinding(cellText(cell).trim(), first);
}

const PERSONAL_NUMBER_MESSAGE =
  'Cellen ser ut att innehålla ett personnummer eller samordningsnummer. Ta bort det: uppföljningen får inte innehålla personuppgifter.';
const ASIDE_WORDS = { note: 'kommentar', link: 'länk', formula: 'formel' } as const;
const HUGE_DATE_MESSAGE =
  'Cellen har datumformat men ett tal som inget datum kan ha, till exempel ett personnummer. Kontrollera den och ta bort ett personnummer: uppföljningen får inte innehålla personuppgifter.';

/**
 * Any cell on any sheet, the result sheet too (a person may type there), what cells hold beside their
 * values, and every text of the package a person can see (sheet names, headers, properties…).
 */
export function personalNumberProblems(workbook: WorkbookValues): Problem[] {
  const problems: Problem[] = [];
  const report = (sheet: string, row: number, column: number, message: string) =>
    problems.push({ sheet, cell: a1(row, column), ...error('personal-number', message) });
  for (const sheet of workbook.sheets) {
    sheet.rows.forEach((row, r) =>
      row.forEach((cell, c) => {
        if (containsPersonalNumber(cell)) report(sheet.name, r + 1, c + 1, PERSONAL_NUMBER_MESSAGE);
      }),
    );
    for (const aside of sheet.asides ?? [])
      if (aside.kind === 'hugeDate') report(sheet.name, aside.row, aside.column, HUGE_DATE_MESSAGE);
      else if (textContainsPersonalNumber(aside.text))
        report(
          sheet.name,
          aside.row,
          aside.column,
          PERSONAL_NUMBER_MESSAGE.replace('Cellen', `Cellens ${ASIDE_WORDS[aside.kind]}`),
        );
  }
  for (const found of workbook.texts ?? [])
    if (textContainsPersonalNumber(found.text)) {
      const sheet = found.sheet ?? workbook.sheets[0]?.name ?? '';
      report(
        sheet,
        1,
        1,
        `${TEXT_WHERE[found.kind]} ser ut att innehålla ett personnummer eller samordningsnummer. Ta bort det: uppföljningen får inte innehålla personuppgifter.`,
      );
    }
  return problems;
}

/** Where a person finds a text outside the cells, as the message names it. */
const TEXT_WHERE: Record<PackageTextKind, string> = {
  sheetName: 'Ett bladnamn',
  headerFooter: 'Sidhuvudet eller sidfoten på bladet',
  definedName: 'Ett definierat namn i arbetsboken',
  properties: 'Arbetsbokens egenskaper (Arkiv > Info)',
  validation: 'En listvalidering eller dess hjälptext på bladet',
  threadedComment: 'En kommentarstråd på bladet',
  pivotCache: 'En pivottabell eller dess cache',
  chart: 'Ett diagram',
  drawing: 'En textruta eller bild på bladet',
  other: 'En del av arbetsboken utanför cellerna',
};

/** The whole check of a workbook: Kodbok and Inställningar first, then every case cell and the guard. */
export function checkWorkbook(workbook: WorkbookValues, context: CheckContext): Problem[] {
  const { table, codebook, codebookProblems } = readCases(workbook);
  const reading = readSettings(workbook);
  const charts = unknownCharts(reading.settings, codebook);
  const problems = checkFollowUp(workbook, table, codebook, context, [
    ...codebookProblems,
    ...reading.problems,
    ...charts,
  ]);
  // Without Kodbok, a label is unknown only to the built-in codebook: that is one error, not one per cell.
  const withoutKodbok = codebookProblems.some((p) => p.code === 'codebook-missing');
  return withoutKodbok ? problems.filter((p) => p.code !== 'unknown-value') : problems;
}

/** Names in the Diagram setting that name no breakdown: they would draw nothing, so the check says so. */
function unknownCharts(settings: Settings, codebook: Codebook): Problem[] {
  const names = new Set(breakdowns(codebook, settings).map((b) => b.name));
  const unknown = (settings.charts ?? []).filter((n) => !names.has(n));
  if (unknown.length === 0) return [];
  const known = chartable(codebook, settings)
    .map((b) => b.name)
    .join(', ');
  return [
    {
      sheet: SETTINGS_SHEET_NAME,
      cell: a1(SETTING_ROWS.charts, 2),
      ...warning(
        'invalid-setting',
        `Diagram: ${unknown.map((n) => `"${n}"`).join(', ')} är ingen uppdelning och får inget diagram. Uppdelningarna är: ${known}.`,
      ),
    },
  ];
}
