import { createHash } from 'node:crypto';
import path from 'node:path';
import type { z } from 'zod';
import {
  DEFAULT_SITE_URL,
  environmentVariables,
  minutebookOptionsSchema,
  normaliseBase,
  type MinutebookOptionName,
} from './schema/minutebook-options.ts';
import { UserError } from './user-error.ts';

export { normaliseBase };

/**
 * Settings of one build: the `minutebook({…})` options of astro.config.mjs, each overridden by its
 * environment variable (CONTENT_DIR, OUT_DIR, SITE_URL, BASE_PATH) so CI and deployments need no edits.
 */
export interface BuildSettings {
  /** Absolute path of the content folder (`minutes/`, `people.yaml`, `topics.yaml`, `site.yaml`). */
  contentDir: string;
  /** Absolute path of the output folder. */
  outDir: string;
  /** Public origin of the site, used for RSS, the sitemap and canonical links. */
  site: string;
  /** False when neither the option nor SITE_URL set it and the placeholder origin is used. */
  siteIsSet: boolean;
  /** Sub-path the site is served under: `/` or `/name/` (always with both slashes). */
  base: string;
  /**
   * Astro's cache (its content data store among it), one per content and output folder: builds of
   * different archives from one checkout (tests, the bench) may run at the same time and must not
   * read each other's store.
   */
  cacheDir: string;
}

/** Where a setting's bad value came from, as the person who set it would look for it. */
function describeSource(name: MinutebookOptionName, fromEnvironment: boolean): string {
  return fromEnvironment
    ? `${environmentVariables[name]} (environment variable)`
    : `minutebook({ ${name} }) in astro.config.mjs`;
}

function quote(value: unknown): string {
  const text = JSON.stringify(value) ?? String(value);
  return text.length > 80 ? `${text.slice(0, 77)}...` : text;
}

/** One line per problem, each naming the setting as it was set (Starlight's config-error shape). */
function formatSettingsError(
  issues: readonly z.core.$ZodIssue[],
  input: Record<string, unknown>,
  fromEnvironment: ReadonlySet<string>,
): string {
  const names = Object.keys(environmentVariables).join(', ');
  const lines = issues.map((issue) => {
    if (issue.code === 'unrecognized_keys') {
      const keys = issue.keys.map((key) => `"${key}"`).join(', ');
      return `- minutebook() in astro.config.mjs: unknown option${issue.keys.length === 1 ? '' : 's'} ${keys} (the options are ${names})`;
    }
    const name = String(issue.path[0] ?? '');
    if (!(name in environmentVariables))
      return `- minutebook() in astro.config.mjs: ${issue.message} (received ${quote(input)})`;
    const option = name as MinutebookOptionName;
    return `- ${describeSource(option, fromEnvironment.has(option))}: ${issue.message} (received ${quote(input[option])})`;
  });
  return `Invalid Minutebook settings:\n${lines.join('\n')}`;
}

/**
 * Validates the options and applies the environment's overrides; throws a UserError naming every bad
 * setting (and whether it came from astro.config.mjs or a variable). Relative folders resolve from `cwd`.
 */
export function resolveBuildSettings(
  options: unknown,
  env: Record<string, string | undefined>,
  cwd: string = process.cwd(),
): BuildSettings {
  if (options !== undefined && (typeof options !== 'object' || options === null)) {
    throw new UserError(
      `Invalid Minutebook settings:\n- minutebook() in astro.config.mjs takes an object of options (received ${quote(options)})`,
    );
  }
  const input: Record<string, unknown> = { ...options };
  const fromEnvironment = new Set<string>();
  for (const [name, variable] of Object.entries(environmentVariables)) {
    const value = env[variable];
    if (value === undefined || value === '') continue;
    input[name] = value;
    fromEnvironment.add(name);
  }
  const parsed = minutebookOptionsSchema.safeParse(input);
  if (!parsed.success)
    throw new UserError(formatSettingsError(parsed.error.issues, input, fromEnvironment));
  const contentDir = path.resolve(cwd, parsed.data.contentDir);
  const outDir = path.resolve(cwd, parsed.data.outDir);
  const key = createHash('sha256')
    .update(`${contentDir}\u0000${outDir}`)
    .digest('hex')
    .slice(0, 12);
  return {
    contentDir,
    outDir,
    cacheDir: path.resolve(cwd, 'node_modules/.astro', key),
    // A trailing slash would double in `${site}${base}`; Astro joins the two the same way.
    site: (parsed.data.site ?? DEFAULT_SITE_URL).replace(/\/+$/u, ''),
    siteIsSet: parsed.data.site !== undefined,
    base: parsed.data.base,
  };
}

/** The settings from the environment alone (no astro.config.mjs options): tools and tests. */
export function readBuildSettings(
  env: Record<string, string | undefined>,
  cwd: string = process.cwd(),
): BuildSettings {
  return resolveBuildSettings({}, env, cwd);
}
