/**
 * The check as a worklist on the web page, in Chromium (issue 13): a CSV brings the same slip on three
 * cases; the problems stand under each case's Ärende-ID and row, "Rätta alla likadana" fixes all three and
 * lists them, "Ångra" puts them back, and "Öppna ärendet" opens the case with the field in focus.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { closeSite, collectPageErrors, openSite, withoutFileSystemAccess, type Site } from './chromium';

jest.setTimeout(240_000);

let site: Site;
let page: Page;
let errors: string[];

const CSV = [
  'Ärende-ID;Enhet;Kön;Ålder;Huvudsaklig drog;Grad av missbruk;Datum för aktualisering;Genomgången utredning;Beslut om insats',
  ...['V-1', 'V-2', 'V-3'].map((id) => `${id};Vuxenenheten;man;40;Alkohol;Missbruk;2019-03-05;Pågår;Nej`),
].join('\n');

beforeAll(async () => {
  site = await openSite(`${__dirname}/../..`);
  page = await site.browser.newPage({ locale: 'sv-SE', viewport: { width: 1024, height: 900 } });
  await withoutFileSystemAccess(page);
  errors = collectPageErrors(page);
  await page.goto(`${site.origin}/`);
  await page.getByRole('button', { name: 'Ny uppföljning' }).click();
  await page.getByText(/En ny uppföljning är skapad/).waitFor();
  await page.getByRole('tab', { name: 'Kom igång', exact: true }).click();
  const file = join(mkdtempSync(join(tmpdir(), 'worklist-')), 'arenden.csv');
  writeFileSync(file, CSV);
  await page.getByLabel('Importera ärenden från CSV-fil').setInputFiles(file);
  await page.getByText(/3 ärenden är importerade/).waitFor();
  await page.getByRole('tab', { name: 'Kontrollera', exact: true }).click();
  await page.getByRole('button', { name: 'Kontrollera ärendena' }).click();
});

afterAll(() => closeSite(site));

describe('the check as a worklist on the web page (issue 13)', () => {
  it('stands each problem under its case, by Ärende-ID and row', async () => {
    for (const [id, row] of [
      ['V-1', 3],
      ['V-2', 4],
      ['V-3', 5],
    ] as const)
      await page
        .getByRole('region', { name: `${id}, rad ${row}` })
        .getByText(`Ärenden!C${row}`)
        .waitFor();
  });

  it('fixes the same slip on every case at once, lists the cells, and undoes it', async () => {
    await page
      .getByRole('region', { name: 'V-1, rad 3' })
      .getByRole('button', { name: 'Rätta alla likadana (3)' })
      .click();
    const fixed = page.getByRole('list', { name: '3 celler är rättade:' });
    await fixed.waitFor();
    expect(await fixed.getByRole('listitem').allTextContents()).toEqual([
      'Ärenden!C3: "man" → "Man"',
      'Ärenden!C4: "man" → "Man"',
      'Ärenden!C5: "man" → "Man"',
    ]);
    // The check runs again: the three problems leave the list.
    await page
      .getByText(/"man" skrivs "Man"/)
      .first()
      .waitFor({ state: 'detached' });
    await page.getByRole('button', { name: 'Ångra rättningarna' }).click();
    await page.getByText('3 celler har fått tillbaka sina värden.').waitFor();
    await page.getByRole('region', { name: 'V-2, rad 4' }).getByText('Ärenden!C4').waitFor();
  });

  it('opens the case of a problem in the form, the field in focus', async () => {
    await page
      .getByRole('listitem')
      .filter({ hasText: 'Ärenden!C4' })
      .getByRole('button', { name: 'Öppna ärendet' })
      .click();
    await page.getByText('Redigerar ärendet på rad 4.').waitFor();
    await page.waitForFunction(() => document.activeElement?.tagName === 'SELECT');
    const focused = await page.evaluate(() =>
      document.activeElement?.closest('[data-variable]')?.getAttribute('data-variable'),
    );
    expect(focused).toBe('gender');
  });

  it('logged no error', () => expect(errors).toEqual([]));
});
