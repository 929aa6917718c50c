/**
 * Where the e2e global setup puts the fixture-archive builds, and the type tests get from
 * `inject('testSites')`. Kept apart from global-setup.ts so tests can import the type and paths
 * without pulling the build code in.
 */
import path from 'node:path';

export interface TestSite {
  /** Absolute path of the built site (what `dist/` would be). */
  dir: string;
  /** Base path the site was built for, always with both slashes: `/` or `/minutes-sub/`. */
  base: string;
}

export interface TestSites {
  /** Built with the default base `/`. */
  root: TestSite;
  /** Built with BASE_PATH=/minutes-sub/, to catch links and search URLs that forget the base. */
  sub: TestSite;
}

export const repoRoot = path.resolve(import.meta.dirname, '..');
export const fixtureArchive = path.join(repoRoot, 'tests/fixtures/archive');
export const testSitesDir = path.join(repoRoot, '.work/test-sites');
/** Builds are made with this origin so canonical links and the sitemap point at the loopback server. */
export const testSiteUrl = 'http://127.0.0.1';

export const testSiteLayout: TestSites = {
  root: { dir: path.join(testSitesDir, 'root'), base: '/' },
  sub: { dir: path.join(testSitesDir, 'sub'), base: '/minutes-sub/' },
};

declare module 'vitest' {
  export interface ProvidedContext {
    testSites: TestSites;
  }
}
