import { beforeAll, describe, expect, it } from 'vitest';
import type { Archive, MeetingSection } from '../src/lib/archive/model.ts';
import { createUrls } from '../src/lib/urls.ts';
import { createMeetingPage, tableOfContents } from '../src/lib/views/meeting-page.ts';
import { sourceLinks } from '../src/lib/views/source-links.ts';
import { buildTinyArchive, tinyRegistries } from './support/tiny-archive.ts';

let archive: Archive;
beforeAll(async () => {
  archive = await buildTinyArchive([
    {
      date: '2024-10-02',
      body: '## Topics\n\n### Paging\n\n- First.\n\n### Builds\n\n- Slow.\n\n### Release\n\n- Soon.\n\n### Other\n\n- More.\n',
    },
    {
      date: '2024-11-06',
      attendees: ['Ada Quill'],
      source: 'https://github.com/example/minutes/blob/main/2024-11-06.md',
      body: '## Topics\n\n### Paging\n\n- Ada Quill will port the walker; the toolchain needs it.\n- Decision to keep four levels.\n',
    },
    { date: '2024-12-04', body: '## Topics\n\n### Paging\n\n- Later.\n' },
  ]);
});
const page = () =>
  createMeetingPage(archive.meetingsById.get('2024-11-06-weekly-call')!, archive, createUrls('/'));

describe('a meeting page', () => {
  it('leads back by breadcrumbs: Meetings › year › month', () => {
    expect(page().breadcrumbs).toEqual([
      { label: 'Meetings', url: '/meetings/' },
      { label: '2024', url: '/meetings/2024/' },
      { label: 'November', url: '/meetings/2024/#month-2024-11' },
    ]);
  });

  it('shows the neighbours with their title and first headings', () => {
    const { previous, next } = page().pager;
    expect(previous).toMatchObject({
      date: '2024-10-02',
      title: 'Weekly Call (2024-10-02)',
      headings: ['Paging', 'Builds', 'Release'],
      moreHeadings: 1,
    });
    expect(next).toMatchObject({ date: '2024-12-04', headings: ['Paging'], moreHeadings: 0 });
  });

  it('puts each section’s earlier and later discussions together, primary topics first', () => {
    const block = page().blocks[0]!;
    expect(block.topicNav.map((nav) => nav.name)).toEqual(['Paging', 'Builds']);
    expect(block.topicNav[0]).toMatchObject({
      previous: { date: '2024-10-02', anchor: 'paging' },
      next: { date: '2024-12-04', anchor: 'paging' },
    });
  });

  it('gathers outcomes from the sections', () => {
    const view = page();
    expect(view.decisions).toEqual([
      { text: 'Decision to keep four levels.', anchor: 'paging', heading: 'Paging' },
    ]);
    expect(view.actions[0]).toMatchObject({
      owner: { name: 'Ada Quill', url: '/people/ada-quill/' },
      anchor: 'paging',
    });
  });

  it('links the original and its edit page when the source is known', () => {
    expect(page().source).toEqual({
      view: 'https://github.com/example/minutes/blob/main/2024-11-06.md',
      edit: 'https://github.com/example/minutes/edit/main/2024-11-06.md',
    });
  });
});

describe('the table of contents', () => {
  it('nests a #### subsection under the section it belongs to', () => {
    const section = (anchor: string, parent?: string) =>
      ({ anchor, heading: anchor.toUpperCase(), parent }) as MeetingSection;
    expect(
      tableOfContents([section('a'), section('a-1', 'a'), section('a-2', 'a'), section('b')]),
    ).toEqual([
      {
        anchor: 'a',
        heading: 'A',
        children: [
          { anchor: 'a-1', heading: 'A-1', children: [] },
          { anchor: 'a-2', heading: 'A-2', children: [] },
        ],
      },
      { anchor: 'b', heading: 'B', children: [] },
    ]);
  });
});

describe('a meeting with #### subsections', () => {
  it('nests them in the contents and sets their heading a level below their section', async () => {
    const tiny = await buildTinyArchive([
      {
        date: '2025-01-08',
        body: '## Topics\n\n### Paging\n\n- Intro.\n\n#### Huge pages\n\n- Two sizes.\n\n### Builds\n\n- Slow.\n',
      },
    ]);
    const view = createMeetingPage(
      tiny.meetingsById.get('2025-01-08-weekly-call')!,
      tiny,
      createUrls('/'),
    );
    expect(view.toc).toEqual([
      {
        anchor: 'paging',
        heading: 'Paging',
        children: [{ anchor: 'huge-pages', heading: 'Huge pages', children: [] }],
      },
      { anchor: 'builds', heading: 'Builds', children: [] },
    ]);
    expect(view.blocks.map((block) => [block.section.anchor, block.level])).toEqual([
      ['paging', 3],
      ['huge-pages', 4],
      ['builds', 3],
    ]);
  });
});

describe('source links', () => {
  it('knows the edit page of GitLab and Gitea hosts, and offers none elsewhere', () => {
    expect(sourceLinks('https://gitlab.com/g/p/-/blob/main/m.md').edit).toBe(
      'https://gitlab.com/g/p/-/edit/main/m.md',
    );
    expect(sourceLinks('https://codeberg.org/o/r/src/branch/main/m.md').edit).toBe(
      'https://codeberg.org/o/r/_edit/main/m.md',
    );
    expect(sourceLinks('https://example.org/minutes/m.html')).toEqual({
      view: 'https://example.org/minutes/m.html',
      edit: undefined,
    });
    expect(sourceLinks('Meetings/m.md')).toEqual({ view: undefined, edit: undefined });
  });
});

describe('what a meeting page tells the search index', () => {
  let searched: Archive;
  beforeAll(async () => {
    searched = await buildTinyArchive(
      [
        {
          date: '2024-11-06',
          body: '## Topics\n\n### Paging\n\n- Ada Quill and Bo Marsh looked at the toolchain.\n',
        },
      ],
      {
        people: `
- id: ada-quill
  name: Ada Quill
  aliases: [Ada Quillon]
- id: bo-marsh
  name: Bo Marsh
  aliases: [Bo Marshall]
  page: false
`,
        topics: tinyRegistries.topics,
      },
    );
  });
  const sectionData = () => {
    const view = createMeetingPage(
      searched.meetingsById.get('2024-11-06-weekly-call')!,
      searched,
      createUrls('/'),
    );
    return JSON.parse(view.blocks[0]!.search) as Record<string, unknown>;
  };

  it('names the section’s topics and the people with a page, and the spellings its text lacks', () => {
    expect(sectionData()).toMatchObject({
      anchor: 'paging',
      heading: 'Paging',
      topics: ['Paging', 'Builds'],
      people: ['Ada Quill'],
    });
    // Found by the registry's other spelling of Ada and by the name of the topic it never writes.
    expect(sectionData()['terms']).toContain('Quillon');
    expect(sectionData()['terms']).toContain('Builds');
  });

  it('gathers no search for a person marked page: false', () => {
    expect(sectionData()['terms']).not.toContain('Marshall');
  });
});
