import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import type { Server } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

// eslint-disable-next-line @typescript-eslint/no-require-imports -- the server is the CommonJS script npm start runs
const { startServer } = require('../scripts/serve.js') as {
  startServer: (options: { root: string; port: number }) => Promise<{ server: Server; url: string }>;
};

let server: Server;
let url: string;

beforeAll(async () => {
  const parent = mkdtempSync(join(tmpdir(), 'site-'));
  const root = join(parent, 'web');
  mkdirSync(root);
  writeFileSync(join(root, 'index.html'), '<p>sidan</p>');
  writeFileSync(join(root, 'taskpane.html'), '<p>fönstret</p>');
  writeFileSync(join(parent, 'secret.txt'), 'utanför');
  ({ server, url } = await startServer({ root, port: 0 }));
});

afterAll(() => server.close());

describe('the server of npm start', () => {
  it('serves the site on this computer only, with the content security policy', async () => {
    expect(url).toMatch(/^http:\/\/localhost:\d+\/$/);
    expect(server.address()).toMatchObject({ address: '127.0.0.1' });
    const response = await fetch(url);
    expect(response.status).toBe(200);
    expect(await response.text()).toBe('<p>sidan</p>');
    expect(response.headers.get('content-security-policy')).toContain("connect-src 'self'");
  });

  it('forbids any site to frame the web page (issue 21), but lets Office frame the task pane', async () => {
    const page = await fetch(url);
    expect(page.headers.get('content-security-policy')).toContain("frame-ancestors 'none'");
    expect(page.headers.get('x-frame-options')).toBe('DENY');
    const pane = await fetch(`${url}taskpane.html`);
    expect(pane.headers.get('content-security-policy')).not.toContain('frame-ancestors');
    expect(pane.headers.get('x-frame-options')).toBeNull();
  });

  it('serves nothing outside the site folder, however the path is written', async () => {
    for (const path of ['../secret.txt', '%2e%2e/secret.txt', '..%2fsecret.txt', '%ZZ', 'nothing.js'])
      expect((await fetch(`${url}${path}`)).status).toBe(404);
  });
});
