/**
 * Removing cases on the web page, in Chromium (issue 13): a case registered by mistake is removed after a
 * confirmation that names it, and put back by "Ångra"; the fictitious cases are removed exactly, and go
 * into a follow-up with real cases only after a question that says what happens.
 */
import type { Page } from 'playwright-core';
import { closeSite, collectPageErrors, openSite, withoutFileSystemAccess, type Site } from './chromium';
import { NEW_CASE_ID, typeNewCase } from './newCase';

jest.setTimeout(240_000);

let site: Site;
let page: Page;
let errors: string[];

beforeAll(async () => {
  site = await openSite(`${__dirname}/../..`);
  page = await site.browser.newPage({ locale: 'sv-SE', viewport: { width: 1024, height: 900 } });
  await withoutFileSystemAccess(page);
  errors = collectPageErrors(page);
  await page.goto(`${site.origin}/`);
  await page.getByRole('button', { name: 'Öppna exemplet (fiktiva ärenden)' }).click();
  await page.getByText(/Exemplet är öppnat/).waitFor();
});

afterAll(() => closeSite(site));

const tab = (name: string) => page.getByRole('tab', { name, exact: true }).click();
const caseRows = () => page.getByRole('table', { name: 'Ärenden' }).getByRole('row');

describe('removing cases on the web page (issue 13)', () => {
  it('removes a case after a confirmation naming it, and puts it back with Ångra', async () => {
    await tab('Ärenden');
    await page.getByRole('row', { name: /FIKTIV-V-003/ }).waitFor();
    await page.getByRole('button', { name: 'Ta bort ärendet på rad 5', exact: true }).click();
    const question = page.getByRole('alertdialog');
    await question
      .getByText('Ta bort ärendet FIKTIV-V-003 på rad 5? Raderna under flyttas upp en rad.')
      .waitFor();
    await question.getByRole('button', { name: 'Ja, ta bort' }).click();
    await page.getByText('Ärendet FIKTIV-V-003 är borttaget.').waitFor();
    expect(await page.getByRole('row', { name: /FIKTIV-V-003/ }).count()).toBe(0);
    expect(await caseRows().count()).toBe(79); // the header and 78 cases
    await page.getByRole('button', { name: 'Ångra borttagningen' }).click();
    await page.getByText('Ärendet FIKTIV-V-003 är tillbaka på sin rad.').waitFor();
    await page.getByRole('row', { name: /^5 FIKTIV-V-003/ }).waitFor();
  });

  it('asks nothing when the answer is no', async () => {
    await page.getByRole('button', { name: 'Ta bort ärendet på rad 4', exact: true }).click();
    await page.getByRole('alertdialog').getByRole('button', { name: 'Avbryt' }).click();
    await page.getByRole('row', { name: /^4 FIKTIV-V-002/ }).waitFor();
    expect(await caseRows().count()).toBe(80);
  });

  it('removes exactly the fictitious cases, and asks before putting them among real ones', async () => {
    await tab('Kom igång');
    await page.getByRole('button', { name: 'Ta bort de fiktiva ärendena' }).click();
    await page
      .getByRole('alertdialog')
      .getByText(
        'Ta bort de 79 fiktiva ärendena (Ärende-ID som börjar med FIKTIV-)? Inga andra ärenden ändras.',
      )
      .waitFor();
    await page.getByRole('alertdialog').getByRole('button', { name: 'Ja, ta bort' }).click();
    await page.getByText('79 fiktiva ärenden är borttagna.').waitFor();
    await page.getByText('Uppföljningen har 0 ärenden.').waitFor();
    // A real case, then the example: the page says what would happen, and "Avbryt" inserts nothing.
    await tab('Registrera ärende');
    await typeNewCase(page);
    await page.getByText(`Sparat: ${NEW_CASE_ID}.`).first().waitFor();
    await tab('Kom igång');
    await page.getByRole('button', { name: 'Lägg in fiktiva exempelärenden' }).click();
    await page
      .getByRole('alertdialog')
      .getByText(/Uppföljningen har redan 1 ärende\. De 79 fiktiva/)
      .waitFor();
    await page.getByRole('alertdialog').getByRole('button', { name: 'Avbryt' }).click();
    await page.getByText('Uppföljningen har 1 ärende.').waitFor();
  });

  it('logged no error', () => expect(errors).toEqual([]));
});
