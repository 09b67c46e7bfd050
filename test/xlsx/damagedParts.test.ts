import { Refusal } from '../../src/core/errors';
import { patchCells } from '../../src/xlsx/package/patchCells';
import { parseXml } from '../../src/xlsx/package/xmlTree';

/** The package adapter's one error family: a missing part or element is a refusal, in both languages. */
describe('a damaged part', () => {
  const refusalOf = (act: () => unknown): Refusal => {
    try {
      act();
    } catch (e) {
      if (e instanceof Refusal) return e;
      throw e;
    }
    throw new Error('no refusal');
  };

  it('is refused as damaged when an XML part is empty', () => {
    const refusal = refusalOf(() => parseXml(''));
    expect(refusal.code).toBe('damaged-part');
    expect(refusal.in('sv')).toMatch(/^Arbetsboken är skadad/);
    expect(refusal.in('en')).toMatch(/^The workbook is damaged/);
  });

  it('is refused as damaged when a worksheet has no sheetData', () => {
    const refusal = refusalOf(() =>
      patchCells('<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"/>', []),
    );
    expect(refusal.in('sv')).toContain('worksheet går inte att läsa (saknar <sheetData>)');
  });
});
