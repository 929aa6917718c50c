import { getCollection } from 'astro:content';
import { assembleArchive } from './lib/archive/assemble.ts';
import { createAnalysisTools } from './lib/archive/context.ts';
import type { Archive } from './lib/archive/model.ts';
import { formatContentReport } from './lib/archive/report.ts';
import { unpackMeeting } from './lib/archive/stored-form.ts';
import { reportTiming } from './lib/timing.ts';
import { contextEntryId, type StoredContext } from './lib/content-loaders.ts';

/**
 * The archive graph, assembled from the loader's entries once per content change: Astro runs page
 * code for every route, so every page reads this one archive. `astro dev` reloads the collection
 * when content changes, and a new set of entry digests assembles a new archive; `astro build`
 * assembles it once.
 */
let built: { key: string; archive: Archive } | undefined;

/** What the loader stored (typed here, so nothing depends on the types `astro sync` generates). */
interface ArchiveEntry {
  id: string;
  data: unknown;
  digest?: string | number;
}

export async function getArchive(): Promise<Archive> {
  // A production build's content cannot change while its pages render, and every page asks for the
  // archive (a meeting page twice): reading the whole collection again to key it cost more than
  // rendering some pages (0.7 s of CPU over the 1,360 pages of 1,000 meetings).
  if (built && !import.meta.env.DEV) return built.archive;
  const entries = (await getCollection('archive')) as ArchiveEntry[];
  const key = entries.map((entry) => `${entry.id}:${String(entry.digest)}`).join('\n');
  if (built && built.key === key) return built.archive;
  const started = performance.now();
  const stored = entries.find((entry) => entry.id === contextEntryId)?.data as StoredContext;
  if (!stored) throw new Error('the minutebook loader stored no archive context');
  const meetings = entries.flatMap((entry) => {
    if (entry.id === contextEntryId) return [];
    const meeting = unpackMeeting(entry.data);
    if (!meeting)
      throw new Error(`the minutebook loader stored ${entry.id} in a form this build cannot read`);
    return [meeting.analysis];
  });
  const archive = assembleArchive(createAnalysisTools(stored.context), meetings, stored.drafts);
  reportTiming((line) => console.info(`[minutebook] ${line}`), 'archive', started);
  console.info(formatContentReport(archive.report));
  built = { key, archive };
  return archive;
}
