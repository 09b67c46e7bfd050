/**
 * Issue 22: nothing identifying gets in through the web page's form. A personnummer typed in Ärende-ID
 * or Kommentar is refused with one line saying why, the focus goes to the first field in error, and the
 * copy of unsaved work the page keeps in IndexedDB never holds it.
 */
import { unzipSync } from 'fflate';
import type { Page } from 'playwright-core';
import { closeSite, collectPageErrors, openSite, withoutFileSystemAccess, type Site } from './chromium';

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
  await page.getByRole('button', { name: 'Ny uppföljning' }).click();
  await page.getByText(/En ny uppföljning är skapad/).waitFor();
});

afterAll(() => closeSite(site));

/** Every text of the workbook copy the page keeps in IndexedDB (its zip unpacked), or '' when none is kept. */
async function keptCopyText(): Promise<string> {
  const bytes = await page.evaluate(
    () =>
      new Promise<number[] | null>((resolve) => {
        const open = indexedDB.open('uppfoljning');
        open.onerror = () => resolve(null);
        open.onsuccess = () => {
          const db = open.result;
          if (!db.objectStoreNames.contains('aterstallning')) return resolve(null);
          const get = db.transaction('aterstallning').objectStore('aterstallning').get('osparat-arbete');
          get.onsuccess = () => {
            db.close();
            const kept = get.result as { bytes?: Uint8Array } | undefined;
            resolve(kept?.bytes ? [...kept.bytes] : null);
          };
          get.onerror = () => resolve(null);
        };
      }),
  );
  if (!bytes) return '';
  return Object.values(unzipSync(new Uint8Array(bytes)))
    .map((part) => new TextDecoder().decode(part))
    .join('\n');
}

describe('a personnummer typed into the form on the web page', () => {
  it('is refused in Ärende-ID and Kommentar, with the focus on the first field in error', async () => {
    await page.getByRole('tab', { name: 'Registrera ärende', exact: true }).click();
    const id = page.getByRole('textbox', { name: 'Ärende-ID' });
    await id.fill('19121212-1212');
    await page.getByRole('textbox', { name: 'Kommentar' }).fill('pnr 121212-1212');
    await page.getByRole('textbox', { name: 'Kommentar' }).press('Enter');
    await page
      .getByText(/Ärende-ID ser ut att innehålla ett personnummer eller samordningsnummer och sparas inte/)
      .first()
      .waitFor();
    await page
      .getByText(/Kommentar ser ut att innehålla ett personnummer/)
      .first()
      .waitFor();
    expect(await page.evaluate(() => document.activeElement?.id)).toBe(await id.getAttribute('id'));
    expect(await page.getByText(/^Sparat/).count()).toBe(0);
  });

  it('never reaches the copy of unsaved work kept in IndexedDB', async () => {
    // The copy is written a moment after a change: wait past that moment, then read what is kept.
    await page.waitForTimeout(3000);
    const kept = await keptCopyText();
    // A copy is there (the new follow-up is unsaved work), and it holds the form's sheets but no number.
    expect(kept).toContain('Kodbok');
    expect(kept).not.toContain('1212-1212');
    expect(kept).not.toContain('121212');
    expect(errors).toEqual([]);
  });
});
