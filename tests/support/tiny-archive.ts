/**
 * Writes a small content folder of hand-made minutes to a temporary directory and builds the archive
 * from it, the way the site does: for tests of view models that need a particular shape of archive
 * (a meeting without an attendee list, a long history) without changing the shared fixture archive.
 */
import { mkdir, mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { buildArchive } from '../../src/lib/archive/build.ts';
import type { Archive } from '../../src/lib/archive/model.ts';
import { loadContentFolder } from '../../src/lib/content-folder.ts';

export interface TinyMeeting {
  date: string;
  attendees?: string[];
  /** Markdown after the frontmatter. */
  body: string;
  series?: string;
  source?: string;
}

/** Three people and two topics, enough for most tests; a test with other needs passes its own. */
export const tinyRegistries = {
  people: `
- id: ada-quill
  name: Ada Quill
- id: bo-marsh
  name: Bo Marsh
- id: cy-fenn
  name: Cy Fenn
`,
  topics: `
- id: paging
  name: Paging
  description: Page tables.
- id: builds
  name: Builds
  description: The build.
  aliases: [toolchain]
`,
};

export async function buildTinyArchive(
  meetings: readonly TinyMeeting[],
  registries: { people: string; topics: string } = tinyRegistries,
): Promise<Archive> {
  const dir = await mkdtemp(path.join(tmpdir(), 'tiny-archive-'));
  await mkdir(path.join(dir, 'minutes'));
  await writeFile(path.join(dir, 'people.yaml'), registries.people);
  await writeFile(path.join(dir, 'topics.yaml'), registries.topics);
  await writeFile(path.join(dir, 'site.yaml'), 'title: Tiny\ndescription: A tiny archive.\n');
  for (const meeting of meetings) {
    const series = meeting.series ?? 'Weekly Call';
    const attendees = (meeting.attendees ?? []).map((name) => `  - ${name}\n`).join('');
    await writeFile(
      path.join(dir, 'minutes', `${meeting.date}-${series.toLowerCase().replace(/\W+/g, '-')}.md`),
      `---\ntitle: '${series} (${meeting.date})'\ndate: '${meeting.date}'\nseries: ${series}\n` +
        (attendees ? `attendees:\n${attendees}` : '') +
        (meeting.source ? `source: ${meeting.source}\n` : '') +
        `---\n\n${meeting.body}\n`,
    );
  }
  const folder = await loadContentFolder(dir);
  if (folder.problems.length > 0)
    throw new Error(`tiny archive has problems: ${JSON.stringify(folder.problems)}`);
  return buildArchive({ ...folder, base: '/' });
}
