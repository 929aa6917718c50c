import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import * as pagefind from 'pagefind';
import { reportTiming } from '../lib/timing.ts';

/**
 * Indexes the built site with Pagefind's Node API as the last step of `astro build`, so one command
 * produces a searchable site. What gets indexed is decided by `data-pagefind-*` attributes in the pages.
 */
export function pagefindIntegration(): AstroIntegration {
  return {
    name: 'minutebook-pagefind',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const started = performance.now();
        const outDir = fileURLToPath(dir);
        try {
          const { index, errors: createErrors } = await pagefind.createIndex({});
          if (!index) throw new Error(`Pagefind could not start: ${createErrors.join('; ')}`);
          const added = await index.addDirectory({ path: outDir });
          if (added.errors.length > 0)
            throw new Error(`Pagefind indexing failed: ${added.errors.join('; ')}`);
          const written = await index.writeFiles({ outputPath: `${outDir}/pagefind` });
          if (written.errors.length > 0)
            throw new Error(`Pagefind could not write its index: ${written.errors.join('; ')}`);
          logger.info(`indexed ${added.page_count} pages`);
        } finally {
          await pagefind.close();
        }
        reportTiming((line) => logger.info(line), 'pagefind', started);
      },
    },
  };
}
