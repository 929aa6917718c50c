/**
 * The build settings as the build itself will see them, for the CLI scripts (`npm run new`, `import`,
 * `topics:suggest`, `check:links`, `preview`): the `minutebook({…})` options of the project's
 * astro.config.mjs, overridden by CONTENT_DIR, OUT_DIR, SITE_URL and BASE_PATH. One place per setting,
 * read the same way by every command.
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { MinutebookIntegration } from '../src/integrations/minutebook.ts';
import { resolveBuildSettings, type BuildSettings } from '../src/lib/build-settings.ts';
import { repoRoot } from './test-sites.ts';

function isMinutebook(entry: unknown): entry is MinutebookIntegration {
  return (
    typeof entry === 'object' &&
    entry !== null &&
    (entry as { name?: unknown }).name === 'minutebook'
  );
}

/** The options given to `minutebook()` in `<root>/astro.config.mjs`; `{}` without one. */
export async function readMinutebookOptions(root: string = repoRoot): Promise<unknown> {
  const file = path.join(root, 'astro.config.mjs');
  if (!existsSync(file)) return {};
  const { default: config } = (await import(pathToFileURL(file).href)) as {
    default: { integrations?: unknown[] };
  };
  return (config.integrations ?? []).flat(Infinity).find(isMinutebook)?.options ?? {};
}

export async function loadProjectSettings(
  env: Record<string, string | undefined> = process.env,
  root: string = repoRoot,
): Promise<BuildSettings> {
  return resolveBuildSettings(await readMinutebookOptions(root), env, root);
}
