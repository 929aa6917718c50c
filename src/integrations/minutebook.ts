import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import type { AstroIntegration } from 'astro';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { resolveBuildSettings, type BuildSettings } from '../lib/build-settings.ts';
import type { MinutebookOptions } from '../lib/schema/minutebook-options.ts';
import { lostPagesIntegration } from './lost-pages.ts';
import { outputGuardIntegration } from './output-guard.ts';
import { pagefindIntegration } from './pagefind.ts';

const settingsModule = 'virtual:minutebook/settings';

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
  return {
    name: 'minutebook',
    options,
    hooks: {
      'astro:config:setup': ({ command, config, updateConfig, logger }) => {
        const settings = resolveBuildSettings(options, process.env, fileURLToPath(config.root));
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
