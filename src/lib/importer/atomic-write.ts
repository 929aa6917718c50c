import { randomBytes } from 'node:crypto';
import { readdir, rename, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';

/** Temporary files are hidden and named for the file they become, so a leftover is recognisable. */
const TEMP_RE = /^\.(.+)\.[0-9a-f]{12}\.partial$/u;

export interface WriteHooks {
  /** Writes the temporary file; tests replace it to simulate a full disk or a kill mid-write. */
  writeTemp?: (file: string, content: string | Uint8Array) => Promise<void>;
}

/**
 * Writes `content` to `file` so that `file` is at every moment either its old content or the complete new
 * one: the bytes go to a temporary file in the same folder, which is then renamed over the target (a rename
 * within one file system is atomic). A failed write removes the temporary file and leaves the target alone.
 */
export async function writeFileAtomic(
  file: string,
  content: string | Uint8Array,
  hooks: WriteHooks = {},
): Promise<void> {
  const temp = path.join(
    path.dirname(file),
    `.${path.basename(file)}.${randomBytes(6).toString('hex')}.partial`,
  );
  const write = hooks.writeTemp ?? ((target, data) => writeFile(target, data, { flag: 'wx' }));
  try {
    await write(temp, content);
    await rename(temp, file);
  } catch (error) {
    await rm(temp, { force: true });
    throw error;
  }
}

/** Removes temporary files a killed import left behind in `folder`; returns the names of their targets. */
export async function removeLeftovers(folder: string): Promise<string[]> {
  const names = await readdir(folder).catch(() => [] as string[]);
  const removed: string[] = [];
  for (const name of names) {
    const match = TEMP_RE.exec(name);
    if (!match?.[1]) continue;
    await rm(path.join(folder, name), { force: true });
    removed.push(match[1]);
  }
  return removed;
}
