import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { reportTiming } from '../lib/timing.ts';
import { IndexWhileRendering } from './indexing-prerenderer.ts';
import { writeSearchIndex } from './search-index.ts';

/**
 * Indexes the built site with Pagefind's Node API, so one command produces a searchable site. A
 * meeting page is one record with its sections as sub-results (see src/lib/search/meeting-record.ts);
 * other pages are indexed by their `data-pagefind-*` attributes. Pages are handed to Pagefind as Astro
 * renders them (see indexing-prerenderer.ts) and the index is written as the last step of `astro build`.
 */
export function pagefindIntegration(): AstroIntegration {
  let base = '/';
  let indexing: IndexWhileRendering | undefined;
  return {
    name: 'minutebook-pagefind',
    hooks: {
      'astro:config:done': ({ config }) => {
        base = config.base;
      },
      'astro:build:start': ({ setPrerenderer }) => {
        setPrerenderer((prerenderer) => {
          indexing = new IndexWhileRendering(base);
          return indexing.wrap(prerenderer);
        });
      },
      'astro:build:done': async ({ dir, logger }) => {
        const started = performance.now();
        const outDir = fileURLToPath(dir);
        const { records, fromDisk } = indexing
          ? await indexing.write(outDir)
          : { ...(await writeSearchIndex(outDir)), fromDisk: true };
        logger.info(
          `indexed ${records} records${fromDisk ? ' (read back from the output folder)' : ''}`,
        );
        reportTiming((line) => logger.info(line), 'pagefind', started);
      },
    },
  };
}
