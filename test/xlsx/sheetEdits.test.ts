import { addValidations, growTable, setColumnWidth } from '../../src/xlsx/package/sheetEdits';

const NS = 'xmlns:x="http://schemas.openxmlformats.org/spreadsheetml/2006/main"';

describe('edits of a sheet or table part for a new case column', () => {
  it('splits a column range around the new column, so the columns beside it keep their widths', () => {
    const xml =
      '<worksheet><cols><col min="1" max="30" width="12" customWidth="1"/></cols><sheetData/></worksheet>';
    expect(setColumnWidth(xml, 19, 20)).toBe(
      '<worksheet><cols><col min="1" max="18" width="12" customWidth="1"/><col min="19" max="19" width="20" customWidth="1"/><col min="20" max="30" width="12" customWidth="1"/></cols><sheetData/></worksheet>',
    );
  });

  it('writes what it adds with the part’s own prefix, and puts data validations where the schema does', () => {
    const xml = `<x:worksheet ${NS}><x:sheetData/><x:pageMargins left="0.7"/><x:tableParts count="1"/></x:worksheet>`;
    const widened = setColumnWidth(xml, 3, 14);
    const validated = addValidations(widened, [
      '<dataValidation type="list" sqref="C3:C9"><formula1>"a,b"</formula1></dataValidation>',
    ]);
    expect(validated).toBe(
      `<x:worksheet ${NS}><x:cols><x:col min="3" max="3" width="14" customWidth="1"/></x:cols><x:sheetData/>` +
        '<x:dataValidations count="1"><x:dataValidation type="list" sqref="C3:C9"><x:formula1>"a,b"</x:formula1></x:dataValidation></x:dataValidations>' +
        '<x:pageMargins left="0.7"/><x:tableParts count="1"/></x:worksheet>',
    );
  });

  it('grows a table and its filter, and adds a column with the next id', () => {
    const xml = `<x:table ${NS} id="1" name="Arenden" ref="A2:B5"><x:autoFilter ref="A2:B5"/><x:tableColumns count="2"><x:tableColumn id="1" name="A"/><x:tableColumn id="7" name="B"/></x:tableColumns></x:table>`;
    expect(growTable(xml, 'A2:C5', 'Boende')).toBe(
      `<x:table ${NS} id="1" name="Arenden" ref="A2:C5"><x:autoFilter ref="A2:C5"/><x:tableColumns count="3"><x:tableColumn id="1" name="A"/><x:tableColumn id="7" name="B"/><x:tableColumn id="8" name="Boende"/></x:tableColumns></x:table>`,
    );
  });
});
