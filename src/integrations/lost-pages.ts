import type { AstroIntegration } from 'astro';
import { formatLostPages, watchForLostPages, type LogDestination } from '../lib/build-log.ts';
import { UserError } from '../lib/user-error.ts';

/**
 * Fails `astro build` when Astro logged a page it could not render (see `src/lib/build-log.ts`).
 * Integration loggers share the build's log options, so replacing their destination sees every event.
 */
export function lostPagesIntegration(): AstroIntegration {
  const lost: string[] = [];
  return {
    name: 'minutebook-lost-pages',
    hooks: {
      'astro:config:setup': ({ command, logger }) => {
        if (command !== 'build') return;
        const options = (logger as unknown as { options: { destination: LogDestination } }).options;
        options.destination = watchForLostPages(options.destination, lost);
      },
      'astro:build:done': () => {
        if (lost.length > 0) throw new UserError(formatLostPages(lost));
      },
    },
  };
}
