import { describe, expect, it } from 'vitest';
import { notANameReason, parseAttendee } from '../src/lib/people/attendee-string.ts';
import { attendeeNotAName, createPeopleIndex, resolveAttendee } from '../src/lib/people/index.ts';
import { buildArchive } from '../src/lib/archive/build.ts';
import { MAX_SLUG_LENGTH } from '../src/lib/text/normalize.ts';
import type { MinutesFile, PersonRecord } from '../src/lib/types.ts';

describe('reading an attendee entry', () => {
  it.each([
    ['Ada Lovelace (@ada-l)', { name: 'Ada Lovelace', github: 'ada-l', notes: [] }],
    ['Ada Lovelace @ada-l (Chair)', { name: 'Ada Lovelace', github: 'ada-l', notes: ['Chair'] }],
    [
      'Ada Lovelace <ada@example.org>',
      { name: 'Ada Lovelace', email: 'ada@example.org', notes: [] },
    ],
    [
      '[Ada Lovelace](mailto:ada@example.org)',
      { name: 'Ada Lovelace', email: 'ada@example.org', notes: [] },
    ],
    ['[Ada](https://github.com/ada-l)', { name: 'Ada', github: 'ada-l', notes: [] }],
    [
      'Ada Lovelace (Example Corp)',
      { name: 'Ada Lovelace', affiliation: 'Example Corp', notes: [] },
    ],
    [
      'Ada Lovelace, Example Corp',
      { name: 'Ada Lovelace', affiliation: 'Example Corp', notes: [] },
    ],
    ['Ada Lovelace (invited)', { name: 'Ada Lovelace', notes: ['invited'] }],
    ['Ada Lovelace - joined at 16:23', { name: 'Ada Lovelace', notes: ['joined at 16:23'] }],
    [
      'Ada Lovelace (@ada-l) Example Corp, docs working group',
      {
        name: 'Ada Lovelace',
        github: 'ada-l',
        affiliation: 'Example Corp, docs working group',
        notes: [],
      },
    ],
    ['Ada Lovelace (@ada-l', { name: 'Ada Lovelace', github: 'ada-l', notes: [] }],
    ['AL: Ada Lovelace', { name: 'Ada Lovelace', notes: ['AL'] }],
  ])('%j', (written, parts) => {
    expect(parseAttendee(written)).toEqual(parts);
  });

  it.each([
    ['The notes will be posted later', 'it is a sentence'],
    ['Discussion of the release plan and next steps for everyone', 'it has more than 6 words'],
    ['https://example.org/agenda', 'it is a URL'],
    ['Agenda:', 'it is a heading'],
    ['Charter update #15', 'it contains digits'],
    ['Example Foundation Board', 'it names a group, not a person'],
    ['TBD', 'it is a placeholder, not a name'],
    ['None', 'it is a placeholder, not a name'],
  ])('%j is not a name: %s', (text, reason) => {
    expect(notANameReason(text)).toBe(reason);
  });

  it.each([
    'Will Deacon',
    'Abraham Jr. Agiri',
    "Nick O'Leary",
    'Ana María de los Ángeles Pérez',
    'Kai Müller',
    'ramakrishna gali',
  ])('accepts %j as a name', (name) => {
    expect(notANameReason(name)).toBeUndefined();
  });
});

describe('people by GitHub handle', () => {
  const registry: PersonRecord[] = [
    { id: 'ada', name: 'Ada Lovelace', aliases: [], github: 'Ada-L', page: true },
  ];

  it('resolves any spelling with a registered handle to that person, ignoring case', () => {
    const index = createPeopleIndex(registry);
    expect(resolveAttendee(index, 'A. L. (@ada-l)')?.person.id).toBe('ada');
    expect(resolveAttendee(index, '@ADA-L')?.via).toBe('github');
  });

  it('makes "Ben Okafor" and "Ben Okafor @benok" one generated person that records the handle', () => {
    const index = createPeopleIndex(registry);
    const first = resolveAttendee(index, 'Ben Okafor');
    const second = resolveAttendee(index, 'Ben Okafor @benok');
    const third = resolveAttendee(index, 'B. Okafor (@benok)');
    expect(first?.created).toBe(true);
    expect(second?.person.id).toBe(first?.person.id);
    expect(third?.person.id).toBe(first?.person.id);
    expect(first?.person.github).toBe('benok');
    expect(index.createdIds).toEqual(['ben-okafor']);
  });

  it('names a person known only by a handle after the handle', () => {
    const index = createPeopleIndex([]);
    expect(resolveAttendee(index, '@gnav')?.person).toMatchObject({
      id: 'gnav',
      name: 'gnav',
      github: 'gnav',
    });
  });

  it('never makes a person of a sentence, URL or heading, and says why', () => {
    const index = createPeopleIndex([]);
    for (const text of ['The notes will be posted later', 'https://example.org/x', 'Agenda:']) {
      expect(resolveAttendee(index, text)).toBeNull();
      expect(attendeeNotAName(text)).toBeDefined();
    }
    expect(index.createdIds).toEqual([]);
  });

  it('keeps generated ids short enough for a file name', () => {
    const index = createPeopleIndex([]);
    const long = 'Maximiliana Konstantinopoulou-Wolkenstein Abercrombie';
    const id = resolveAttendee(index, long)?.person.id ?? '';
    expect(id.length).toBeLessThanOrEqual(MAX_SLUG_LENGTH);
    expect(id).toBe('maximiliana-konstantinopoulou-wolkenstein');
  });
});

describe('attendees in the archive', () => {
  const meeting = (id: string, attendees: string[]): MinutesFile => ({
    id,
    file: `minutes/${id}.mdx`,
    format: 'mdx',
    frontmatter: {
      title: id,
      date: id.slice(0, 10),
      series: 'Council',
      attendees,
      topics: [],
      draft: false,
    },
    text: '## Agenda\n\n* Item.\n',
  });

  it('reports an attendee that is not a name and gives it no person; one handle is one person', () => {
    const archive = buildArchive({
      minutes: [
        meeting('2023-03-07-council', [
          'Ben Okafor',
          'Agenda items for the next meeting will follow',
        ]),
        meeting('2023-03-14-council', ['Ben Okafor (@benok)', 'B. Okafor (@benok)']),
      ],
      people: [],
      topics: [],
      site: { title: 'x', description: 'y' },
      base: '/',
    });
    expect(archive.people.map((person) => [person.id, person.github])).toEqual([
      ['ben-okafor', 'benok'],
    ]);
    expect(archive.unresolved).toContainEqual({
      name: 'Agenda items for the next meeting will follow',
      meeting: '2023-03-07-council',
      reason: 'not-a-name',
      why: 'it has more than 6 words',
    });
  });
});
