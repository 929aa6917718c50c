/**
 * Stock Pagefind over the same built pages, for comparison: the CLI's defaults (the pages' own
 * `data-pagefind-*` attributes, default ranking), written beside the site so one server serves both.
 */
import { rm } from 'node:fs/promises';
import path from 'node:path';
import * as pagefind from 'pagefind';

export const stockFolder = '_stock-pagefind';

export async function writeStockIndex(siteDir: string): Promise<string> {
  const output = path.join(siteDir, stockFolder);
  await rm(output, { recursive: true, force: true });
  try {
    const { index, errors } = await pagefind.createIndex({});
    if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
    const added = await index.addDirectory({ path: siteDir, glob: '**/*.html' });
    if (added.errors.length > 0) throw new Error(added.errors.join('; '));
    const written = await index.writeFiles({ outputPath: output });
    if (written.errors.length > 0) throw new Error(written.errors.join('; '));
  } finally {
    await pagefind.close();
  }
  return output;
}

export async function removeStockIndex(siteDir: string): Promise<void> {
  await rm(path.join(siteDir, stockFolder), { recursive: true, force: true });
}
