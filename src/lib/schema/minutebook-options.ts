import { z } from 'zod';
import { normaliseBase } from '../urls.ts';

/**
 * The site-level options of `minutebook({…})` in `astro.config.mjs`: where the content is, where the site
 * goes and where it is served. What describes the archive itself (title, description, repository) lives
 * in the content folder's `site.yaml`. Each option has an environment variable that overrides it, for CI
 * and deployments (`environmentVariables`).
 */

/** A URL path segment: unreserved and sub-delimiter characters or percent escapes, never `.` or `..`. */
const segment = /^(?!\.\.?$)(?:[A-Za-z0-9._~!$&'()*+,;=:@-]|%[0-9A-Fa-f]{2})+$/u;

/** `minutes`, `/minutes`, `/minutes/` and `/a/b/` are all bases; `/` or empty is the root. */
function isBasePath(raw: string): boolean {
  const segments = raw.split('/').filter((part) => part !== '');
  return segments.every((part) => segment.test(part));
}

export { normaliseBase };

export const DEFAULT_SITE_URL = 'https://minutebook.example';

export const minutebookOptionsSchema = z.strictObject({
  /**
   * The content folder: `minutes/`, `people.yaml`, `topics.yaml`, `site.yaml`. Relative paths are
   * relative to the project. Default `content`.
   */
  contentDir: z.string().trim().min(1, 'must name a folder').default('content'),
  /** Where the built site is written (and what Astro empties first). Default `dist`. */
  outDir: z.string().trim().min(1, 'must name a folder').default('dist'),
  /**
   * The public origin of the site, e.g. `https://minutes.example.org`: RSS, the sitemap and canonical
   * links need absolute URLs. Unset, a production build warns and uses `https://minutebook.example`.
   */
  site: z
    .url({
      protocol: /^https?$/u,
      hostname: z.regexes.hostname,
      error: 'must be an http(s) URL such as https://minutes.example.org',
    })
    .optional(),
  /**
   * The sub-path the site is served under, e.g. `/minutes/` for a GitHub project site; `/` (the default)
   * for a site of its own. Written with or without slashes.
   */
  base: z
    .string()
    .trim()
    .refine(isBasePath, 'must be a URL path such as /minutes/ (letters, digits, - . _ ~ and /)')
    .default('/')
    .transform(normaliseBase),
});

/** What `minutebook({…})` accepts. */
export type MinutebookOptions = z.input<typeof minutebookOptionsSchema>;
export type MinutebookOptionsOutput = z.output<typeof minutebookOptionsSchema>;
export type MinutebookOptionName = keyof MinutebookOptionsOutput;

/** The environment variable that overrides each option (an empty value counts as unset). */
export const environmentVariables: Readonly<Record<MinutebookOptionName, string>> = {
  contentDir: 'CONTENT_DIR',
  outDir: 'OUT_DIR',
  site: 'SITE_URL',
  base: 'BASE_PATH',
};
