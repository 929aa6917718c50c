import { createHash } from 'node:crypto';
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Loader, LoaderContext } from 'astro/loaders';
import type { ArchiveContext } from './archive/context.ts';
import { packMeeting, unpackMeeting } from './archive/stored-form.ts';
import { syncContent } from './archive/sync.ts';
import { ContentError } from './problems.ts';
import { reportTiming } from './timing.ts';

/** Id of the entry holding the archive context; meetings are stored under `meeting/<id>`. */
export const contextEntryId = 'context';
export const meetingEntryId = (id: string) => `meeting/${id}`;

export interface StoredContext {
  context: ArchiveContext;
  drafts: number;
}

/**
 * A fingerprint of the code that makes the analyses (this folder, `src/lib`), so a stored analysis
 * made by another version of Minutebook is never reused. Empty when the folder cannot be read, which
 * makes every build analyse everything: slower, never wrong.
 */
async function codeVersion(): Promise<string> {
  try {
    const root = path.dirname(fileURLToPath(import.meta.url));
    const names = (await readdir(root, { recursive: true }))
      .filter((name) => name.endsWith('.ts'))
      .sort();
    const hash = createHash('sha256');
    for (const name of names) hash.update(name).update(await readFile(path.join(root, name)));
    return hash.digest('base64url');
  } catch {
    return `uncached-${Date.now()}-${Math.random()}`;
  }
}

/**
 * The one content loader: checks the whole content folder (minutes and registries), keeps each
 * meeting's analysis in Astro's data store keyed by the file's content hash and the archive context,
 * and in `astro dev` watches the whole folder. Every problem of every file fails the build in one
 * report; in dev the last good content stays up and the report is logged.
 */
export function minutebookLoader(dir: string): Loader {
  return {
    name: 'minutebook',
    async load(context: LoaderContext) {
      const version = await codeVersion();
      const sync = () => syncInto(context, dir, version);
      await sync();
      const { watcher } = context;
      if (!watcher) return;
      watcher.add(dir);
      // One sync at a time: a save that touches several files reloads once per change, in order.
      let queue = Promise.resolve();
      const reload = (changed: string) => {
        if (!path.resolve(changed).startsWith(path.resolve(dir) + path.sep)) return;
        queue = queue.then(sync).catch((error: unknown) => {
          context.logger.error(error instanceof Error ? error.message : String(error));
        });
      };
      watcher.on('change', reload);
      watcher.on('add', reload);
      watcher.on('unlink', reload);
    },
  };
}

async function syncInto(context: LoaderContext, dir: string, version: string): Promise<void> {
  const { store } = context;
  const started = performance.now();
  const result = await syncContent({
    dir,
    base: context.config.base,
    // The watcher exists in `astro dev` only, where drafts are shown.
    includeDrafts: context.watcher !== undefined,
    codeVersion: version,
    previous: (id) => unpackMeeting(store.get(meetingEntryId(id))?.data),
  });
  if (result.problems.length > 0 || !result.context) throw new ContentError(result.problems);
  for (const warning of result.warnings) context.logger.warn(warning);
  for (const note of result.notes) context.logger.info(note);

  const keep = new Set([contextEntryId]);
  for (const meeting of result.meetings) {
    const id = meetingEntryId(meeting.minutes.id);
    keep.add(id);
    const digest = `${meeting.sourceHash}:${meeting.contextKey}`;
    // An unchanged entry is left as it is: packing it again would only be thrown away by the store.
    if (store.get(id)?.digest === digest) continue;
    store.set({ id, data: { ...packMeeting(meeting) }, digest });
  }
  const stored: StoredContext = { context: result.context, drafts: result.drafts };
  store.set({
    id: contextEntryId,
    data: { ...stored },
    digest: context.generateDigest({ ...stored }),
  });
  for (const id of store.keys()) if (!keep.has(id)) store.delete(id);
  reportTiming((line) => context.logger.info(line), 'load', started);
  context.logger.info(
    `analysed ${result.analysed.length} of ${result.meetings.length} meetings (the others were unchanged)`,
  );
}
