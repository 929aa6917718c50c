/**
 * `npm run check:links -- [dist] [--base /svsm-minutes/] [--site https://…]`: checks that every internal
 * link and `#anchor` of a built site resolves, and exits 1 naming each broken link and its page.
 * Defaults follow the build's settings (astro.config.mjs, OUT_DIR, BASE_PATH, SITE_URL), so it checks what
 * `npm run build` made.
 */
import path from 'node:path';
import { parseArgs } from 'node:util';
import { loadProjectSettings } from '../tools/project-settings.ts';
import { checkLinks, summariseLinkReport } from '../tools/quality/check-links.ts';

async function main(): Promise<void> {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: { base: { type: 'string' }, site: { type: 'string' } },
  });
  const settings = await loadProjectSettings();
  const distDir = positionals[0] ? path.resolve(positionals[0]) : settings.outDir;
  const base = values.base ?? settings.base;
  const report = await checkLinks({ distDir, base, siteUrl: values.site ?? settings.site });
  if (report.pagesChecked === 0)
    throw new Error(`No HTML pages in ${distDir}: build the site first (npm run build).`);
  console.log(summariseLinkReport(report, base));
  if (report.broken.length > 0) process.exitCode = 1;
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
});
