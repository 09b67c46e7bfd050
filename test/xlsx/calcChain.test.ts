import { FollowUpActions } from '../../src/app/followUpActions';
import { serialFromYmd } from '../../src/core/dates';
import { EXAMPLE_SETTINGS } from '../../src/core/example/generate';
import { OpcPackage } from '../../src/xlsx/package/opcPackage';
import { PackageWorkbookPort } from '../../src/xlsx/package/packagePort';
import { newPackagePort } from '../support/packagePorts';

const TODAY = () => serialFromYmd(2026, 11, 22);
const MAIN = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const CHAIN_RELATIONSHIP =
  '<Relationship Id="rId99" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/calcChain" Target="calcChain.xml"/>';

/** The example with its result sheet (sheet id 4), saved as Excel would with this calculation chain. */
async function savedWithChain(entries: string) {
  const made = newPackagePort();
  const actions = new FollowUpActions(made, TODAY);
  await actions.create(EXAMPLE_SETTINGS);
  await actions.insertExample();
  await actions.writeResults();
  const pkg = OpcPackage.fromZip(made.pkg.toZip());
  const rels = pkg.text('xl/_rels/workbook.xml.rels') ?? '';
  pkg.setText(
    'xl/_rels/workbook.xml.rels',
    rels.replace('</Relationships>', `${CHAIN_RELATIONSHIP}</Relationships>`),
  );
  pkg.setText('xl/calcChain.xml', `<calcChain xmlns="${MAIN}">${entries}</calcChain>`);
  const port = new PackageWorkbookPort(OpcPackage.fromZip(pkg.toZip()));
  await new FollowUpActions(port, TODAY).writeResults();
  return { port, rels };
}

/**
 * Excel lists every formula cell in xl/calcChain.xml by sheet id; an entry for a cell that no longer holds
 * a formula makes Excel offer to repair the file. Replacing the result sheet drops its entries, and only its.
 */
describe("Excel's calculation chain", () => {
  it("loses the replaced result sheet's entries and keeps every other sheet's", async () => {
    // An entry without `i` belongs to the sheet of the one before it.
    const { port } = await savedWithChain('<c r="B2" i="1"/><c r="C9" i="4"/><c r="D9"/><c r="E3" i="1"/>');
    expect(port.pkg.text('xl/calcChain.xml')).toBe(
      `<calcChain xmlns="${MAIN}"><c r="B2" i="1"/><c r="E3" i="1"/></calcChain>`,
    );
  });

  it('goes, with its relationship, when only the result sheet had formulas', async () => {
    const { port, rels } = await savedWithChain('<c r="C9" i="4"/>');
    expect(port.pkg.has('xl/calcChain.xml')).toBe(false);
    expect(port.pkg.text('xl/_rels/workbook.xml.rels')).toBe(rels);
  });
});
