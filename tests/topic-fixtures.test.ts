/**
 * Fixture folders for tagging sections with topics, from a registry's spellings, patterns and contexts
 * to the archive's own term evidence: each case under tests/fixtures/topics/<case>/ is a content
 * folder of invented minutes (minutes/, topics.yaml, people.yaml, site.yaml) and the tags every
 * section gets (expected.json), built the way the site builds it. Run with UPDATE_FIXTURES=1 to write
 * the expected files after a deliberate change, then read the diff.
 */
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildArchive } from '../src/lib/archive/build.ts';
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
