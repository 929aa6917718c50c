import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import type { AstroIntegration } from 'astro';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { readBuildRecord, recordBuild } from '../lib/build-record.ts';
import { resolveBuildSettings, type BuildSettings } from '../lib/build-settings.ts';
import { clearContentStore, forceRequested } from '../lib/forced-rebuild.ts';
import type { MinutebookOptions } from '../lib/schema/minutebook-options.ts';
import { lostPagesIntegration } from './lost-pages.ts';
import { outputGuardIntegration } from './output-guard.ts';
import { pagefindIntegration } from './pagefind.ts';

const settingsModule = 'virtual:minutebook/settings';
/** Where each output folder's last build base is kept (src/lib/build-record.ts), beside Astro's caches. */
const buildRecordFile = 'node_modules/.astro/minutebook-builds.json';

/** The integration, with the options it was given, so scripts read the same settings as the build. */
export type MinutebookIntegration = AstroIntegration & { options: MinutebookOptions };

/**
 * Minutebook as one Astro integration: `integrations: [minutebook({ contentDir, outDir, site, base })]`.
 * It validates the options (environment variables override them, see src/lib/build-settings.ts), sets
 * Astro's site, base and folders from them, adds the integrations the site needs (MDX, sitemap, the
 * output-folder guard, the lost-pages check, Pagefind) and hands the settings to the content collections as
 * `virtual:minutebook/settings`.
 */
export function minutebook(options: MinutebookOptions = {}): MinutebookIntegration {
  let recordAfterBuild: (() => void) | undefined;
  return {
    name: 'minutebook',
    options,
    hooks: {
      'astro:config:setup': async ({ command, config, updateConfig, logger }) => {
        // A BASE_URL variable in the environment (Vitest sets one) overrides import.meta.env.BASE_URL
        // in prerendered pages and would drop the base from every link; the base is set here only.
        delete process.env['BASE_URL'];
        const root = fileURLToPath(config.root);
        const settings = resolveBuildSettings(options, process.env, root);
        const records = path.join(root, buildRecordFile);
        if (command === 'preview' && !process.env['BASE_PATH']) {
          // Serve the folder at the base it was built for, not the default it may have overridden.
          const built = readBuildRecord(records, settings.outDir);
          if (built && built.base !== settings.base) {
            logger.info(`${settings.outDir} was built for base ${built.base}: serving it there.`);
            settings.base = built.base;
          }
        }
        if (command === 'build' && forceRequested(process.argv)) {
          // Astro's --force cleared the default cache folder, not this one (src/lib/forced-rebuild.ts).
          if (await clearContentStore(settings.cacheDir))
            logger.warn('data store cleared (force): every meeting is analysed again');
        }
        recordAfterBuild = () => recordBuild(records, settings.outDir, { base: settings.base });
        if (command === 'build' && !settings.siteIsSet) {
          logger.warn(
            `SITE_URL is not set: RSS, the sitemap and canonical links will point at ${settings.site}. ` +
              'Set SITE_URL, or minutebook({ site }) in astro.config.mjs, to the public origin of the site.',
          );
        }
        updateConfig({
          site: settings.site,
          base: settings.base,
          outDir: pathToFileURL(`${settings.outDir}/`),
          cacheDir: pathToFileURL(`${settings.cacheDir}/`),
          // Every link the site writes ends in a slash and every page is a folder with index.html.
          trailingSlash: 'always',
          build: { format: 'directory' },
          // Minutes are rendered by Minutebook's own unified pipeline (src/lib/minutes), which is where
          // sections, anchors and cross-links are made; @astrojs/mdx serves hand-written MDX pages.
          integrations: [
            outputGuardIntegration({ contentDir: settings.contentDir }),
            lostPagesIntegration(),
            mdx(),
            sitemap(),
            pagefindIntegration(),
          ],
          vite: { plugins: [settingsPlugin(settings)] },
        });
      },
      'astro:build:done': () => recordAfterBuild?.(),
    },
  };
}

/** Serves the resolved settings to `src/content.config.ts`, which Astro loads through Vite. */
function settingsPlugin(settings: BuildSettings) {
  const resolved = `\0${settingsModule}`;
  return {
    name: 'minutebook-settings',
    resolveId: (id: string) => (id === settingsModule ? resolved : undefined),
    load: (id: string) =>
      id === resolved ? `export default ${JSON.stringify(settings)};` : undefined,
  };
}
