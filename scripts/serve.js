// @ts-check
/**
 * A small static server for dist/web: `npm start` (after a build) and `npm run dev-server` (with webpack
 * watching) use it, and the browser tests start it in-process. It listens on this computer only
 * (127.0.0.1): the page holds case data and is no service for the network.
 */
const http = require('node:http');
const { readFile, stat } = require('node:fs/promises');
const { existsSync, writeFileSync, rmSync } = require('node:fs');
const path = require('node:path');

const ROOT = path.resolve(__dirname, '..', 'dist', 'web');
const PID_FILE = path.resolve(__dirname, '..', '.serve.pid');

/** @type {Record<string, string>} */
const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.png': 'image/png',
  '.xml': 'application/xml; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
};

/** The same policy the pages carry in their meta tag, sent as a header too. */
const CSP =
  "default-src 'none'; script-src 'self' https://appsforoffice.microsoft.com; style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; font-src 'self' data:; connect-src 'self'; frame-src https://appsforoffice.microsoft.com; base-uri 'none'; form-action 'none'";

/**
 * @param {string} root
 * @param {string} urlPath
 * @returns {string | null} the file under root, or null for a path that leaves it
 */
function fileFor(root, urlPath) {
  const decoded = decodeURIComponent(urlPath.split('?')[0] || '/');
  const relative = decoded.endsWith('/') ? `${decoded}index.html` : decoded;
  const file = path.resolve(root, `.${path.posix.normalize(relative)}`);
  return file === root || file.startsWith(root + path.sep) ? file : null;
}

/**
 * Serves `root` on 127.0.0.1, trying the next port while one is taken.
 * @param {{ root?: string, port?: number, tries?: number }} [options]
 * @returns {Promise<{ server: http.Server, url: string }>}
 */
async function startServer(options = {}) {
  const root = options.root ?? ROOT;
  const server = http.createServer(async (request, response) => {
    let file;
    try {
      file = fileFor(root, request.url ?? '/');
    } catch {
      file = null; // A malformed %-escape in the address: no file of ours.
    }
    const found = file && (await stat(file).catch(() => null));
    if (!file || !found || !found.isFile()) {
      response.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8' });
      response.end('Finns inte.');
      return;
    }
    // The task pane is framed by Office on the web; the web page holds case data and no site may frame it
    // (a meta tag cannot say frame-ancestors, so the header does, and the page checks itself as well).
    const framable = path.basename(file) === 'taskpane.html';
    response.writeHead(200, {
      'Content-Type': TYPES[path.extname(file)] ?? 'application/octet-stream',
      'Content-Security-Policy': framable ? CSP : `${CSP}; frame-ancestors 'none'`,
      ...(framable ? {} : { 'X-Frame-Options': 'DENY' }),
      'X-Content-Type-Options': 'nosniff',
      'Cache-Control': 'no-cache',
    });
    response.end(await readFile(file));
  });
  const first = options.port ?? 3000;
  const tries = options.port === 0 ? 1 : (options.tries ?? 10);
  for (let port = first; port < first + tries; port++) {
    const bound = await new Promise((resolve, reject) => {
      server.once('error', (e) =>
        /** @type {NodeJS.ErrnoException} */ (e).code === 'EADDRINUSE' ? resolve(false) : reject(e),
      );
      server.listen(port, '127.0.0.1', () => resolve(true));
    });
    if (bound) {
      const address = server.address();
      const actual = typeof address === 'object' && address ? address.port : port;
      return { server, url: `http://localhost:${actual}/` };
    }
  }
  throw new Error(`Portarna ${first}–${first + tries - 1} är upptagna. Ange en annan med PORT=…`);
}

async function main() {
  if (!existsSync(path.join(ROOT, 'index.html'))) {
    console.error('dist/web saknas. Bygg först: npm run build');
    process.exit(1);
  }
  const { url } = await startServer({ port: Number(process.env.PORT ?? 3000) });
  writeFileSync(PID_FILE, String(process.pid));
  const removePid = () => rmSync(PID_FILE, { force: true });
  process.on('exit', removePid);
  process.on('SIGINT', () => process.exit(0));
  process.on('SIGTERM', () => process.exit(0));
  console.log(
    [
      '',
      `Uppföljningen som webbsida: ${url}`,
      '  Öppna adressen i webbläsaren och välj "Öppna exemplet" (fiktiva ärenden) eller en egen .xlsx-fil.',
      '  Arbetsboken stannar i webbläsaren; sidan skickar ingenting någonstans.',
      `Aktivitetsfönstret för Excel: ${url}taskpane.html (i Excel krävs https, se docs/DEPLOY.md).`,
      'Stoppa med Ctrl+C (eller npm stop från ett annat fönster).',
      '',
    ].join('\n'),
  );
}

if (require.main === module) {
  main().catch((e) => {
    console.error(e instanceof Error ? e.message : String(e));
    process.exit(1);
  });
}

module.exports = { startServer, fileFor, PID_FILE };
