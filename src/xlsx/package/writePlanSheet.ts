import { rangeA1 } from '../../core/address';
import type { SheetPlan, StyleName, TablePlan } from '../../core/plan/types';
import { refuse } from '../../core/refusals';
import { chartXml, drawingXml } from './chartXml';
import {
  addRelationship,
  appendInto,
  CONTENT_TYPE,
  ContentTypes,
  freeName,
  OFFICE_RELATIONSHIP,
  relationshipsXml,
} from './indexParts';
import { OpcPackage, relativeTarget } from './opcPackage';
import { relationshipsOf, sheetEntries, workbookPart, type SheetEntry } from './readPackage';
import { MAIN_NS, sheetXml } from './sheetXml';
import { addPlanStyles } from './stylesXml';
import { applySplices, child, childrenNamed, escapeXml, parseXml } from './xmlTree';
import { RENDERING } from '../../core/plan/rendering';
import { setPrintNames } from './printTitles';

const REL = {
  worksheet: `${OFFICE_RELATIONSHIP}/worksheet`,
  drawing: `${OFFICE_RELATIONSHIP}/drawing`,
  chart: `${OFFICE_RELATIONSHIP}/chart`,
  table: `${OFFICE_RELATIONSHIP}/table`,
};

/**
 * Writes one sheet from its plan into the package. A sheet of that name (any letter case) is replaced in
 * place: its part, and the drawing, charts and tables it owned, are written anew under the same names,
 * and its entry in the workbook keeps its position and id. A new sheet is added last. Nothing else in the
 * package changes but styles.xml (appended to) and the index entries of these parts.
 */
export function writePlanSheet(pkg: OpcPackage, plan: SheetPlan, cachedResults: boolean): void {
  const workbook = workbookPart(pkg);
  const types = new ContentTypes(pkg);
  const existing = sheetEntries(pkg, workbook).find((s) => s.name.toLowerCase() === plan.name.toLowerCase());
  if (existing && existing.part === '') throw refuse.sheetExists({ sheet: plan.name });
  const part = existing ? existing.part : addSheetEntry(pkg, workbook, plan.name, types);
  if (existing) {
    removeOwnedParts(pkg, part, types);
    if (existing.name !== plan.name) renameSheet(pkg, workbook, existing, plan.name);
    dropCalcChainEntries(pkg, workbook, existing.sheetId, types);
  }
  const styles = appendPlanStyles(pkg, [
    ...plan.cells.flatMap((c) => (c.style ? [c.style] : [])),
    ...plan.columnFormats.map((f) => f.style),
  ]);
  const rels: SheetRelationship[] = [];
  const drawingId = addCharts(pkg, plan, part, rels, types);
  const tableIds = plan.table ? [addTable(pkg, plan.table, part, rels, types)] : [];
  const relsName = OpcPackage.relsName(part);
  if (rels.length > 0) pkg.setText(relsName, relationshipsXml(rels));
  else pkg.delete(relsName);
  pkg.setText(part, sheetXml(plan, { styles, cachedResults, tableIds, ...(drawingId ? { drawingId } : {}) }));
  types.set(part, CONTENT_TYPE.worksheet);
  types.save();
  setPrintNames(pkg, workbook, plan.name, plan.print);
}

function addSheetEntry(pkg: OpcPackage, workbook: string, name: string, types: ContentTypes): string {
  const folder = workbook.slice(0, workbook.lastIndexOf('/') + 1);
  const part = freeName(pkg, `${folder}worksheets/sheet`, '.xml');
  types.set(part, CONTENT_TYPE.worksheet);
  const id = addRelationship(pkg, workbook, REL.worksheet, part);
  const xml = pkg.text(workbook) ?? '';
  const root = parseXml(xml);
  const sheets = child(root, 'sheets');
  if (!sheets) throw refuse.damagedPart({ part: 'xl/workbook.xml', element: 'sheets' });
  const sheetId =
    Math.max(0, ...childrenNamed(sheets, 'sheet').map((s) => Number(s.attrs['sheetId'] ?? 0))) + 1;
  // The relationships namespace under the prefix the workbook declares for it, or declared here.
  const declared = Object.entries(root.attrs).find(
    ([k, v]) => k.startsWith('xmlns:') && v === OFFICE_RELATIONSHIP,
  );
  const prefix = declared ? declared[0].slice('xmlns:'.length) : 'r';
  const declaration = declared ? '' : ` xmlns:r="${OFFICE_RELATIONSHIP}"`;
  const entry = `<sheet name="${escapeXml(name)}" sheetId="${sheetId}"${declaration} ${prefix}:id="${id}"/>`;
  pkg.setText(workbook, applySplices(xml, [appendInto(xml, sheets, entry)]));
  // A drawing, chart or table of a fresh sheet must not take a name another sheet's part uses.
  return part;
}

function renameSheet(pkg: OpcPackage, workbook: string, entry: SheetEntry, name: string): void {
  const xml = pkg.text(workbook) ?? '';
  const sheets = child(parseXml(xml), 'sheets');
  const element =
    sheets && childrenNamed(sheets, 'sheet').find((s) => Number(s.attrs['sheetId']) === entry.sheetId);
  if (!element) return;
  const open = xml.slice(element.start, element.contentStart);
  const renamed = open.replace(/\bname="[^"]*"/, `name="${escapeXml(name)}"`);
  pkg.setText(
    workbook,
    applySplices(xml, [{ start: element.start, end: element.contentStart, text: renamed }]),
  );
}

/** The drawing (with its charts) and tables the tool's sheet had: removed, to be written anew. */
function removeOwnedParts(pkg: OpcPackage, sheetPart: string, types: ContentTypes): void {
  for (const rel of relationshipsOf(pkg, sheetPart)) {
    if (rel.external) continue;
    if (rel.kind === 'drawing') {
      for (const inner of relationshipsOf(pkg, rel.target)) {
        if (inner.kind !== 'chart' || inner.external) continue;
        for (const extra of relationshipsOf(pkg, inner.target))
          if (!extra.external) removePart(pkg, extra.target, types);
        removePart(pkg, inner.target, types);
      }
    }
    if (['drawing', 'table', 'comments', 'vmlDrawing'].includes(rel.kind)) removePart(pkg, rel.target, types);
  }
}

function removePart(pkg: OpcPackage, part: string, types: ContentTypes): void {
  pkg.delete(part);
  pkg.delete(OpcPackage.relsName(part));
  types.remove(part);
}

/** One relationship taken out of a part's relationships; the others stay as written. */
function removeRelationship(pkg: OpcPackage, source: string, id: string): void {
  const name = OpcPackage.relsName(source);
  const xml = pkg.text(name);
  if (xml === null) return;
  const gone = childrenNamed(parseXml(xml), 'Relationship').filter((r) => r.attrs['Id'] === id);
  pkg.setText(
    name,
    applySplices(
      xml,
      gone.map((r) => ({ start: r.start, end: r.end, text: '' })),
    ),
  );
}

/** Excel's calculation chain lists formula cells by sheet id; the replaced sheet's entries would be stale. */
function dropCalcChainEntries(pkg: OpcPackage, workbook: string, sheetId: number, types: ContentTypes): void {
  const rel = relationshipsOf(pkg, workbook).find((r) => r.kind === 'calcChain');
  const xml = rel ? pkg.text(rel.target) : null;
  if (!rel || xml === null) return;
  const root = parseXml(xml);
  // An entry without `i` belongs to the sheet of the entry before it.
  let current = 0;
  const stale = childrenNamed(root, 'c').filter((c) => {
    if (c.attrs['i'] !== undefined) current = Number(c.attrs['i']);
    return current === sheetId;
  });
  if (stale.length === 0) return;
  if (stale.length === childrenNamed(root, 'c').length) {
    // A chain must list at least one cell: with none left it goes, as Excel rebuilds it when it is missing.
    removePart(pkg, rel.target, types);
    removeRelationship(pkg, workbook, rel.id);
    return;
  }
  pkg.setText(
    rel.target,
    applySplices(
      xml,
      stale.map((c) => ({ start: c.start, end: c.end, text: '' })),
    ),
  );
}

/**
 * The plan styles' cell-format indexes in the workbook's styles.xml, appending what is not there yet
 * (for a sheet written from its plan and for a column added to the case table alike).
 */
export function appendPlanStyles(
  pkg: OpcPackage,
  names: readonly StyleName[],
): ReadonlyMap<StyleName, number> {
  if (names.length === 0) return new Map();
  const rel = relationshipsOf(pkg, workbookPart(pkg)).find((r) => r.kind === 'styles');
  const xml = rel ? pkg.text(rel.target) : null;
  if (!rel || xml === null) throw refuse.damagedPart({ part: 'xl/styles.xml' });
  const { xml: updated, index } = addPlanStyles(xml, names);
  if (updated !== xml) pkg.setText(rel.target, updated);
  return index;
}

/** A relationship of the sheet being written. */
interface SheetRelationship {
  readonly id: string;
  readonly type: string;
  readonly target: string;
}

/** Adds the sheet's relationship to `part` (ids rId1, rId2, … in the order made); returns its id. */
function relate(rels: SheetRelationship[], type: string, sheetPart: string, part: string): string {
  const id = `rId${rels.length + 1}`;
  rels.push({ id, type, target: relativeTarget(sheetPart, part) });
  return id;
}

function addCharts(
  pkg: OpcPackage,
  plan: SheetPlan,
  sheetPart: string,
  rels: SheetRelationship[],
  types: ContentTypes,
): string | undefined {
  const charts = plan.charts ?? [];
  if (charts.length === 0) return undefined;
  const root = sheetPart.slice(0, sheetPart.indexOf('/') + 1);
  const drawing = freeName(pkg, `${root}drawings/drawing`, '.xml');
  const taken = new Set<string>();
  const chartParts = charts.map(() => {
    const name = freeName(pkg, `${root}charts/chart`, '.xml', taken);
    taken.add(name.toLowerCase());
    return name;
  });
  chartParts.forEach((part, i) => {
    const chart = charts[i];
    if (chart) pkg.setText(part, chartXml(plan.name, chart));
    types.set(part, CONTENT_TYPE.chart);
  });
  const chartRels = chartParts.map((part, i) => ({
    id: `rId${i + 1}`,
    type: REL.chart,
    target: relativeTarget(drawing, part),
  }));
  pkg.setText(OpcPackage.relsName(drawing), relationshipsXml(chartRels));
  pkg.setText(
    drawing,
    drawingXml(
      charts,
      chartRels.map((r) => r.id),
    ),
  );
  types.set(drawing, CONTENT_TYPE.drawing);
  return relate(rels, REL.drawing, sheetPart, drawing);
}

function addTable(
  pkg: OpcPackage,
  table: TablePlan,
  sheetPart: string,
  rels: SheetRelationship[],
  types: ContentTypes,
): string {
  const root = sheetPart.slice(0, sheetPart.indexOf('/') + 1);
  const part = freeName(pkg, `${root}tables/table`, '.xml');
  const ids = pkg
    .names()
    .filter((n) => /\/tables\/[^/]+\.xml$/i.test(n))
    .map((n) => Number(parseXml(pkg.text(n) ?? '<t/>').attrs['id'] ?? 0));
  const ref = rangeA1(
    table.headerRow,
    table.firstColumn,
    table.headerRow + table.rows.length,
    table.firstColumn + table.columns.length - 1,
  );
  const columns = table.columns
    .map((name, i) => `<tableColumn id="${i + 1}" name="${escapeXml(name)}"/>`)
    .join('');
  pkg.setText(
    part,
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<table xmlns="${MAIN_NS}" id="${Math.max(0, ...ids) + 1}" name="${escapeXml(table.name)}" displayName="${escapeXml(table.name)}" ref="${ref}" totalsRowShown="0"><autoFilter ref="${ref}"/><tableColumns count="${table.columns.length}">${columns}</tableColumns><tableStyleInfo name="${RENDERING.tableStyle}" showFirstColumn="0" showLastColumn="0" showRowStripes="1" showColumnStripes="0"/></table>`,
  );
  types.set(part, CONTENT_TYPE.table);
  return relate(rels, REL.table, sheetPart, part);
}
