import { readFileSync } from 'node:fs';
import { join } from 'node:path';
// The build's own helper (CommonJS, used by webpack.config.js).
// eslint-disable-next-line @typescript-eslint/no-require-imports -- a plain JS module of the build
const { addinHost, manifestFor, DEV_HOST } = require('../scripts/manifestHost.js') as {
  addinHost: (env?: { url?: string }) => string;
  manifestFor: (xml: string, host: string) => string;
  DEV_HOST: string;
};

describe('the host written into the manifest at build time', () => {
  it('replaces every development URL, and only those', () => {
    const xml = readFileSync(join(__dirname, '..', 'manifest.xml'), 'utf8');
    const built = manifestFor(xml, addinHost({ url: 'https://uppfoljning.exempel.se/app/' }));
    expect(built).not.toContain(DEV_HOST);
    expect(built.match(/https:\/\/uppfoljning\.exempel\.se\/app/g)?.length).toBe(
      xml.split(DEV_HOST).length - 1,
    );
    expect(built.replace(/https:\/\/uppfoljning\.exempel\.se\/app/g, DEV_HOST)).toBe(xml);
  });

  it('refuses, in Swedish, a host that is not https', () => {
    expect(() => addinHost({ url: 'http://intranat/uppfoljning' })).toThrow(/måste börja med https/);
  });
});
