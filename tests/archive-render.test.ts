import { describe, expect, it } from 'vitest';
import { peopleWithPages } from '../src/lib/archive/person-graph.ts';
import { listPeople } from '../src/lib/views/people-index.ts';
import { buildTinyArchive } from './support/tiny-archive.ts';

const registries = {
  people:
    'people:\n  - id: ada-quill\n    name: Ada Quill\n  - id: tyler-berg\n    name: Tyler Berg\n',
  topics: 'topics:\n  - id: parser\n    name: Parser\n  - id: release\n    name: Release\n',
};

async function meeting(body: string) {
  const archive = await buildTinyArchive(
    [{ date: '2025-05-07', attendees: ['Ada Quill', 'Tyler Berg'], body }],
    registries,
  );
  return archive.meetings[0]!;
}

const section = (sections: { anchor: string; html: string }[], anchor: string) =>
  sections.find((s) => s.anchor === anchor);

describe('a minutes file is rendered as one document', () => {
  it('keeps the URL of a reference-style link whose definition is at the end of the file', async () => {
    const { sections } = await meeting(
      '## Topics:\n\n### Parser:\n\n* Read the [design notes][notes] first.\n\n### Release:\n\n* Tagged.\n\n[notes]: https://example.org/design\n',
    );
    expect(section(sections, 'parser')?.html).toContain(
      '<a href="https://example.org/design">design notes</a>',
    );
  });

  it('keeps the text of a footnote defined in another section', async () => {
    const result = await meeting(
      '## Topics:\n\n### Parser:\n\n* The lexer is done.[^lexer]\n\n### Release:\n\n* Tagged.\n\n[^lexer]: Finished on Tuesday, with tests.\n',
    );
    expect(section(result.sections, 'parser')?.html).toContain('href="#user-content-fn-lexer"');
    expect(result.footnotesHtml).toContain('Finished on Tuesday, with tests.');
    expect(result.footnotesHtml).toContain('id="user-content-fn-lexer"');
  });

  it('keeps a final heading with nothing under it', async () => {
    const { sections } = await meeting(
      '## Topics:\n\n### Parser:\n\n* The lexer is done.\n\n## Next meeting on May 14\n',
    );
    expect(sections.map((s) => s.heading)).toEqual(['Parser', 'Next meeting on May 14']);
  });
});

describe('#### subsections', () => {
  it('are sections of their own, nested under their parent, with their own topics', async () => {
    const { sections } = await meeting(
      '## Topics:\n\n### Parser:\n\n* Plan agreed.\n\n#### Release checklist\n\n* Tyler will tag the release.\n\n### Other:\n\n* Nothing else.\n',
    );
    expect(sections.map((s) => [s.anchor, s.parent, s.depth])).toEqual([
      ['parser', undefined, 3],
      ['release-checklist', 'parser', 4],
      ['other', undefined, 3],
    ]);
    const sub = section(sections, 'release-checklist') as (typeof sections)[number];
    expect(sub.topics.map((tag) => tag.id)).toEqual(['release']);
    expect(sub.actions.map((action) => action.owner)).toEqual(['tyler-berg']);
    // The parent keeps its own content only.
    expect(section(sections, 'parser')?.html).not.toContain('tag the release');
  });
});

describe('action items', () => {
  it('keep inline code as written', async () => {
    const { sections } = await meeting(
      '## Topics:\n\n### Parser:\n\n* Tyler will fix the `__init__` path.\n',
    );
    expect(sections[0]?.actions.map((action) => action.text)).toEqual([
      expect.stringContaining('fix the __init__ path'),
    ]);
  });
});

describe('who has a page', () => {
  it('is one rule: the home page counts the people /people/ lists', async () => {
    const archive = await buildTinyArchive(
      [
        {
          date: '2025-05-07',
          attendees: ['Ada Quill'],
          body: '## Topics:\n\n### Parser:\n\n* x\n',
        },
      ],
      {
        // Zora is registered but never named: no page, so not counted anywhere.
        people: `${registries.people}  - id: zora-quint\n    name: Zora Quint\n`,
        topics: registries.topics,
      },
    );
    const listed = listPeople(archive).map((row) => row.person.id);
    expect(listed).toEqual(['ada-quill']);
    expect(peopleWithPages(archive.people).map((person) => person.id)).toEqual(listed);
  });
});
