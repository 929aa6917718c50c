import { readdir, readlink, realpath, stat } from 'node:fs/promises';
import path from 'node:path';

/**
 * Lists every file under a folder the way a person sees it, symbolic links included: Node's recursive
 * `readdir` neither follows a symlinked folder nor counts a symlinked file as a file, so minutes kept
 * that way were skipped without a word. A link that cannot be followed is named, never dropped.
 */

export interface ListedFile {
  /** Path to read, through the links as listed (inside `root`). */
  absolute: string;
  /** Path relative to `root`, with `/` separators. */
  relative: string;
}

export interface UnreadEntry {
  relative: string;
  /** Why it was not listed: a broken link, a loop, a folder already read. */
  reason: string;
}

export interface FileListing {
  files: ListedFile[];
  unread: UnreadEntry[];
}

const toPosix = (file: string) => file.split(path.sep).join('/');

export interface ListOptions {
  /**
   * Follow links only to places inside this folder: a cloned repository is someone else's content, and
   * a link in it to `~/.ssh/…` must not pull a file of this machine into the site.
   */
  within?: string;
}

/** True when `inner` is `outer` or lies inside it. */
function isWithin(inner: string, outer: string): boolean {
  const relative = path.relative(outer, inner);
  return relative === '' || (!relative.startsWith('..') && !path.isAbsolute(relative));
}

/** Every file under `root` (hidden folders such as `.git` left out), sorted by relative path. */
export async function listFiles(root: string, options: ListOptions = {}): Promise<FileListing> {
  const fence = options.within === undefined ? undefined : await realpath(options.within);
  const files: ListedFile[] = [];
  const unread: UnreadEntry[] = [];
  // Real folders already read, so a link to one (or up to a parent) is read once and never loops.
  const seen = new Map<string, string>();

  const walk = async (folder: string): Promise<void> => {
    const real = await realpath(folder);
    const relativeFolder = toPosix(path.relative(root, folder)) || '.';
    const first = seen.get(real);
    if (first !== undefined) {
      unread.push({
        relative: relativeFolder,
        reason: `a symbolic link to a folder already read (${first})`,
      });
      return;
    }
    seen.set(real, relativeFolder);
    const entries = await readdir(folder, { withFileTypes: true });
    for (const entry of entries) {
      const absolute = path.join(folder, entry.name);
      const relative = toPosix(path.relative(root, absolute));
      let kind: 'file' | 'folder' | 'other' = entry.isFile()
        ? 'file'
        : entry.isDirectory()
          ? 'folder'
          : 'other';
      if (entry.isSymbolicLink()) {
        const target = await stat(absolute).catch(() => undefined);
        if (!target) {
          const to = path.resolve(folder, await readlink(absolute));
          unread.push({ relative, reason: `a symbolic link to ${to}, which does not exist` });
          continue;
        }
        const real = await realpath(absolute);
        if (fence !== undefined && !isWithin(real, fence)) {
          unread.push({
            relative,
            reason: `a symbolic link out of ${options.within ?? ''} (to ${real}), not followed`,
          });
          continue;
        }
        kind = target.isFile() ? 'file' : target.isDirectory() ? 'folder' : 'other';
      }
      if (kind === 'file') files.push({ absolute, relative });
      else if (kind === 'folder' && !entry.name.startsWith('.')) await walk(absolute);
    }
  };

  await walk(root);
  const byPath = (a: { relative: string }, b: { relative: string }) =>
    a.relative < b.relative ? -1 : a.relative > b.relative ? 1 : 0;
  return { files: files.sort(byPath), unread: unread.sort(byPath) };
}
