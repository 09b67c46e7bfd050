/**
 * Nothing is lost on the web page (issue 13), in Chromium: "Spara" writes the workbook to the file it came
 * from (the File System Access API; the pickers here hand out files of the origin's private file system,
 * real handles that Chromium writes as it writes a file on disk), a new workbook is saved where the user
 * says, and a reload brings unsaved work back from IndexedDB after asking.
 */
import type { Page } from 'playwright-core';
import { readFollowUp } from '../../src/core/read/readWorkbook';
import { openPackagePort } from '../../src/xlsx/package/openPackage';
import { closeSite, collectPageErrors, guardOrigin, openSite, type Site } from './chromium';

jest.setTimeout(240_000);

let site: Site;
let page: Page;
let offsite: string[];
let errors: string[];

beforeAll(async () => {
  site = await openSite(`${__dirname}/../..`);
  const context = await site.browser.newContext({ locale: 'sv-SE', viewport: { width: 1024, height: 900 } });
  page = await context.newPage();
  offsite = await guardOrigin(page, site.origin);
  errors = collectPageErrors(page);
  // The pickers, without their dialogs: files of the origin's private file system.
  await page.addInitScript(() => {
    const disk = () => navigator.storage.getDirectory();
    Object.assign(window, {
      showSaveFilePicker: async (options: { suggestedName: string }) =>
        (await disk()).getFileHandle(options.suggestedName, { create: true }),
      showOpenFilePicker: async () => [await (await disk()).getFileHandle('enhetens-uppfoljning.xlsx')],
    });
  });
  // Leaving a page with unsaved work asks first: the test says yes, as a user closing the tab would.
  page.on('dialog', (dialog) => void dialog.accept());
  await page.goto(`${site.origin}/`);
});

afterAll(() => closeSite(site));

/** A file of the origin's private file system, as bytes. */
async function fileOnDisk(name: string): Promise<Buffer> {
  const base64 = await page.evaluate(async (file) => {
    const handle = await (await navigator.storage.getDirectory()).getFileHandle(file);
    const bytes = new Uint8Array(await (await handle.getFile()).arrayBuffer());
    let text = '';
    for (const b of bytes) text += String.fromCharCode(b);
    return btoa(text);
  }, name);
  return Buffer.from(base64, 'base64');
}

async function municipalityIn(name: string): Promise<string> {
  const port = await openPackagePort(new Uint8Array(await fileOnDisk(name)), name);
  return readFollowUp(await port.readValues()).settings.municipality;
}

const fileBar = () => page.locator('.toolbar');

async function setMunicipality(value: string): Promise<void> {
  await page.getByRole('tab', { name: 'Inställningar', exact: true }).click();
  const field = page.getByRole('textbox', { name: 'Kommun' });
  await field.fill(value);
  await page.getByRole('form', { name: 'Inställningar' }).getByRole('button', { name: 'Spara' }).click();
  await page.getByText('Inställningarna är sparade.').waitFor();
}

describe('saving and recovering on the web page (issue 13)', () => {
  it('saves a new workbook where the user says, and says when', async () => {
    await page.getByRole('button', { name: 'Öppna exemplet (fiktiva ärenden)' }).click();
    await page.getByText(/Exemplet är öppnat/).waitFor();
    await fileBar().getByText('Ändringar som inte är sparade.').waitFor();
    await fileBar().getByRole('button', { name: 'Spara', exact: true }).click();
    await page.getByText('exempel-uppfoljning.xlsx är sparad.').waitFor();
    await fileBar()
      .getByText(/^Sparad \d\d:\d\d\.$/)
      .waitFor();
    const port = await openPackagePort(
      new Uint8Array(await fileOnDisk('exempel-uppfoljning.xlsx')),
      'x.xlsx',
    );
    expect(readFollowUp(await port.readValues()).table.rows.length).toBe(79);
  });

  it('writes a change back into the file it opened', async () => {
    // The unit's own file on disk: the example as saved above, under another name.
    await page.evaluate(async () => {
      const disk = await navigator.storage.getDirectory();
      const from = await (await disk.getFileHandle('exempel-uppfoljning.xlsx')).getFile();
      const to = await (
        await disk.getFileHandle('enhetens-uppfoljning.xlsx', { create: true })
      ).createWritable();
      await to.write(await from.arrayBuffer());
      await to.close();
    });
    await page.getByRole('button', { name: 'Öppna en .xlsx-fil' }).click();
    await page.getByText('enhetens-uppfoljning.xlsx är öppnad.').waitFor();
    await setMunicipality('Testkommun');
    await fileBar().getByRole('button', { name: 'Spara', exact: true }).click();
    await page.getByText('enhetens-uppfoljning.xlsx är sparad.').waitFor();
    expect(await municipalityIn('enhetens-uppfoljning.xlsx')).toBe('Testkommun');
  });

  it('brings unsaved work back after a reload, after asking', async () => {
    await setMunicipality('Osparad kommun');
    await fileBar().getByText('Ändringar som inte är sparade.').waitFor();
    // The copy is taken a moment after the change: wait until IndexedDB holds it.
    await waitForKeptCopy();
    await page.reload();
    await page
      .getByText(/Osparat arbete i enhetens-uppfoljning.xlsx från .* finns kvar på den här datorn/)
      .waitFor();
    await page.getByRole('button', { name: 'Återställ' }).click();
    await page
      .getByText('enhetens-uppfoljning.xlsx är återställd. Spara den för att behålla ändringarna.')
      .waitFor();
    await page.getByRole('tab', { name: 'Inställningar', exact: true }).click();
    await expectValue(page.getByRole('textbox', { name: 'Kommun' }), 'Osparad kommun');
    // The file itself still holds what was saved: the copy was only kept on this computer.
    expect(await municipalityIn('enhetens-uppfoljning.xlsx')).toBe('Testkommun');
  });

  it('forgets the copy when the workbook is closed', async () => {
    await fileBar().getByRole('button', { name: 'Stäng' }).click();
    await page.getByRole('button', { name: 'Öppna exemplet (fiktiva ärenden)' }).waitFor();
    await page.reload();
    await page.getByRole('button', { name: 'Öppna exemplet (fiktiva ärenden)' }).waitFor();
    await page.waitForTimeout(500);
    expect(await page.getByText(/Osparat arbete/).count()).toBe(0);
  });

  it('sent nothing anywhere and logged no error', () => {
    expect(offsite).toEqual([]);
    expect(errors).toEqual([]);
  });
});

/**
 * Polls the page's IndexedDB until the copy of unsaved work is there (at most 60 s). The page has opened
 * its database by then (it looks for a copy when it loads), so the probe never creates it.
 */
async function waitForKeptCopy(): Promise<void> {
  for (let tries = 0; tries < 240; tries++) {
    const kept = await page.evaluate(
      () =>
        new Promise<boolean>((resolve) => {
          const open = indexedDB.open('uppfoljning');
          open.onerror = () => resolve(false);
          open.onsuccess = () => {
            const db = open.result;
            if (!db.objectStoreNames.contains('aterstallning')) return resolve(false);
            const get = db.transaction('aterstallning').objectStore('aterstallning').get('osparat-arbete');
            get.onsuccess = () => {
              db.close();
              resolve(get.result !== undefined);
            };
            get.onerror = () => {
              db.close();
              resolve(false);
            };
          };
        }),
    );
    if (kept) return;
    await page.waitForTimeout(250);
  }
  throw new Error('no copy of the unsaved work was kept');
}

async function expectValue(field: ReturnType<Page['getByRole']>, value: string): Promise<void> {
  await page.waitForFunction(
    ([selector, wanted]) => (document.querySelector(selector) as HTMLInputElement | null)?.value === wanted,
    [await field.evaluate((e) => `#${CSS.escape(e.id)}`), value] as const,
  );
}
