// @ts-check
import { defineConfig } from 'astro/config';
import { minutebook } from './src/integrations/minutebook.ts';

// Minutebook's site-level settings, one place each (README, "Configuration"). Environment variables
// override them for CI: CONTENT_DIR, OUT_DIR, SITE_URL, BASE_PATH. What describes the archive (title,
// description, repository) is in the content folder's site.yaml.
export default defineConfig({
  integrations: [
    minutebook({
      contentDir: 'content',
      outDir: 'dist',
      // site: 'https://minutes.example.org',
      base: '/',
    }),
  ],
  devToolbar: { enabled: false },
});
