/**
 * The web page's Resultat tab in Chromium, as a unit head reads it: every breakdown as a table, the charts
 * drawn (loaded only now, as their own script), the same masked values the sheet shows, and "Skriv ut"
 * printing a report without the page's tabs and buttons (Chromium's own PDF, read back with pdftotext).
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { DEFAULT_CODEBOOK } from '../../src/core/codebook/defaultCodebook';
import { EXAMPLE_SETTINGS } from '../../src/core/example/generate';
import { breakdowns } from '../../src/core/figures/groups';

import { openSite, closeSite, screenshotDir, collectPageErrors, type Site, guardOrigin } from './chromium';

jest.setTimeout(240_000);

const root = join(__dirname, '..', '..');
const shots = screenshotDir(root);
const titles = breakdowns(DEFAULT_CODEBOOK, EXAMPLE_SETTINGS).map((b) => b.title);
let site: Site;
let page: Page;
let offsite: string[];
let pageErrors: string[];
const scripts: string[] = [];

beforeAll(async () => {
  site = await openSite(root);
  const context = await site.browser.newContext({ locale: 'sv-SE', viewport: { width: 1280, height: 900 } });
  page = await context.newPage();
  offsite = await guardOrigin(page, site.origin);
  pageErrors = collectPageErrors(page);
  page.on('request', (r) => {
    if (r.resourceType() === 'script') scripts.push(new URL(r.url()).pathname);
  });
  await page.goto(`${site.origin}/`);
  await page.getByRole('button', { name: 'Öppna exemplet (fiktiva ärenden)' }).click();
  await page.getByText(/Exemplet är öppnat: 79 fiktiva ärenden/).waitFor();
});

afterAll(() => closeSite(site));

describe('the results on the web page (issue 14)', () => {
  it('loads the charts only when the results are shown', async () => {
    expect(scripts.some((s) => /charts/.test(s))).toBe(false);
    await page.getByRole('tab', { name: 'Resultat', exact: true }).click();
    await page.getByRole('button', { name: 'Skapa eller uppdatera resultatbladet' }).click();
    await page.getByText(/^För Vuxenenheten visade resultaten/).waitFor();
    await page.locator('figure.chart svg').first().waitFor();
    expect(scripts.some((s) => /charts/.test(s))).toBe(true);
  });

  it('shows every breakdown as a table, masked as the sheet is', async () => {
    for (const title of titles) await page.getByRole('table', { name: title, exact: true }).waitFor();
    const units = page.getByRole('table', { name: 'Per enhet', exact: true });
    const headers = await units.getByRole('columnheader').allTextContents();
    expect(headers.slice(0, 4)).toEqual(['Grupp', 'Antal ärenden', 'Känd situation', 'Positiv förändring']);
    const adults = await units
      .getByRole('row', { name: /Vuxenenheten/ })
      .getByRole('cell')
      .allTextContents();
    expect(adults[headers.indexOf('Positiv förändring')]).toBe('70 %');
    expect(adults[headers.indexOf('Bortfall andel')]).toBe('36 %');
    // Small groups are hidden here as on the sheet.
    const drugs = await page.getByRole('table', { name: 'Per huvudsaklig drog', exact: true }).textContent();
    expect(drugs).toMatch(/<5|–/);
  });

  it('draws a chart per breakdown but the total, each titled with what it shows', async () => {
    const charts = page.locator('figure.chart');
    expect(await charts.count()).toBe(titles.length - 1);
    expect(await charts.first().locator('figcaption').textContent()).toBe(
      'Per enhet: positiv förändring (andel av ärenden med känd situation) och bortfall (andel av alla ärenden)',
    );
    expect(await charts.first().locator('svg rect').count()).toBeGreaterThan(3);
    // Per unit and gender every rate is hidden in the example: the page says so instead of empty axes.
    expect(await charts.nth(1).textContent()).toMatch(/Varje värde i den här uppdelningen döljs/);
    await page.getByText('Positiv förändring, andel av ärenden med känd situation').first().waitFor();
    await page.getByRole('table', { name: 'Per enhet', exact: true }).scrollIntoViewIfNeeded();
    await page.locator('figure.chart').first().scrollIntoViewIfNeeded();
    await page.screenshot({ path: join(shots, '09-resultat-diagram.png') });
  });

  it('prints a clean report: the results without the tabs and buttons', async () => {
    await page.emulateMedia({ media: 'print' });
    const pdf = await page.pdf({ format: 'A4', printBackground: true });
    await page.emulateMedia({ media: 'screen' });
    const dir = mkdtempSync(join(tmpdir(), 'report-'));
    writeFileSync(join(dir, 'report.pdf'), pdf);
    const text = execFileSync('pdftotext', [join(dir, 'report.pdf'), '-'], { encoding: 'utf8' });
    for (const title of titles) expect(text).toContain(title);
    expect(text).toContain('För Vuxenenheten visade resultaten');
    for (const hidden of ['Registrera ärende', 'Skriv ut', 'Ladda ned arbetsboken'])
      expect(text).not.toContain(hidden);
    execFileSync('pdftoppm', [
      '-f',
      '1',
      '-l',
      '1',
      '-r',
      '60',
      '-png',
      join(dir, 'report.pdf'),
      join(shots, '10-utskrift'),
    ]);
  });

  it('sent nothing anywhere but its own origin, and logged no error', () => {
    expect(offsite).toEqual([]);
    expect(pageErrors).toEqual([]);
  });
});
