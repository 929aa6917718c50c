/**
 * Vitest globalSetup of the `e2e` project: builds the fixture archive (tests/fixtures/archive) ONCE per
 * test run, with `npm run build` in a child process exactly as a user would, into
 *   .work/test-sites/root  (base `/`)
 *   .work/test-sites/sub   (BASE_PATH=/minutes-sub/)
 * and hands their paths to tests: `const sites = inject('testSites')` (type in ./test-sites.ts).
 *
 * Quick local iteration: MINUTEBOOK_TEST_SITES_FRESH=1 reuses existing builds instead of rebuilding.
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import type { TestProject } from 'vitest/node';
import { runBuild } from '../../tools/run-build.ts';
import { fixtureArchive, testSiteLayout, testSiteUrl } from '../../tools/test-sites.ts';
import type { TestSite } from '../../tools/test-sites.ts';

async function buildSite(site: TestSite): Promise<void> {
  const started = performance.now();
  const run = await runBuild({
    contentDir: fixtureArchive,
    outDir: site.dir,
    base: site.base,
    site: testSiteUrl,
  });
  if (run.code !== 0) {
    const tail = run.output.split('\n').slice(-40).join('\n');
    throw new Error(
      `Building the fixture site for base ${site.base} into ${site.dir} failed (exit ${run.code}):\n${tail}`,
    );
  }
  if (!existsSync(path.join(site.dir, 'pagefind/pagefind.js'))) {
    throw new Error(
      `The fixture site in ${site.dir} was built without a Pagefind index (no pagefind/pagefind.js).`,
    );
  }
  console.log(
    `[e2e] built fixture site (base ${site.base}) in ${Math.round(performance.now() - started)} ms`,
  );
}

export default async function setup(project: TestProject): Promise<void> {
  const sites = testSiteLayout;
  const all: TestSite[] = [sites.root, sites.sub];
  const reuse =
    process.env['MINUTEBOOK_TEST_SITES_FRESH'] === '1' &&
    all.every((site) => existsSync(path.join(site.dir, 'index.html')));
  if (!reuse) {
    // One after the other: the machine has two cores and Astro builds are CPU-bound.
    for (const site of all) await buildSite(site);
  }
  project.provide('testSites', sites);
}
