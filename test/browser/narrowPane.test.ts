/**
 * The web page at the width of an Excel task pane (350 px) and a little less (320 px): every tab is usable
 * without sideways scrolling, the page never wider than the window (a wide table scrolls in its own box).
 */
import { join } from 'node:path';
import type { Page } from 'playwright-core';

import { openSite, closeSite, screenshotDir, collectPageErrors, type Site } from './chromium';

jest.setTimeout(240_000);

const root = join(__dirname, '..', '..');
const shots = screenshotDir(root);
const TABS = [
  'Kom igång',
  'Ärenden',
  'Registrera ärende',
  'Kontrollera',
  'Resultat',
  'Kodbok',
  'Inställningar',
];
let site: Site;

beforeAll(async () => {
  site = await openSite(root);
});

afterAll(() => closeSite(site));

/** The outermost elements that reach past the window's right edge (outside any box that scrolls). */
const wideElements = (page: Page) =>
  page.evaluate(() => {
    const width = document.documentElement.clientWidth;
    const found: string[] = [];
    const visit = (element: Element) => {
      const style = getComputedStyle(element);
      if (style.overflowX === 'auto' || style.overflowX === 'scroll' || style.display === 'none') return;
      const box = element.getBoundingClientRect();
      if (box.right > width + 0.5) {
        const wideChild = Array.from(element.children).some(
          (c) => c.getBoundingClientRect().right > width + 0.5,
        );
        if (!wideChild)
          found.push(`${element.tagName.toLowerCase()}.${element.className} ${Math.round(box.right)}`);
      }
      Array.from(element.children).forEach(visit);
    };
    visit(document.body);
    return found.slice(0, 5);
  });

/** How much wider than the window the page is (0 when it fits). */
const overflow = (page: Page) =>
  page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);

describe.each([350, 320])('the web page %i px wide', (width) => {
  let page: Page;
  let errors: string[];

  beforeAll(async () => {
    const context = await site.browser.newContext({ locale: 'sv-SE', viewport: { width, height: 800 } });
    page = await context.newPage();
    errors = collectPageErrors(page);
    await page.goto(`${site.origin}/`);
    await page.getByRole('button', { name: 'Öppna exemplet (fiktiva ärenden)' }).click();
    await page.getByText(/Exemplet är öppnat: 79 fiktiva ärenden/).waitFor();
  });

  it.each(TABS)('shows %s without sideways scrolling', async (tab) => {
    await page.getByRole('tab', { name: tab, exact: true }).click();
    if (tab === 'Kontrollera') {
      await page.getByRole('button', { name: 'Kontrollera ärendena' }).click();
      await page.getByRole('listitem').first().waitFor();
    }
    if (tab === 'Resultat') {
      await page.getByRole('button', { name: 'Skapa eller uppdatera resultatbladet' }).click();
      await page.locator('figure.chart svg').first().waitFor();
    }
    // Every tab can be reached: none is pushed out of sight.
    for (const name of TABS) {
      const box = await page.getByRole('tab', { name, exact: true }).boundingBox();
      expect(box && box.x >= 0 && box.x + box.width <= width + 0.5).toBe(true);
    }
    if (width === 350) await page.screenshot({ path: join(shots, `pane-350-${TABS.indexOf(tab) + 1}.png`) });
    expect(await wideElements(page)).toEqual([]);
    expect(await overflow(page)).toBeLessThanOrEqual(0);
  });

  it('logged no error', () => expect(errors).toEqual([]));
});
