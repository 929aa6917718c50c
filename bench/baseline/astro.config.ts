// The bench's reference site: what Astro alone costs for the same minutes, with nothing Minutebook adds
// (no cross-linking, registries or extra pages). Pagefind runs in `astro:build:done`, as in Minutebook,
// so "full build" means the same thing for both.
import path from 'node:path';
import mdx from '@astrojs/mdx';
import type { AstroIntegration } from 'astro';
import { defineConfig } from 'astro/config';
import * as pagefind from 'pagefind';

const outDir = path.resolve(process.env['OUT_DIR'] || 'dist');
const cacheDir = process.env['ASTRO_CACHE_DIR'];

function pagefindIndex(): AstroIntegration {
  return {
    name: 'bench-baseline-pagefind',
    hooks: {
      'astro:build:done': async () => {
        const started = performance.now();
        const { index, errors } = await pagefind.createIndex({});
        if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
        const added = await index.addDirectory({ path: outDir });
        if (added.errors.length > 0)
          throw new Error(`Pagefind indexing failed: ${added.errors.join('; ')}`);
        const written = await index.writeFiles({ outputPath: path.join(outDir, 'pagefind') });
        if (written.errors.length > 0)
          throw new Error(`Pagefind could not write: ${written.errors.join('; ')}`);
        await pagefind.close();
        console.log(`[baseline] pagefind indexed ${added.page_count} pages`);
        console.log(`[baseline] timing pagefind ${Math.round(performance.now() - started)}`);
      },
    },
  };
}

export default defineConfig({
  outDir,
  // Kept out of the shared node_modules cache so baseline and Minutebook never reuse each other's data store.
  cacheDir: cacheDir ? path.resolve(cacheDir) : '../.work/baseline-cache',
  vite: { cacheDir: '../.work/baseline-vite' },
  integrations: [mdx(), pagefindIndex()],
  devToolbar: { enabled: false },
});
