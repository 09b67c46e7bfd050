import { num, text } from '../../src/core/cell';
import { readSheetXml } from '../../src/xlsx/package/readSheetXml';

const SHARED = [text('Vuxenenheten'), text('Man')];

describe("the package reader follows the format, not one writer's habits", () => {
  it('reads cells whatever the prefix, with or without their r, of every type', () => {
    const xml =
      '<x:worksheet xmlns:x="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><x:sheetData>' +
      '<x:row r="2"><x:c r="B2" t="s"><x:v>0</x:v></x:c><x:c t="s"><x:v>1</x:v></x:c><x:c><x:v>45</x:v></x:c></x:row>' +
      '<x:row><x:c t="inlineStr"><x:is><x:r><x:t>Ri</x:t></x:r><x:r><x:t>ch</x:t></x:r><x:rPh><x:t>ルビ</x:t></x:rPh></x:is></x:c>' +
      '<x:c t="b"><x:v>1</x:v></x:c><x:c t="e"><x:v>#N/A</x:v></x:c><x:c t="str"><x:f>A1&amp;"x"</x:f><x:v>_x0009_tab</x:v></x:c>' +
      '<x:c t="d"><x:v>2019-03-05</x:v></x:c></x:row>' +
      '</x:sheetData><x:mergeCells count="1"><x:mergeCell ref="A5:B6"/></x:mergeCells></x:worksheet>';
    const read = readSheetXml(xml, SHARED);
    expect(read.rows[1]).toEqual([undefined, text('Vuxenenheten'), text('Man'), num(45)]);
    expect(read.rows[2]).toEqual([
      text('Rich'),
      { kind: 'boolean', value: true },
      { kind: 'error', code: '#N/A' },
      text('\ttab'),
      num(43_529),
    ]);
    expect(read.formulas).toEqual([{ row: 3, column: 4, kind: 'formula', text: 'A1&"x"' }]);
    expect(read.merges).toEqual([{ top: 5, left: 1, bottom: 6, right: 2 }]);
  });

  it('keeps a shared formula cell its cached value, and a style-only cell no value', () => {
    const xml =
      '<worksheet><sheetData><row r="1"><c r="A1" s="3"/><c r="B1"><f t="shared" si="0"/><v>7</v></c></row></sheetData></worksheet>';
    const read = readSheetXml(xml, []);
    expect(read.rows[0]).toEqual([undefined, num(7)]);
  });
});
