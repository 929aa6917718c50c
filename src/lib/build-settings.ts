import { createHash } from 'node:crypto';
import path from 'node:path';

/** Settings of one build, read from the environment so CI and deployments need no file edits. */
export interface BuildSettings {
  /** Absolute path of the content folder (`minutes/`, `people.yaml`, `topics.yaml`, `site.yaml`). */
  contentDir: string;
  /** Absolute path of the output folder. */
  outDir: string;
  /** Public origin of the site, used for RSS, the sitemap and canonical links. */
  site: string;
  /** Sub-path the site is served under: `/` or `/name/` (always with both slashes). */
  base: string;
  /**
   * Astro's cache (its content data store among it), one per content and output folder: builds of
   * different archives from one checkout (tests, the bench) may run at the same time and must not
   * read each other's store.
   */
  cacheDir: string;
}

/** Normalises `svsm`, `/svsm` or `/svsm/` to `/svsm/`, so every URL join has one shape to expect. */
export function normaliseBase(raw: string | undefined): string {
  const trimmed = (raw ?? '').trim().replace(/^\/+|\/+$/g, '');
  return trimmed === '' ? '/' : `/${trimmed}/`;
}

export function readBuildSettings(
  env: Record<string, string | undefined>,
  cwd: string = process.cwd(),
): BuildSettings {
  const contentDir = path.resolve(cwd, env['CONTENT_DIR'] || 'content');
  const outDir = path.resolve(cwd, env['OUT_DIR'] || 'dist');
  const key = createHash('sha256')
    .update(`${contentDir}\u0000${outDir}`)
    .digest('hex')
    .slice(0, 12);
  return {
    contentDir,
    outDir,
    cacheDir: path.resolve(cwd, 'node_modules/.astro', key),
    site: env['SITE_URL'] || 'https://minutebook.example',
    base: normaliseBase(env['BASE_PATH']),
  };
}
