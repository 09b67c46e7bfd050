import { FollowUpActions } from '../../src/app/followUpActions';
import { DEFAULT_CODEBOOK } from '../../src/core/codebook/defaultCodebook';
import { serialFromYmd } from '../../src/core/dates';
import { EXAMPLE_SETTINGS } from '../../src/core/example/generate';
import { emptyPackage } from '../../src/xlsx/package/emptyPackage';
import { OpcPackage } from '../../src/xlsx/package/opcPackage';
import { PackageWorkbookPort } from '../../src/xlsx/package/packagePort';
import { createFollowUpWorkbook } from '../support/exceljs/followUpWorkbook';
import { fixtures } from '../support/fixtures';
import { OOXML_SCHEMAS, schemaErrors, schemaFor, schemasPresent } from '../support/ooxmlSchemas';

jest.setTimeout(120_000);

const TODAY = () => serialFromYmd(2026, 11, 22);

/** Every part the package port wrote (changed or added), with its text. */
function writtenParts(pkg: OpcPackage): [string, string][] {
  return pkg
    .names()
    .filter((name) => !pkg.unchanged(name) && schemaFor(name) !== null)
    .map((name) => [name, pkg.text(name) ?? '']);
}

beforeAll(() => {
  if (!schemasPresent())
    throw new Error(
      `The ECMA-376 schemas are not at ${OOXML_SCHEMAS}: shared/ must sit beside this checkout.`,
    );
});

describe('every part the package adapter writes validates against the ECMA-376 schemas', () => {
  it('in a new follow-up with the example and its result sheet (workbook, styles, sheets, table, drawing, charts)', async () => {
    const port = new PackageWorkbookPort(emptyPackage());
    const actions = new FollowUpActions(port, TODAY);
    await actions.create(EXAMPLE_SETTINGS, DEFAULT_CODEBOOK);
    await actions.insertExample();
    await actions.writeResults();
    const parts = writtenParts(port.pkg);
    expect(parts.map(([name]) => name)).toEqual(
      expect.arrayContaining([
        'xl/workbook.xml',
        'xl/styles.xml',
        'xl/tables/table1.xml',
        'xl/drawings/drawing1.xml',
        'xl/charts/chart2.xml',
      ]),
    );
    expect(parts.flatMap(([name, xml]) => schemaErrors(name, xml))).toEqual([]);
  });

  it.each(fixtures().map((f) => [f.name, f] as const))(
    'in a file another program wrote (exceljs), after results twice: fixture "%s"',
    async (_name, fixture) => {
      const bytes = new Uint8Array(await createFollowUpWorkbook(fixture.input).xlsx.writeBuffer());
      const port = new PackageWorkbookPort(OpcPackage.fromZip(bytes));
      await new FollowUpActions(port, TODAY).writeResults();
      await new FollowUpActions(port, TODAY).writeResults({ replaceForeign: false });
      expect(writtenParts(port.pkg).flatMap(([name, xml]) => schemaErrors(name, xml))).toEqual([]);
    },
  );
});
