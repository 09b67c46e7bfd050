import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import type { Server } from 'node:http';
import { join } from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';

/** Debian's Chromium: the tests never download a browser of their own. */
export const CHROMIUM = '/usr/bin/chromium';

/**
 * Headless Chromium as this machine allows it: no sandbox (the tests may run as root), and none of the
 * background traffic (updates, sync, safe browsing) that would otherwise try to reach Google.
 */
export async function launchChromium(): Promise<Browser> {
  if (!existsSync(CHROMIUM))
    throw new Error(`${CHROMIUM} is missing: apt-get install chromium (npm test installs it where it may).`);
  return chromium.launch({
    executablePath: CHROMIUM,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
}

// eslint-disable-next-line @typescript-eslint/no-require-imports -- the server is the CommonJS script npm start runs
const serve = require('../../scripts/serve.js') as {
  startServer: (options: { root: string; port: number }) => Promise<{ server: Server; url: string }>;
};

/** The built site served on 127.0.0.1 on a free port, as `npm start` serves it. */
export const startSiteServer = (root: string) => serve.startServer({ root, port: 0 });

/** Builds the static site if it is not there (npm test builds it before this suite). */
export function ensureSiteBuilt(root: string): string {
  const site = join(root, 'dist', 'web');
  if (!existsSync(join(site, 'index.html'))) {
    const build = spawnSync(
      join(root, 'node_modules', '.bin', 'webpack'),
      ['--mode', 'production', '--config-name', 'site'],
      { cwd: root, stdio: 'inherit' },
    );
    if (build.status !== 0) throw new Error('The site did not build (npx webpack --config-name site).');
  }
  return site;
}

/**
 * Every request a page makes that is not to `origin`: the test fails on any, so no case data can leave.
 * Such requests are also aborted, so nothing leaves while the test runs either.
 */
export async function guardOrigin(page: Page, origin: string): Promise<string[]> {
  const offsite: string[] = [];
  const local = (url: string) => url.startsWith(origin) || /^(blob|data):/.test(url);
  page.on('request', (request) => {
    if (!local(request.url())) offsite.push(request.url());
  });
  await page.route('**/*', (route) => (local(route.request().url()) ? route.continue() : route.abort()));
  return offsite;
}

/** Console errors and uncaught exceptions (a CSP violation is a console error). */
export function collectPageErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  page.on('pageerror', (error) => errors.push(error.message));
  return errors;
}

/** Where screenshots go: docs/images with `npm run screenshots`, otherwise a temporary folder. */
export function screenshotDir(root: string): string {
  const wanted = process.env.SCREENSHOTS_DIR;
  const dir = wanted ? join(root, wanted) : mkdtempSync(join(tmpdir(), 'screenshots-'));
  mkdirSync(dir, { recursive: true });
  return dir;
}

/** What a browser test starts with: the built site served on a free port, and Debian's Chromium. */
export interface Site {
  readonly server: Server;
  /** `http://127.0.0.1:PORT`, without a trailing slash. */
  readonly origin: string;
  readonly browser: Browser;
}

export async function openSite(root: string): Promise<Site> {
  const started = await startSiteServer(ensureSiteBuilt(root));
  return { server: started.server, origin: started.url.replace(/\/$/, ''), browser: await launchChromium() };
}

export async function closeSite(site: Site | undefined): Promise<void> {
  await site?.browser.close();
  site?.server.close();
}

/**
 * Makes the page's browser one without the File System Access API (Firefox, Safari): opening reads a copy
 * and "Spara" downloads. Chromium has the API, so the tests of the download path take it away.
 */
export async function withoutFileSystemAccess(page: Page): Promise<void> {
  await page.addInitScript(() => {
    for (const name of ['showOpenFilePicker', 'showSaveFilePicker'])
      Object.defineProperty(window, name, { value: undefined, configurable: true });
  });
}
