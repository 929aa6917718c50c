/**
 * Loopback static server for a built site, mounted under its base path, for browser tests.
 * It is the bench's server (scripts/bench/serve.ts: MIME types incl. `.wasm` and Pagefind's binary
 * files, 404 → the site's 404.html, 301 for directories without a trailing slash), re-exported here so
 * tests have one import and one server implementation exists.
 *
 *   const server = await serveSite(site);           // site from inject('testSites')
 *   await page.goto(server.url('search/?q=rsa'));   // → http://127.0.0.1:PORT/minutes-sub/search/?q=rsa
 *   await server.close();
 */
import { startStaticServer } from '../../scripts/bench/serve.ts';
import type { StaticServer } from '../../scripts/bench/serve.ts';
import type { TestSite } from './test-sites.ts';

export { startStaticServer, mimeTypes } from '../../scripts/bench/serve.ts';
export type { StaticServer } from '../../scripts/bench/serve.ts';

export interface ServedSite extends StaticServer {
  base: string;
  /** Absolute URL of a path inside the site; `path` is relative to the base (`''`, `'meetings/'`). */
  url(path?: string): string;
}

export async function serveSite(site: TestSite): Promise<ServedSite> {
  const server = await startStaticServer(site.dir, { base: site.base, cacheControl: 'no-store' });
  return {
    ...server,
    base: site.base,
    url: (path = '') => `${server.origin}${site.base}${path.replace(/^\/+/, '')}`,
  };
}
