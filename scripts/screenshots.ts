/**
 * `npm run screenshots`: every page type of the fixture archive at 1280 px and 390 px, light and dark,
 * as full-page PNGs in `screenshots/` (git-ignored), for a person to look at. Also prints any page
 * that scrolls sideways at phone width.
 *
 *   npm run screenshots                      # builds the fixture site if .work/test-sites/root is missing
 *   npm run screenshots -- --build           # rebuild it first
 *   npm run screenshots -- --site dist --base /svsm-minutes/ --only meeting,topic
 */
import { existsSync } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { fixturePageTypes } from '../tools/quality/page-types.ts';
import { findHorizontalOverflow, openPageType } from '../tools/quality/browser-checks.ts';
import { launchBrowser } from '../tools/browser.ts';
import { runBuild } from '../tools/run-build.ts';
import { serveSite } from '../tools/serve.ts';
import { fixtureArchive, repoRoot, testSiteLayout, testSiteUrl } from '../tools/test-sites.ts';

const widths = [1280, 390] as const;
const schemes = ['light', 'dark'] as const;

async function buildFixtureSite(dir: string, base: string): Promise<void> {
  console.log(`Building the fixture archive into ${path.relative(repoRoot, dir)} (base ${base})…`);
  const run = await runBuild({ contentDir: fixtureArchive, outDir: dir, base, site: testSiteUrl });
  if (run.code !== 0) {
    throw new Error(
      `Building the fixture site failed (exit ${run.code}):\n${run.output.split('\n').slice(-40).join('\n')}`,
    );
  }
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      site: { type: 'string' },
      base: { type: 'string' },
      out: { type: 'string', default: 'screenshots' },
      only: { type: 'string' },
      build: { type: 'boolean', default: false },
    },
  });
  const dir = path.resolve(values.site ?? testSiteLayout.root.dir);
  const base = values.base ?? (values.site ? '/' : testSiteLayout.root.base);
  const usesFixture = values.site === undefined;
  if (usesFixture && (values.build || !existsSync(path.join(dir, 'index.html'))))
    await buildFixtureSite(dir, base);
  if (!existsSync(path.join(dir, 'index.html')))
    throw new Error(`No built site in ${dir} (no index.html).`);

  const only = values.only?.split(',').map((name) => name.trim());
  const types = fixturePageTypes.filter((type) => !only || only.includes(type.name));
  if (types.length === 0)
    throw new Error(
      `--only ${values.only} names no page type; known: ${fixturePageTypes.map((t) => t.name).join(', ')}`,
    );
  const outDir = path.resolve(values.out);
  await mkdir(outDir, { recursive: true });

  const [browser, server] = await Promise.all([launchBrowser(), serveSite({ dir, base })]);
  const overflowing: string[] = [];
  let written = 0;
  try {
    for (const colorScheme of schemes) {
      for (const width of widths) {
        const context = await browser.newContext({ colorScheme, viewport: { width, height: 900 } });
        const page = await context.newPage();
        for (const type of types) {
          await openPageType(page, server.url(type.path), type);
          const file = path.join(outDir, `${type.name}-${width}-${colorScheme}.png`);
          await page.screenshot({ path: file, fullPage: true });
          written += 1;
          const overflow = await findHorizontalOverflow(page);
          if (overflow.length > 0)
            overflowing.push(
              `${type.name} at ${width} px (${colorScheme}): ${overflow.join('; ')}`,
            );
        }
        await context.close();
      }
    }
  } finally {
    await Promise.all([browser.close(), server.close()]);
  }
  console.log(`Wrote ${written} screenshots to ${path.relative(process.cwd(), outDir) || '.'}/`);
  if (overflowing.length > 0) {
    console.log(`Pages that scroll sideways:\n  ${overflowing.join('\n  ')}`);
    process.exitCode = 1;
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
});
