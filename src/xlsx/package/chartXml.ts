import { absoluteA1, type CellRange } from '../../core/address';
import type { ChartPlan } from '../../core/plan/types';
import { RELATIONSHIPS_NS } from './sheetXml';
import { escapeXml } from './xmlTree';

const CHART_NS = 'http://schemas.openxmlformats.org/drawingml/2006/chart';
const DRAWING_NS = 'http://schemas.openxmlformats.org/drawingml/2006/main';
const SPREADSHEET_DRAWING_NS = 'http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing';
const CATEGORY_AXIS = 500100;
const VALUE_AXIS = 500200;

/** A sheet-qualified absolute reference, as a chart's formulas name the cells they draw from. */
function sheetRange(sheet: string, range: CellRange): string {
  const quoted = `'${sheet.replace(/'/g, "''")}'`;
  return `${quoted}!${absoluteA1(range.top, range.left)}:${absoluteA1(range.bottom, range.right)}`;
}

/**
 * A clustered column chart drawn from the result sheet's own cells, so it stays live as Excel recalculates:
 * the same chart the Office.js renderer adds (one series per value column, the group labels as categories,
 * two label columns as a grouped axis). Each series has its data bars' colour.
 */
export function chartXml(sheet: string, plan: ChartPlan): string {
  const categories =
    plan.categories.left === plan.categories.right
      ? `<c:strRef><c:f>${escapeXml(sheetRange(sheet, plan.categories))}</c:f></c:strRef>`
      : `<c:multiLvlStrRef><c:f>${escapeXml(sheetRange(sheet, plan.categories))}</c:f></c:multiLvlStrRef>`;
  const series = plan.series.map(
    (s, i) =>
      `<c:ser><c:idx val="${i}"/><c:order val="${i}"/><c:tx><c:v>${escapeXml(s.name)}</c:v></c:tx>` +
      `<c:spPr><a:solidFill><a:srgbClr val="${s.color.replace('#', '').toUpperCase()}"/></a:solidFill></c:spPr>` +
      `<c:invertIfNegative val="0"/><c:cat>${categories}</c:cat>` +
      `<c:val><c:numRef><c:f>${escapeXml(sheetRange(sheet, s.values))}</c:f></c:numRef></c:val></c:ser>`,
  );
  return [
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n`,
    `<c:chartSpace xmlns:c="${CHART_NS}" xmlns:a="${DRAWING_NS}" xmlns:r="${RELATIONSHIPS_NS}">`,
    '<c:roundedCorners val="0"/><c:chart>',
    `<c:title><c:tx><c:rich><a:bodyPr/><a:p><a:r><a:t>${escapeXml(plan.title)}</a:t></a:r></a:p></c:rich></c:tx><c:overlay val="0"/></c:title>`,
    '<c:autoTitleDeleted val="0"/><c:plotArea><c:layout/>',
    `<c:barChart><c:barDir val="col"/><c:grouping val="clustered"/><c:varyColors val="0"/>${series.join('')}`,
    `<c:gapWidth val="150"/><c:axId val="${CATEGORY_AXIS}"/><c:axId val="${VALUE_AXIS}"/></c:barChart>`,
    `<c:catAx><c:axId val="${CATEGORY_AXIS}"/><c:scaling><c:orientation val="minMax"/></c:scaling><c:delete val="0"/>`,
    `<c:axPos val="b"/><c:numFmt formatCode="General" sourceLinked="1"/><c:tickLblPos val="nextTo"/>`,
    `<c:crossAx val="${VALUE_AXIS}"/><c:crosses val="autoZero"/><c:auto val="1"/><c:lblAlgn val="ctr"/>`,
    '<c:lblOffset val="100"/><c:noMultiLvlLbl val="0"/></c:catAx>',
    `<c:valAx><c:axId val="${VALUE_AXIS}"/><c:scaling><c:orientation val="minMax"/><c:max val="1"/><c:min val="0"/></c:scaling>`,
    '<c:delete val="0"/><c:axPos val="l"/><c:majorGridlines/><c:numFmt formatCode="0%" sourceLinked="0"/>',
    `<c:tickLblPos val="nextTo"/><c:crossAx val="${CATEGORY_AXIS}"/><c:crosses val="autoZero"/><c:crossBetween val="between"/></c:valAx>`,
    '</c:plotArea><c:legend><c:legendPos val="b"/><c:overlay val="0"/></c:legend>',
    '<c:plotVisOnly val="0"/><c:dispBlanksAs val="gap"/></c:chart></c:chartSpace>',
  ].join('');
}

/** The drawing part that places each chart over its cells; `chartIds[i]` is chart i's relationship id. */
export function drawingXml(plans: readonly ChartPlan[], chartIds: readonly string[]): string {
  const anchors = plans.map((plan, i) => {
    const { top, left, bottom, right } = plan.position;
    const marker = (row: number, column: number) =>
      `<xdr:col>${column - 1}</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>${row - 1}</xdr:row><xdr:rowOff>0</xdr:rowOff>`;
    return (
      `<xdr:twoCellAnchor editAs="oneCell"><xdr:from>${marker(top, left)}</xdr:from><xdr:to>${marker(bottom + 1, right + 1)}</xdr:to>` +
      `<xdr:graphicFrame macro=""><xdr:nvGraphicFramePr><xdr:cNvPr id="${i + 2}" name="${escapeXml(plan.title)}"/><xdr:cNvGraphicFramePr/></xdr:nvGraphicFramePr>` +
      '<xdr:xfrm><a:off x="0" y="0"/><a:ext cx="0" cy="0"/></xdr:xfrm>' +
      `<a:graphic><a:graphicData uri="${CHART_NS}"><c:chart xmlns:c="${CHART_NS}" r:id="${chartIds[i] ?? ''}"/></a:graphicData></a:graphic>` +
      '</xdr:graphicFrame><xdr:clientData/></xdr:twoCellAnchor>'
    );
  });
  return [
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n`,
    `<xdr:wsDr xmlns:xdr="${SPREADSHEET_DRAWING_NS}" xmlns:a="${DRAWING_NS}" xmlns:r="${RELATIONSHIPS_NS}">`,
    ...anchors,
    '</xdr:wsDr>',
  ].join('');
}
