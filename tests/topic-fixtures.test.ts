/**
 * Fixture folders for tagging sections with topics, from a registry's spellings, patterns and contexts
 * to the archive's own term evidence: each case under tests/fixtures/topics/<case>/ is a content
 * folder of invented minutes (minutes/, topics.yaml, people.yaml, site.yaml) and the tags every
 * section gets (expected.json), built the way the site builds it. Run with UPDATE_FIXTURES=1 to write
 * the expected files after a deliberate change, then read the diff.
 */
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { cp, mkdtemp, rename } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { assembleArchive } from '../src/lib/archive/assemble.ts';
import { buildArchive } from '../src/lib/archive/build.ts';
import { createAnalysisTools } from '../src/lib/archive/context.ts';
import { syncContent, type StoredMeeting } from '../src/lib/archive/sync.ts';
import { loadContentFolder } from '../src/lib/content-folder.ts';

const root = path.join(import.meta.dirname, 'fixtures/topics');

describe('tagging sections with topics', () => {
  it.each(readdirSync(root).sort())('%s', async (name) => {
    const folder = await loadContentFolder(path.join(root, name));
    const archive = buildArchive({ ...folder, base: '/' });
    const actual = archive.meetings.flatMap((meeting) =>
      meeting.sections.map((section) => ({
        meeting: meeting.id,
        heading: section.heading,
        topics: section.topics,
      })),
    );
    const file = path.join(root, name, 'expected.json');
    if (process.env['UPDATE_FIXTURES'] === '1') writeFileSync(file, JSON.stringify(actual));
    if (!existsSync(file)) throw new Error(`${file} is missing; write it with UPDATE_FIXTURES=1`);
    expect(actual).toEqual(JSON.parse(readFileSync(file, 'utf8')));
  });
});

describe('the term evidence on a rebuild', () => {
  it('tags a newly added meeting from the stored analyses, analysing only that meeting', async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'topic-terms-'));
    await cp(path.join(root, 'terms-find-an-unnamed-discussion'), dir, { recursive: true });
    const added = '2025-04-21-weekly-call.md';
    await rename(path.join(dir, 'minutes', added), path.join(dir, added));
    const options = { dir, base: '/', includeDrafts: false, codeVersion: 'test' };
    const first = await syncContent({ ...options, previous: () => undefined });
    const kept = new Map<string, StoredMeeting>(
      first.meetings.map((meeting) => [meeting.minutes.id, meeting]),
    );

    await rename(path.join(dir, added), path.join(dir, 'minutes', added));
    const second = await syncContent({ ...options, previous: (id) => kept.get(id) });
    expect(second.analysed).toEqual(['2025-04-21-weekly-call']);
    const archive = assembleArchive(
      createAnalysisTools(second.context!),
      second.meetings.map((meeting) => meeting.analysis),
      second.drafts,
    );
    const section = archive.meetingsById
      .get('2025-04-21-weekly-call')
      ?.sections.find((candidate) => candidate.heading.startsWith('Queue'));
    expect(section?.topics).toEqual([
      {
        id: 'ring-buffer',
        kind: 'mention',
        terms: ['doorbell', 'head index', 'tail index', 'wraparound', 'slot'],
      },
    ]);
  });
});
