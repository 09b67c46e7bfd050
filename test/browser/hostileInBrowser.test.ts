/**
 * Issue 21: hostile files chosen on the web page. Each is refused with one line in the page's own words,
 * the tab stays alive (it opens an ordinary workbook next), and Chromium's memory while it tried is
 * printed with the test's output.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, truncateSync, writeFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { main } from '../../src/cli/main';
import { bombWorkbook } from '../support/zipBombs';
import { ensureSiteBuilt, launchChromium, startSiteServer, withoutFileSystemAccess } from './chromium';

jest.setTimeout(240_000);

let server: Server;
let url: string;
const site = ensureSiteBuilt(join(__dirname, '..', '..'));
let browser: Browser;
let page: Page;
const dir = mkdtempSync(join(tmpdir(), 'web-hostile-'));
const path = (name: string) => join(dir, name);
const peaks: string[] = [];
/** The most Chromium's processes may grow while refusing a file (a 400 MB part would take more held). */
const BOUNDED_GROWTH_MB = 300;

beforeAll(async () => {
  expect(await main(['new', path('vanlig.xlsx')], { out: () => {}, err: () => {} })).toBe(0);
  ({ server, url } = await startSiteServer(site));
  browser = await launchChromium();
  page = await browser.newPage({ locale: 'sv-SE' });
  await withoutFileSystemAccess(page);
  await page.goto(url);
});

afterAll(async () => {
  process.stdout.write(`Chromium's memory while refusing hostile files:\n  ${peaks.join('\n  ')}\n`);
  await browser?.close();
  server?.close();
});

/** The resident memory of every Chromium process, in MB (what the machine gives the browser). */
function chromiumMb(): number {
  const out = execFileSync('ps', ['-C', 'chromium', '-o', 'rss='], { encoding: 'utf8' });
  return out.split('\n').reduce((n, line) => n + (Number(line.trim()) || 0), 0) / 1024;
}

/** Opens `file` on the page and returns the refusal it shows, sampling Chromium's memory meanwhile. */
async function refusalShownFor(label: string, file: string): Promise<string> {
  const before = chromiumMb();
  let peak = before;
  const sampler = setInterval(() => (peak = Math.max(peak, chromiumMb())), 100);
  const started = Date.now();
  try {
    await page.locator('input[type=file]').setInputFiles(file);
    const alert = page.getByRole('alert').filter({ hasText: /läses inte|går inte att läsa/ });
    await alert.first().waitFor({ timeout: 60_000 });
    return (await alert.first().textContent()) ?? '';
  } finally {
    clearInterval(sampler);
    const seconds = ((Date.now() - started) / 1000).toFixed(1);
    peaks.push(
      `${label}: ${Math.round(peak)} MB at most (${Math.round(peak - before)} MB more), ${seconds} s`,
    );
    // Bounded: far from the gigabytes the bomb would take to hold.
    expect(peak - before).toBeLessThan(BOUNDED_GROWTH_MB);
  }
}

/** The tab is alive: an ordinary workbook opens after the refusal. */
async function opensOrdinaryWorkbook(): Promise<void> {
  await page.locator('input[type=file]').setInputFiles(path('vanlig.xlsx'));
  await page.getByText('vanlig.xlsx är öppnad.').waitFor();
}

describe('a hostile workbook on the web page', () => {
  it('refuses shared strings that would unpack to 400 MB (the tab once crashed), and stays alive', async () => {
    writeFileSync(
      path('strängar.xlsx'),
      await bombWorkbook(readFileSync(path('vanlig.xlsx')), 'xl/sharedStrings.xml', 400),
    );
    expect(await refusalShownFor('sharedStrings 400 MB', path('strängar.xlsx'))).toContain(
      'delen xl/sharedStrings.xml är 420 MB uppackad, gränsen är 120 MB',
    );
    await opensOrdinaryWorkbook();
  });

  it('refuses a 1 MB file whose sheet unpacks to 1.1 GB (the tab once crashed after 11–24 s)', async () => {
    const bytes = await bombWorkbook(readFileSync(path('vanlig.xlsx')), 'xl/worksheets/sheet1.xml', 1100);
    expect(bytes.length).toBeLessThan(2e6);
    writeFileSync(path('blad.xlsx'), bytes);
    expect(await refusalShownFor('sheet 1.1 GB', path('blad.xlsx'))).toContain('gränsen är 120 MB');
    await opensOrdinaryWorkbook();
  });

  it('names a part that unpacks beyond what the file says as damaged', async () => {
    const bytes = await bombWorkbook(readFileSync(path('vanlig.xlsx')), 'xl/worksheets/sheet1.xml', 200, {
      declared: 5000,
    });
    writeFileSync(path('ljuger.xlsx'), bytes);
    expect(await refusalShownFor('sheet lying 200 MB', path('ljuger.xlsx'))).toContain(
      'xl/worksheets/sheet1.xml går inte att läsa',
    );
    await opensOrdinaryWorkbook();
  });

  it('refuses a file over 200 MB by its size, before reading it', async () => {
    writeFileSync(path('jätte.xlsx'), 'PK');
    truncateSync(path('jätte.xlsx'), 201e6);
    expect(await refusalShownFor('file of 201 MB', path('jätte.xlsx'))).toContain(
      'jätte.xlsx läses inte: filen är 201 MB, gränsen är 200 MB.',
    );
    await opensOrdinaryWorkbook();
  });
});

/** A server on another port (so another origin) that answers every path with `body`, and no headers of note. */
async function plainServer(
  body: (path: string) => Promise<[string, Buffer | string]>,
): Promise<[Server, string]> {
  const plain = createServer((request, response) => {
    void body(request.url ?? '/').then(
      ([type, content]) => {
        response.writeHead(200, { 'Content-Type': type });
        response.end(content);
      },
      () => {
        response.writeHead(404);
        response.end();
      },
    );
  });
  await new Promise<void>((resolve) => plain.listen(0, '127.0.0.1', resolve));
  const address = plain.address();
  return [plain, `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`];
}

describe('the web page inside another site’s frame (clickjacking)', () => {
  const framing = (inner: string) => async () =>
    ['text/html', `<h1>En annan sida</h1><iframe src="${inner}" width="800" height="400"></iframe>`] as [
      string,
      string,
    ];

  it('is not shown: the server forbids it', async () => {
    const [outer, outerUrl] = await plainServer(framing(url));
    try {
      const framed = await browser.newPage();
      await framed.goto(outerUrl);
      await framed.getByText('En annan sida').waitFor();
      const frame = framed.frames().find((f) => f !== framed.mainFrame());
      // Chromium puts its own error page in the frame: the site's page never loaded there.
      await framed.waitForFunction(() => document.querySelector('iframe')?.contentDocument === null);
      expect(frame?.url()).toMatch(/^chrome-error:/);
      expect(await frame?.locator('input[type=file]').count()).toBe(0);
      await framed.close();
    } finally {
      outer.close();
    }
  });

  it('shows one line and nothing to click where a host sends no header', async () => {
    const type = (file: string) => (file.endsWith('.js') ? 'text/javascript' : 'text/html');
    const [bare, bareUrl] = await plainServer(async (p) => {
      const file = p === '/' ? 'index.html' : p.slice(1).split('?')[0]!;
      return [type(file), await readFile(join(site, file))];
    });
    const [outer, outerUrl] = await plainServer(framing(`${bareUrl}/`));
    try {
      const framed = await browser.newPage({ locale: 'sv-SE' });
      await framed.goto(outerUrl);
      const frame = framed.frameLocator('iframe');
      await frame.getByText('Uppföljningen visas inte inuti en annan sida.').waitFor();
      expect(await frame.locator('input[type=file], button').count()).toBe(0);
      await framed.close();
    } finally {
      outer.close();
      bare.close();
    }
  });
});
