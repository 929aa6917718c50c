import { existsSync, readdirSync, realpathSync } from 'node:fs';
import path from 'node:path';

/**
 * Astro empties the output folder before it writes a build (and its exemption for `.git` does not
 * work), so an output folder that holds the content, the project or anything that is not an earlier
 * build would be deleted. This check runs before that and names the folder it refuses.
 */
export interface OutputFolderPlaces {
  /** The folder the build would write to (and first empty). */
  outDir: string;
  /** The content folder (`minutes/`, registries). */
  contentDir: string;
  /** The project's root folder (the checkout). */
  projectRoot: string;
}

/** The real path, following symlinks; a path that does not exist yet is resolved through its nearest existing parent. */
function realPath(target: string): string {
  const absolute = path.resolve(target);
  const missing: string[] = [];
  let existing = absolute;
  while (!existsSync(existing)) {
    const parent = path.dirname(existing);
    if (parent === existing) break;
    missing.unshift(path.basename(existing));
    existing = parent;
  }
  return path.join(realpathSync.native(existing), ...missing);
}

/** True when `inner` is `outer` or lies inside it. */
function isWithin(inner: string, outer: string): boolean {
  const relative = path.relative(outer, inner);
  return relative === '' || (!relative.startsWith('..') && !path.isAbsolute(relative));
}

/** Names of entries an earlier Astro build leaves at the top of its output folder. */
const builtSiteMarkers = ['index.html', '404.html', '_astro'];

/**
 * Why the build must not use `outDir`, or undefined when emptying it deletes nothing but an earlier
 * build. A missing or empty folder is fine, wherever it is; so is one holding a built site. A folder
 * such as `content/minutes` is refused for what it holds.
 */
export function outputFolderProblem(places: OutputFolderPlaces): string | undefined {
  const out = realPath(places.outDir);
  const content = realPath(places.contentDir);
  const root = realPath(places.projectRoot);
  const named = `The output folder ${places.outDir}`;
  const consequence =
    'the build empties its output folder first, which would delete it. Set OUT_DIR to a folder of its own, e.g. dist.';
  if (isWithin(content, out)) {
    return out === content
      ? `${named} is the content folder (${places.contentDir}): ${consequence}`
      : `${named} contains the content folder ${places.contentDir}: ${consequence}`;
  }
  if (isWithin(root, out)) {
    return out === root
      ? `${named} is the project folder (${places.projectRoot}): ${consequence}`
      : `${named} contains the project folder ${places.projectRoot}: ${consequence}`;
  }
  if (!existsSync(out)) return undefined;
  const entries = readdirSync(out);
  if (entries.length === 0 || builtSiteMarkers.some((name) => entries.includes(name))) {
    return undefined;
  }
  return `${named} already holds files that are not a built site (${entries.slice(0, 3).join(', ')}${
    entries.length > 3 ? ', …' : ''
  }): the build empties its output folder first, which would delete them. Set OUT_DIR to a new or empty folder, or remove an old output folder yourself.`;
}
