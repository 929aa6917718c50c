import { readdir, stat } from 'node:fs/promises';
import path from 'node:path';
import { normaliseBase } from '../../src/lib/urls.ts';

/** One built HTML page: where it lies in the output folder and the URL a reader opens it at. */
export interface DistPage {
  /** Absolute path of the HTML file. */
  file: string;
  /** Path inside the output folder, with forward slashes: `meetings/2025/index.html`. */
  relativePath: string;
  /** URL path under the base, as a static server serves it: `/sub/meetings/2025/`. */
  url: string;
}

/** `/sub` or `sub/` → `/sub/`: the site's own rule (src/lib/urls.ts). */
export const normaliseBasePath = (base: string): string => normaliseBase(base);

/** Every file under `dir`, as forward-slash paths relative to it, sorted so reports are stable. */
export async function listFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  return entries
    .filter((entry) => entry.isFile())
    .map((entry) =>
      path.relative(dir, path.join(entry.parentPath, entry.name)).split(path.sep).join('/'),
    )
    .sort();
}

/** `index.html` files are served at their folder's URL, so links and reports use that URL. */
export function urlForFile(relativePath: string, base: string): string {
  const root = normaliseBasePath(base);
  const servedAs =
    relativePath === 'index.html' ? '' : relativePath.replace(/(^|\/)index\.html$/, '$1');
  return `${root}${servedAs}`;
}

export async function listHtmlPages(distDir: string, base: string): Promise<DistPage[]> {
  const files = await listFiles(distDir);
  return files
    .filter((file) => file.endsWith('.html'))
    .map((relativePath) => ({
      file: path.join(distDir, relativePath),
      relativePath,
      url: urlForFile(relativePath, base),
    }));
}

async function isFile(file: string): Promise<boolean> {
  try {
    return (await stat(file)).isFile();
  } catch {
    return false;
  }
}

/**
 * The file a static server answers `pathname` with, or undefined when it would answer 404.
 * A folder is served by its `index.html`, with or without the trailing slash (static hosts redirect).
 */
export async function resolveUrlPath(
  distDir: string,
  pathname: string,
  base: string,
): Promise<string | undefined> {
  const root = normaliseBasePath(base);
  const withSlash = pathname.endsWith('/') ? pathname : `${pathname}/`;
  if (!withSlash.startsWith(root)) return undefined;
  let inside: string;
  try {
    inside = decodeURIComponent(pathname.slice(root.length));
  } catch {
    return undefined;
  }
  const target = path.resolve(distDir, inside);
  // A `..` that climbs out of the output folder is not a page of this site.
  if (target !== path.resolve(distDir) && !target.startsWith(path.resolve(distDir) + path.sep))
    return undefined;
  if (!pathname.endsWith('/') && (await isFile(target))) return target;
  const index = path.join(target, 'index.html');
  return (await isFile(index)) ? index : undefined;
}
