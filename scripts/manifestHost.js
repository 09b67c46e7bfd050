// @ts-check
/** The host the manifest is written with in development; the build replaces it. */
const DEV_HOST = 'https://localhost:3000';

/**
 * The host where a municipality serves the add-in's files: `--env url=…` on the build, or ADDIN_URL.
 * Office requires https; a trailing slash is dropped.
 * @param {{ url?: string } | undefined} env
 * @returns {string}
 */
function addinHost(env) {
  const url = (env && env.url) || process.env.ADDIN_URL || DEV_HOST;
  if (!/^https:\/\/[^\s"<>]+$/.test(url)) {
    throw new Error(`Adressen till tilläggets filer måste börja med https:// (fick "${url}").`);
  }
  return url.replace(/\/+$/, '');
}

/**
 * The manifest with every development URL pointing at `host` instead.
 * @param {string} xml
 * @param {string} host
 */
function manifestFor(xml, host) {
  return xml.split(DEV_HOST).join(host);
}

module.exports = { DEV_HOST, addinHost, manifestFor };
