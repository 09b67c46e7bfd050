/**
 * The web page on a large workbook, in Debian's Chromium (the browser suite's set-up): the time to open the
 * file, to check it and to compute its results, and the longest the page's main thread was blocked
 * meanwhile (Chromium's long tasks). The page holds the file in a worker, so the longest block should stay
 * short however long the work. Run by `npm run bench` after the file measurements.
 */
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { ensureSiteBuilt, launchChromium, startSiteServer } from '../test/browser/chromium';

declare global {
  interface Window {
    /** The longest main-thread task seen since the step began, in milliseconds. */
    longestTask: number;
  }
}

export interface PageStep {
  readonly step: string;
  readonly seconds: number;
  /** The longest main-thread task during the step, in milliseconds. */
  readonly longestBlockMs: number;
}

/** Records the page's long tasks (over 50 ms) from now on. */
async function watchMainThread(page: Page): Promise<void> {
  await page.evaluate(() => {
    window.longestTask = 0;
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries())
        window.longestTask = Math.max(window.longestTask, entry.duration);
    }).observe({ type: 'longtask' });
  });
}

async function step(page: Page, name: string, work: () => Promise<void>): Promise<PageStep> {
  await page.evaluate(() => (window.longestTask = 0));
  const started = Date.now();
  await work();
  const seconds = (Date.now() - started) / 1000;
  const longestBlockMs = await page.evaluate(() => window.longestTask);
  return { step: name, seconds, longestBlockMs };
}

export async function measurePage(file: string): Promise<PageStep[]> {
  const root = join(__dirname, '..');
  const { server, url } = await startSiteServer(ensureSiteBuilt(root));
  const browser = await launchChromium();
  try {
    const page = await browser.newPage({ locale: 'sv-SE' });
    page.setDefaultTimeout(600_000);
    await page.goto(url);
    await watchMainThread(page);
    const steps = [
      await step(page, 'open', async () => {
        await page.locator('input[type=file]').setInputFiles(file);
        await page.getByText(/är öppnad\./).waitFor();
      }),
      await step(page, 'check', async () => {
        await page.getByRole('tab', { name: 'Kontrollera', exact: true }).click();
        await page.getByRole('button', { name: 'Kontrollera ärendena' }).click();
        await page.getByText(/fel och \d+ varningar\.|Inga problem hittades\./).waitFor();
      }),
      await step(page, 'compute', async () => {
        await page.getByRole('tab', { name: 'Resultat', exact: true }).click();
        await page.getByRole('button', { name: 'Skapa eller uppdatera resultatbladet' }).click();
        await page.getByText('Resultatbladet är aktuellt.').first().waitFor();
      }),
    ];
    return steps;
  } finally {
    await browser.close();
    server.close();
  }
}
