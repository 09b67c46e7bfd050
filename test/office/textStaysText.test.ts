import { a1 } from '../../src/core/address';
import { text } from '../../src/core/cell';
import { DEFAULT_CODEBOOK } from '../../src/core/codebook/defaultCodebook';
import { newWorkbookPlan } from '../../src/core/plan/workbookPlan';
import { DEFAULT_SETTINGS } from '../../src/core/settings';
import { locateCaseTable } from '../../src/core/table/locateCaseTable';
import { OfficeWorkbookPort } from '../../src/office/officePort';
import { caseRow, validCase } from '../support/caseRows';
import { FakeWorkbook } from '../support/fakeExcel';

/** Text a person types that Excel would turn into something else if written as it is. */
const TYPED = ['=1+1', '+46 70 123', '-', '-abc', '@hem', '123', ' 45', '2019-03-05', 'TRUE', '5%'];

describe('text written through the Office.js adapter', () => {
  it.each(TYPED)(
    '"%s" in a comment stays that text in Excel, never a formula, number or date',
    async (typed) => {
      const fake = new FakeWorkbook();
      const port = new OfficeWorkbookPort((work) => work(fake.context()));
      await port.writeSheets(newWorkbookPlan(DEFAULT_CODEBOOK, DEFAULT_SETTINGS, []).sheets, []);
      await port.appendCaseRows([caseRow(validCase({ comment: typed }))]);
      await port.setCells([{ sheet: 'Ärenden', cell: a1(3, 1), value: text(typed) }]);
      const table = locateCaseTable(await port.readValues(), DEFAULT_CODEBOOK)!;
      const row = table.rows.at(-1)!;
      expect(row[DEFAULT_CODEBOOK.variables.length - 1]).toEqual(text(typed));
      expect(table.rows[0]![0]).toEqual(text(typed));
    },
  );
});
