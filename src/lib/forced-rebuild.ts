/**
 * `astro build --force` for Minutebook's own cache folder. Astro clears the content layer's data store
 * of the configured `cacheDir` before any integration runs (node_modules/astro/dist/core/build/index.js,
 * `build()`: `clearContentLayerCache` ahead of `runHookConfigSetup`), so it misses the folder the
 * integration moves the cache to (src/lib/build-settings.ts) and every stored analysis would be reused.
 * `astro sync --force` and `astro dev --force` clear after the hooks and need nothing from here.
 */
import { rm, stat } from 'node:fs/promises';
import path from 'node:path';

/**
 * Whether the command line asks for a forced build. Astro hands integrations neither its flags nor
 * its inline config, so the flag is read where Astro's CLI reads it (bin/astro.mjs passes
 * `process.argv` to yargs-parser); a build started from Astro's JavaScript API is not seen.
 */
export function forceRequested(argv: readonly string[]): boolean {
  return argv.slice(2).includes('--force');
}

/**
 * Removes the content layer's data store from a cache folder: `data-store.json`, or the `data-store/`
 * folder of `experimental.collectionStorage: 'chunked'` (astro/dist/content/consts.js). The rest of
 * the cache (optimised images) is kept, as Astro's own `--force` keeps it. Returns whether there was
 * a store to remove.
 */
export async function clearContentStore(cacheDir: string): Promise<boolean> {
  let removed = false;
  for (const name of ['data-store.json', 'data-store']) {
    const target = path.join(cacheDir, name);
    const found = await stat(target).catch(() => undefined);
    if (!found) continue;
    await rm(target, { recursive: true, force: true });
    removed = true;
  }
  return removed;
}
