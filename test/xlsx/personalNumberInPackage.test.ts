import { FollowUpActions } from '../../src/app/followUpActions';
import { Refusal } from '../../src/core/errors';
import { DEFAULT_CODEBOOK } from '../../src/core/codebook/defaultCodebook';
import { EXAMPLE_SETTINGS } from '../../src/core/example/generate';
import { OpcPackage } from '../../src/xlsx/package/opcPackage';
import { PackageWorkbookPort } from '../../src/xlsx/package/packagePort';
import { newPackagePort } from '../support/packagePorts';

/**
 * Issue 21: the personnummer guard covers every part of the package a person can see, not only the
 * cells. Each place once passed the check ("Inga problem hittades") and `results` wrote the sheet.
 * The only literal number is the test number 121212-1212.
 */
const PNR = '121212-1212';
let example: Uint8Array;

beforeAll(async () => {
  const port = newPackagePort();
  const actions = new FollowUpActions(port, () => 46000);
  await actions.create(EXAMPLE_SETTINGS, DEFAULT_CODEBOOK);
  await actions.insertExample();
  example = port.pkg.toZip();
});

type Edit = (pkg: OpcPackage) => void;
const insertBefore =
  (part: string, end: string, xml: string): Edit =>
  (pkg) =>
    pkg.setText(part, (pkg.text(part) ?? '').replace(end, `${xml}${end}`));
const addPart =
  (part: string, xml: string): Edit =>
  (pkg) =>
    pkg.setText(part, xml);

const PLACES: [string, string, Edit][] = [
  [
    'a sheet name',
    'Ett bladnamn',
    (pkg) =>
      pkg.setText(
        'xl/workbook.xml',
        (pkg.text('xl/workbook.xml') ?? '').replace('name="Inställningar"', `name="Pnr ${PNR}"`),
      ),
  ],
  [
    'a page header',
    'Sidhuvudet eller sidfoten',
    insertBefore(
      'xl/worksheets/sheet1.xml',
      '</worksheet>',
      `<headerFooter><oddHeader>&amp;C${PNR}</oddHeader></headerFooter>`,
    ),
  ],
  [
    'a defined name',
    'Ett definierat namn',
    insertBefore(
      'xl/workbook.xml',
      '</workbook>',
      `<definedNames><definedName name="klient">"${PNR}"</definedName></definedNames>`,
    ),
  ],
  [
    'the document properties',
    'Arbetsbokens egenskaper',
    addPart(
      'docProps/core.xml',
      `<cp:coreProperties xmlns:cp="x" xmlns:dc="y"><dc:title>Klient ${PNR}</dc:title></cp:coreProperties>`,
    ),
  ],
  [
    'a validation prompt',
    'En listvalidering',
    insertBefore(
      'xl/worksheets/sheet1.xml',
      '</worksheet>',
      `<dataValidations count="1"><dataValidation type="list" sqref="A1" prompt="T.ex. ${PNR}"><formula1>"a,b"</formula1></dataValidation></dataValidations>`,
    ),
  ],
  [
    'a threaded comment',
    'En kommentarstråd',
    addPart(
      'xl/threadedComments/threadedComment1.xml',
      `<ThreadedComments><threadedComment ref="A3"><text>Se ${PNR}</text></threadedComment></ThreadedComments>`,
    ),
  ],
  [
    'a pivot cache',
    'En pivottabell',
    addPart(
      'xl/pivotCache/pivotCacheRecords1.xml',
      `<pivotCacheRecords><r><s v="${PNR}"/></r></pivotCacheRecords>`,
    ),
  ],
  [
    'a chart title',
    'Ett diagram',
    addPart(
      'xl/charts/chart9.xml',
      `<c:chartSpace xmlns:c="c" xmlns:a="a"><c:title><a:t>Klient ${PNR}</a:t></c:title></c:chartSpace>`,
    ),
  ],
  [
    'digits written as character references',
    'En textruta',
    addPart(
      'xl/drawings/drawing9.xml',
      `<xdr:wsDr xmlns:xdr="x" xmlns:a="a"><a:t>&#49;21212-&#x31;212</a:t></xdr:wsDr>`,
    ),
  ],
];

describe('a personnummer outside the cells', () => {
  it('is nowhere in the example itself', async () => {
    const actions = new FollowUpActions(new PackageWorkbookPort(OpcPackage.fromZip(example)), () => 46000);
    expect((await actions.check()).filter((p) => p.code === 'personal-number')).toEqual([]);
  });

  it.each(PLACES)('is found in %s, and the results refuse to write', async (_, message, edit) => {
    const pkg = OpcPackage.fromZip(example);
    edit(pkg);
    const actions = new FollowUpActions(
      new PackageWorkbookPort(OpcPackage.fromZip(pkg.toZip())),
      () => 46000,
    );
    const found = (await actions.check()).filter((p) => p.code === 'personal-number');
    expect(found.map((p) => p.message)).toEqual([
      expect.stringMatching(new RegExp(`^${message}.*personnummer`)),
    ]);
    const refused = await actions.writeResults().catch((e: unknown) => e);
    expect(refused).toBeInstanceOf(Refusal);
    expect((refused as Refusal).code).toBe('personal-number-found');
  });
});
