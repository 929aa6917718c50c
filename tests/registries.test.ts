import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { createPeopleIndex, resolveAttendee } from '../src/lib/people/index.ts';
import {
  loadPeopleRegistry,
  loadSiteSettings,
  loadTopicsRegistry,
  parsePeopleRegistry,
} from '../src/lib/registries.ts';
import { createTopicMatcher } from '../src/lib/topics/index.ts';

const here = path.dirname(fileURLToPath(import.meta.url));
const fixture = (name: string) => path.join(here, 'fixtures', 'registries', name);
const archive = (name: string) => path.join(here, 'fixtures', 'archive', name);

describe('people registry', () => {
  it('reports each bad entry with its line and keeps the good ones', async () => {
    const { value, problems } = await loadPeopleRegistry(fixture('people-bad.yaml'));
    // An entry whose only mistakes are in optional fields stays, without those fields.
    expect(value.map((p) => p.id)).toEqual(['ada-kovacs', 'ben-ortiz', 'cleo-ng']);
    expect(value[1]).toEqual({
      id: 'ben-ortiz',
      name: 'Ben Ortiz',
      aliases: ['Ben O'],
      page: true,
    });
    expect(problems.map((p) => [p.file, p.line, p.message])).toEqual([
      [
        'people-bad.yaml',
        5,
        'person entry 2 ("Someone"): id: must be a kebab-case slug such as "joerg-roedel" (received "Bad Id")',
      ],
      ['people-bad.yaml', 7, 'duplicate person id "ada-kovacs" (first used by entry 1)'],
      [
        'people-bad.yaml',
        14,
        'person entry 4 ("Ben Ortiz"): github: must be a GitHub user name (no URL, no "@") (received "https://github.com/benortiz")',
      ],
      [
        'people-bad.yaml',
        13,
        'alias "ada kovacs (Chair)" is already claimed by person "ada-kovacs" (as "Ada Kovács")',
      ],
      [
        'people-bad.yaml',
        17,
        'person entry 5 ("Cleo Ng"): page: Invalid input: expected boolean, received string (received "no-thanks")',
      ],
    ]);
  });

  it('reports broken YAML with its position', async () => {
    const { value, problems } = await loadPeopleRegistry(fixture('people-broken.yaml'));
    expect(value).toEqual([]);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({ file: 'people-broken.yaml', line: 4 });
    expect(problems[0]?.message).toMatch(/^invalid YAML: /u);
  });

  it('treats a missing file as an empty registry', async () => {
    expect(await loadPeopleRegistry(fixture('does-not-exist.yaml'))).toEqual({
      value: [],
      problems: [],
    });
  });

  it('accepts a top-level people: list and applies defaults', () => {
    const { value, problems } = parsePeopleRegistry(
      'people:\n  - id: ada-kovacs\n    name: Ada Kovács\n',
      'people.yaml',
    );
    expect(problems).toEqual([]);
    expect(value).toEqual([{ id: 'ada-kovacs', name: 'Ada Kovács', aliases: [], page: true }]);
  });
});

describe('topics registry', () => {
  it('reports bad patterns, unknown related topics and bad entries with lines', async () => {
    const { value, problems } = await loadTopicsRegistry(fixture('topics-bad.yaml'));
    expect(value.map((t) => [t.id, t.aliases, t.related])).toEqual([
      ['boot-path', ['boot loader'], ['firmware']],
      ['firmware', [], []],
    ]);
    expect(problems.map((p) => [p.line, p.message])).toEqual([
      [4, expect.stringMatching(/^topic alias \/stage\[12\/ is not a valid regular expression: /u)],
      [9, 'topic alias /x*/ matches the empty string'],
      [11, 'duplicate topic id "firmware" (first used by entry 2)'],
      [13, 'topic entry 4 ("Nameless"): id: missing required field (expected string)'],
      [5, 'topic "boot-path" is related to unknown topic "no-such-topic"'],
      [10, 'topic "firmware" lists itself as related'],
    ]);
  });
});

describe('topic patterns', () => {
  it('are refused with their line when a linear-time engine cannot run them', async () => {
    const { value, problems } = await loadTopicsRegistry(fixture('topics-patterns.yaml'));
    expect(value.map((t) => [t.id, t.aliases])).toEqual([
      ['allocator', ['/(a+)+$/', '/(?:page|frame)s? alloc(?:ator)?/']],
      ['doubled', []],
      ['lookahead', []],
    ]);
    expect(problems.map((p) => [p.file, p.line, p.message])).toEqual([
      [
        'topics-patterns.yaml',
        7,
        expect.stringMatching(/^topic alias \/\(\\w\+\) \\1\/ cannot run in linear time: .*\\1/u),
      ],
      [
        'topics-patterns.yaml',
        10,
        expect.stringMatching(
          /^topic alias \/boot\(\?=loader\)\/ cannot run in linear time: .*\(\?=/u,
        ),
      ],
    ]);
  });
});

describe('weak spellings', () => {
  it('are refused for people: one letter, or a common English word, with the line', async () => {
    const { value, problems } = await loadPeopleRegistry(fixture('people-weak-aliases.yaml'));
    expect(value.map((p) => [p.id, p.aliases])).toEqual([
      ['ada-kovacs', ['Ada']],
      ['will-park', ['W. Park']],
    ]);
    expect(problems.map((p) => [p.line, p.message])).toEqual([
      [4, 'alias "A" is a single letter: it would match wherever the letter stands alone'],
      [4, 'alias "K." is a single letter: it would match wherever the letter stands alone'],
      [7, 'alias "Will" is a common English word: it would match wherever the word is used'],
    ]);
  });

  it('are refused for topics: one letter, or a common English word, with the line', async () => {
    const { value, problems } = await loadTopicsRegistry(fixture('topics-weak-aliases.yaml'));
    expect(value.map((t) => [t.id, t.aliases])).toEqual([
      ['c-language', ['Rust and C']],
      ['x86', []],
    ]);
    expect(problems.map((p) => [p.line, p.message])).toEqual([
      [4, 'topic alias "C" is a single letter: it would match wherever the letter stands alone'],
      [4, 'topic alias "the" is a common English word: it would match wherever the word is used'],
      [7, 'topic alias "X" is a single letter: it would match wherever the letter stands alone'],
    ]);
  });
});

describe('registry encoding', () => {
  it('reports a people file that is not UTF-8 with its line instead of changing the names', async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'minutebook-latin1-'));
    const file = path.join(dir, 'people.yaml');
    await writeFile(file, Buffer.from('- id: joerg-brandt\n  name: Jörg Brandt\n', 'latin1'));
    const { value, problems } = await loadPeopleRegistry(file);
    expect(value).toEqual([]);
    expect(problems.map((p) => `${p.file}:${p.line}:${p.column}: ${p.message}`)).toEqual([
      'people.yaml:2:10: not UTF-8: byte 0xF6 cannot be read; it looks like Latin-1 or Windows-1252 ("ö" there)',
    ]);
  });
});

describe('site settings', () => {
  it('keeps the valid fields and reports the bad one', async () => {
    const { value, problems } = await loadSiteSettings(fixture('site-bad.yaml'));
    expect(value.title).toBe('Widget WG minutes');
    expect(value.repository).toBeUndefined();
    expect(problems).toMatchObject([
      {
        file: 'site-bad.yaml',
        line: 2,
        message: expect.stringContaining('repository must be an http(s) URL') as string,
      },
    ]);
  });

  it('falls back to defaults when there is no site.yaml', async () => {
    const { value, problems } = await loadSiteSettings(fixture('missing-site.yaml'));
    expect(problems).toEqual([]);
    expect(value.title).toBeTruthy();
  });
});

// The registries of an archive as a content folder ships them, from the fixture archive (invented
// people and topics in the shape of real ones), so replacing content/ with another team's changes no test.
describe('the registries of an archive', () => {
  it('load without problems', async () => {
    const [people, topics, site] = await Promise.all([
      loadPeopleRegistry(archive('people.yaml')),
      loadTopicsRegistry(archive('topics.yaml')),
      loadSiteSettings(archive('site.yaml')),
    ]);
    expect([...people.problems, ...topics.problems, ...site.problems]).toEqual([]);
    expect(site.value.repository).toBe('https://github.com/quokka-example/quokka');
    expect(people.value.map((p) => p.id)).toContain('juergen-weiss');
    expect(topics.value.map((t) => t.id)).toEqual([
      'igvm',
      'virtio-blk',
      'vtpm',
      'attestation',
      'persistence',
      'launch',
      'release',
      'unsafe',
    ]);
  });

  it('put every spelling of Jürgen Weiß on one person', async () => {
    const index = createPeopleIndex((await loadPeopleRegistry(archive('people.yaml'))).value);
    for (const written of [
      'Juergen Weiss',
      'Juergen Weiss (Chair)',
      'Jürgen Weiß',
      'Juergen Weiss (Meeting Lead)',
      'Jürgen',
      'juergen weiss',
    ]) {
      expect(resolveAttendee(index, written)?.person.id, written).toBe('juergen-weiss');
    }
    expect(index.createdIds).toEqual([]);
  });

  it('tag the recurring threads', async () => {
    const matcher = createTopicMatcher((await loadTopicsRegistry(archive('topics.yaml'))).value);
    const ids = (text: string) => [...new Set(matcher.match(text).map((m) => m.id))];
    expect(ids('Persistent storage across reboots')).toEqual(['persistence']);
    expect(ids('Undocumented unsafe blocks')).toEqual(['unsafe']);
    expect(ids('The release plan for the spring')).toEqual(['release']);
    expect(ids('Virtio-Block pull request and IGVM')).toEqual(['virtio-blk', 'igvm']);
    expect(ids('vTPM attestation')).toEqual(['vtpm', 'attestation']);
  });
});
