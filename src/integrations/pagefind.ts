import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { reportTiming } from '../lib/timing.ts';
import { writeSearchIndex } from './search-index.ts';

/**
 * Indexes the built site with Pagefind's Node API as the last step of `astro build`, so one command
 * produces a searchable site. A meeting page is one record with its sections as sub-results (see
 * src/lib/search/meeting-record.ts); other pages are indexed by their `data-pagefind-*` attributes.
 * Pages are read back from the output folder: handing them to Pagefind while Astro rendered (in a
 * worker thread) was no faster on two cores, with more CPU (bench/HISTORY.md).
 */
export function pagefindIntegration(): AstroIntegration {
  return {
    name: 'minutebook-pagefind',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const started = performance.now();
        const { records } = await writeSearchIndex(fileURLToPath(dir));
        logger.info(`indexed ${records} records`);
        reportTiming((line) => logger.info(line), 'pagefind', started);
      },
    },
  };
}
