/**
 * "No step mutates another's output": the archive is assembled from stored analyses and a stored
 * context that the content loader reuses between builds, so no step may change what an earlier step
 * produced, and a meeting's analysis may not depend on which other meetings were analysed before it.
 */
import { describe, expect, it } from 'vitest';
import { analyseMeeting } from '../src/lib/archive/analyse.ts';
import { assembleArchive } from '../src/lib/archive/assemble.ts';
import { buildArchive, parseMinutesFile } from '../src/lib/archive/build.ts';
import { createAnalysisTools, createArchiveContext } from '../src/lib/archive/context.ts';
import { toArchiveJson } from '../src/lib/archive/to-json.ts';
import { loadContentFolder } from '../src/lib/content-folder.ts';
import { readMinutesFile } from '../src/lib/minutes/load-folder.ts';
import type { MinutesFile, PersonRecord } from '../src/lib/types.ts';
import { createUrls } from '../src/lib/urls.ts';
import { createArchiveList } from '../src/lib/views/archive-list.ts';
import { createMeetingPage } from '../src/lib/views/meeting-page.ts';
import { listPeople } from '../src/lib/views/people-index.ts';
import { createPersonPage } from '../src/lib/views/person-page.ts';
import { createTopicPage } from '../src/lib/views/topic-page.ts';
import { fixtureArchive } from '../tools/test-sites.ts';

function deepFreeze<T>(value: T): T {
  if (value && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const inner of Object.values(value)) deepFreeze(inner);
  }
  return value;
}

const minutes = (id: string, date: string, attendees: string[], body: string): MinutesFile => {
  const list = attendees.map((name) => `  - '${name}'\n`).join('');
  const text = `---\ntitle: 'Team call ${date}'\ndate: '${date}'\nseries: Team call\nattendees:\n${list}---\n\n${body}\n`;
  const read = readMinutesFile(`minutes/${id}.md`, text);
  if (!read.minutes) throw new Error(JSON.stringify(read.problems));
  return read.minutes;
};

const site = { title: 'Team', description: '' };

describe('assembling the archive', () => {
  it('changes none of the stored analyses or the context, and gives the same archive twice', async () => {
    const folder = await loadContentFolder(fixtureArchive);
    const context = createArchiveContext({ ...folder, base: '/', includeDrafts: false });
    const tools = createAnalysisTools(context);
    const analyses = folder.minutes
      .filter((file) => !file.frontmatter.draft)
      .map((file) => analyseMeeting(file, parseMinutesFile(file), tools));
    const before = structuredClone(analyses);
    // Frozen, as a store hands them out: a step that sorts, pushes or assigns in place throws here.
    deepFreeze(analyses);
    deepFreeze(context);
    const first = toArchiveJson(assembleArchive(createAnalysisTools(context), analyses, 0));
    const second = toArchiveJson(assembleArchive(createAnalysisTools(context), analyses, 0));
    expect(second).toEqual(first);
    expect(analyses).toEqual(before);
  });
});

describe('the view models', () => {
  it('read the archive without changing it', async () => {
    const folder = await loadContentFolder(fixtureArchive);
    const archive = buildArchive({ ...folder, base: '/' });
    const before = structuredClone(toArchiveJson(archive));
    // Every page is made from one archive: a view that sorts or reverses its lists in place throws.
    deepFreeze(archive);
    const urls = createUrls('/');
    for (const meeting of archive.meetings) createMeetingPage(meeting, archive, urls);
    for (const person of archive.people) createPersonPage(person, archive);
    for (const topic of archive.topics) createTopicPage(topic, archive);
    createArchiveList(archive.meetings);
    listPeople(archive);
    expect(toArchiveJson(archive)).toEqual(before);
  });
});

describe('analysing one meeting', () => {
  // Ada's handle is written only in the first meeting; the second lists her by it alone.
  const people: PersonRecord[] = [
    { id: 'ada-kovacs', name: 'Ada Kovács', aliases: [], page: true },
  ];
  const named = minutes(
    '2025-01-08-team-call',
    '2025-01-08',
    ['Ada Kovács (@adak)'],
    '## Notes\n\n- Kick-off.',
  );
  const byHandle = minutes(
    '2025-01-15-team-call',
    '2025-01-15',
    ['@adak'],
    '## Notes\n\n- Follow-up.',
  );

  it('does not depend on which meetings were analysed before it', () => {
    const context = deepFreeze(
      createArchiveContext({ minutes: [named, byHandle], people, topics: [], site, base: '/' }),
    );
    const alone = analyseMeeting(
      byHandle,
      parseMinutesFile(byHandle),
      createAnalysisTools(context),
    );
    const tools = createAnalysisTools(context);
    analyseMeeting(named, parseMinutesFile(named), tools);
    const after = analyseMeeting(byHandle, parseMinutesFile(byHandle), tools);
    expect(alone.attendees).toEqual([{ name: '@adak', person: 'ada-kovacs' }]);
    expect(after).toEqual(alone);
  });

  it('gives the same archive whatever order the files are listed in', () => {
    const build = (files: MinutesFile[]) =>
      toArchiveJson(buildArchive({ minutes: files, people, topics: [], site, base: '/' }));
    const forward = build([named, byHandle]);
    expect(build([byHandle, named])).toEqual(forward);
    expect(forward.people.map((person) => person.id)).toEqual(['ada-kovacs']);
  });
});

describe('analysing a parsed file', () => {
  it('renders links at their published place without changing the tree the loader parsed', () => {
    const text = [
      '---',
      "title: 'Team call 2025-02-05'",
      "date: '2025-02-05'",
      'series: Team call',
      '---',
      '',
      '## Notes',
      '',
      '- See [the slides](Data/plan.pdf#page=2), [the notes][notes] and [above](#Notes).',
      '- ![The chart](Data/chart.png)',
      '',
      '[notes]: Data/notes.pdf',
      '',
    ].join('\n');
    const read = readMinutesFile('minutes/2025-02-05-team-call.md', text);
    if (!read.minutes || !read.tree) throw new Error(JSON.stringify(read.problems));
    const before = structuredClone(read.tree);
    // Frozen: a step that rewrites a URL in place throws here.
    deepFreeze(read.tree);
    const context = createArchiveContext({
      minutes: [read.minutes],
      people: [],
      topics: [],
      site,
      base: '/sub/',
    });
    const analysis = analyseMeeting(read.minutes, read.tree, createAnalysisTools(context));
    expect(read.tree).toEqual(before);
    const html = analysis.sections[0]?.html ?? '';
    expect(html).toContain('href="/sub/files/Data/plan.pdf#page=2"');
    expect(html).toContain('href="/sub/files/Data/notes.pdf"');
    expect(html).toContain('href="#notes"');
    expect(html).toContain('src="/sub/files/Data/chart.png"');
    expect(analysis.attachments).toEqual(['Data/chart.png', 'Data/notes.pdf', 'Data/plan.pdf']);
  });
});
