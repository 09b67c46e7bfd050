/**
 * A workbook file of the team's opened on the web page, as a new user would: the page holds it in its
 * worker, says how far reading has come, computes, and the download changes only the tool's own parts.
 */
import { mkdtempSync, readFileSync } from 'node:fs';
import type { Server } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { EXAMPLE_SETTINGS } from '../../src/core/example/generate';
import { manyCases } from '../support/manyCases';
import { createFollowUpWorkbook } from '../support/exceljs/followUpWorkbook';
import { changedParts, partsOf } from '../support/packageParts';
import {
  collectPageErrors,
  ensureSiteBuilt,
  guardOrigin,
  launchChromium,
  startSiteServer,
  withoutFileSystemAccess,
} from './chromium';

jest.setTimeout(240_000);

const CASES = 20_000;
let server: Server;
let browser: Browser;
let page: Page;
let origin: string;
let offsite: string[];
let pageErrors: string[];
const dir = mkdtempSync(join(tmpdir(), 'web-file-'));
const file = join(dir, 'stor-uppfoljning.xlsx');

beforeAll(async () => {
  await createFollowUpWorkbook({ rows: manyCases(CASES), settings: EXAMPLE_SETTINGS }).xlsx.writeFile(file);
  let url: string;
  ({ server, url } = await startSiteServer(ensureSiteBuilt(join(__dirname, '..', '..'))));
  origin = url.replace(/\/$/, '');
  browser = await launchChromium();
  page = await browser.newPage({ locale: 'sv-SE' });
  await withoutFileSystemAccess(page);
  offsite = await guardOrigin(page, origin);
  pageErrors = collectPageErrors(page);
  await page.goto(url);
});

afterAll(async () => {
  await browser?.close();
  server?.close();
});

describe(`a workbook of ${CASES.toLocaleString('sv-SE')} cases on the web page`, () => {
  it('opens in the worker, saying how far reading has come', async () => {
    // Every status text the page shows, however briefly.
    await page.evaluate(() => {
      const seen: string[] = [];
      Object.assign(window, { statusTexts: seen });
      new MutationObserver(() =>
        document.querySelectorAll('[role=status]').forEach((e) => seen.push(e.textContent ?? '')),
      ).observe(document.body, { subtree: true, childList: true, characterData: true });
    });
    await page.locator('input[type=file]').setInputFiles(file);
    await page.getByText('stor-uppfoljning.xlsx är öppnad.').waitFor();
    const seen = await page.evaluate(() => Reflect.get(window, 'statusTexts') as string[]);
    expect(seen).toContainEqual(expect.stringMatching(/^Läser bladet Ärenden: \d+ %$/));
    // The case list shows the first 200 cases, and more on request.
    await page.getByRole('button', { name: /^Visa fler \(200 av 20 000 visas\)$/ }).waitFor();
  });

  it('computes its results and downloads it with only the tool’s own parts changed', async () => {
    await page.getByRole('tab', { name: 'Resultat', exact: true }).click();
    await page.getByRole('button', { name: 'Skapa eller uppdatera resultatbladet' }).click();
    await page.getByText('Resultatbladet är aktuellt.').first().waitFor();
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Ladda ned arbetsboken' }).click(),
    ]);
    const saved = join(dir, 'nedladdad.xlsx');
    await download.saveAs(saved);
    const changed = changedParts(partsOf(readFileSync(file)), partsOf(readFileSync(saved)));
    expect(
      changed.filter(
        (name) =>
          !/^xl\/(worksheets|drawings|charts)\/|^xl\/_rels\/|^xl\/(workbook|styles)\.xml$|^\[Content_Types\]\.xml$/.test(
            name,
          ),
      ),
    ).toEqual([]);
    // The case sheet, 20,000 rows, is the very part that was opened.
    expect(changed).not.toContain('xl/worksheets/sheet1.xml');
    expect(changed).toContain('xl/charts/chart1.xml');
  });

  it('sent nothing anywhere but its own origin, and logged no error', () => {
    expect(offsite).toEqual([]);
    expect(pageErrors).toEqual([]);
  });
});
