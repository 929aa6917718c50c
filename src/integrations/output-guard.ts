import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { outputFolderProblem } from '../lib/output-folder.ts';
import { UserError } from '../lib/user-error.ts';

/**
 * Refuses, before Astro empties it, an output folder whose emptying would delete the content, the
 * project or other files (see `src/lib/output-folder.ts`). Only `astro build` writes there.
 */
export function outputGuardIntegration(options: { contentDir: string }): AstroIntegration {
  return {
    name: 'minutebook-output-guard',
    hooks: {
      'astro:config:setup': ({ command, config }) => {
        if (command !== 'build') return;
        const problem = outputFolderProblem({
          // `path.resolve` drops the trailing slash of a folder URL, so the message names the folder as set.
          outDir: path.resolve(fileURLToPath(config.outDir)),
          contentDir: options.contentDir,
          projectRoot: path.resolve(fileURLToPath(config.root)),
        });
        if (problem) throw new UserError(problem);
      },
    },
  };
}
