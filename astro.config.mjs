// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import { readBuildSettings } from './src/lib/build-settings.ts';
import { outputGuardIntegration } from './src/integrations/output-guard.ts';
import { pagefindIntegration } from './src/integrations/pagefind.ts';

const settings = readBuildSettings(process.env);

export default defineConfig({
  site: settings.site,
  base: settings.base,
  outDir: settings.outDir,
  cacheDir: settings.cacheDir,
  trailingSlash: 'always',
  build: { format: 'directory' },
  // Minutes are rendered by Minutebook's own unified pipeline (src/lib/minutes), which is where
  // sections, anchors and cross-links are made; @astrojs/mdx serves hand-written MDX pages.
  integrations: [
    outputGuardIntegration({ contentDir: settings.contentDir }),
    mdx(),
    sitemap(),
    pagefindIntegration(),
  ],
  devToolbar: { enabled: false },
});
