import { describe, expect, it } from 'vitest';
import YAML from 'yaml';
import { createArchive } from '../bench/generate-archive.ts';
import { countWords } from '../bench/synthetic-minutes.ts';
import { minutesFrontmatterSchema } from '../src/lib/schema/minutes.ts';
import { validatePeople } from '../src/lib/schema/people.ts';
import { validateTopics } from '../src/lib/schema/topics.ts';
import { readMinutesFile } from '../src/lib/minutes/load-folder.ts';

function splitFile(text: string): { frontmatter: unknown; body: string } {
  const match = /^---\n([\s\S]*?)\n---\n([\s\S]*)$/.exec(text);
  if (!match) throw new Error('no frontmatter block');
  return { frontmatter: YAML.parse(match[1] ?? ''), body: match[2] ?? '' };
}

const archive = createArchive({ seed: 'bench-test', meetings: 300 });
const minutes = [...archive.files].filter(([file]) => file.startsWith('minutes/'));

describe('synthetic archive generator', () => {
  it('produces the same archive for the same seed, and a different one for another seed', () => {
    const again = createArchive({ seed: 'bench-test', meetings: 300 });
    expect([...again.files]).toEqual([...archive.files]);
    const other = createArchive({ seed: 'another-seed', meetings: 300 });
    expect(other.files.get('people.yaml')).not.toEqual(archive.files.get('people.yaml'));
    expect([...other.files.values()].slice(0, 5)).not.toEqual(
      [...archive.files.values()].slice(0, 5),
    );
  });

  it('writes exactly the requested number of meetings, named date-series.mdx, in two series', () => {
    expect(minutes).toHaveLength(300);
    const series = new Set<string>();
    for (const [file, text] of minutes) {
      const frontmatter = minutesFrontmatterSchema.parse(splitFile(text).frontmatter);
      series.add(frontmatter.series);
      const slug = frontmatter.series.toLowerCase().replace(/\s+/g, '-');
      expect(file).toBe(`minutes/${frontmatter.date}-${slug}.mdx`);
    }
    expect(series.size).toBe(2);
  });

  it('keeps every meeting within the stated shape: 4–8 sections, 10–20 attendees, about 450 words', () => {
    const words: number[] = [];
    for (const [, text] of minutes) {
      const { frontmatter, body } = splitFile(text);
      const parsed = minutesFrontmatterSchema.parse(frontmatter);
      expect(parsed.attendees.length).toBeGreaterThanOrEqual(10);
      expect(parsed.attendees.length).toBeLessThanOrEqual(20);
      const sections = body.split('\n').filter((line) => line.startsWith('### ')).length;
      expect(sections).toBeGreaterThanOrEqual(4);
      expect(sections).toBeLessThanOrEqual(8);
      const count = countWords(body);
      expect(count).toBeGreaterThan(330);
      expect(count).toBeLessThan(650);
      words.push(count);
    }
    const mean = words.reduce((sum, count) => sum + count, 0) / words.length;
    expect(mean).toBeGreaterThan(420);
    expect(mean).toBeLessThan(480);
  });

  it('writes the shapes real minutes have: bold lead-ins, nested bullets, actions, PR numbers, a chair', () => {
    const all = minutes.map(([, text]) => text).join('\n');
    expect(all).toMatch(/^\* \*\*[A-Z][\w ]+:\*\* /m);
    expect(all).toMatch(/^ {2}\* /m);
    expect(all).toMatch(/^\* [A-Z][\p{L}]+ will /mu);
    expect(all).toMatch(/PR #\d+/);
    expect(all).toMatch(/^### \*\*.+\*\*$/m);
    expect(all).toMatch(/^ {2}- .+ \(Chair\)$/m);
  });

  it('parses every file as MDX, with the processor and rules of the site', () => {
    for (const [file, text] of minutes) {
      expect(readMinutesFile(file, text).problems, file).toEqual([]);
    }
  });

  it('writes registries the site accepts: ~150 people and ~60 topics without a single issue', () => {
    const people = validatePeople(YAML.parse(archive.files.get('people.yaml') ?? ''));
    expect(people.issues).toEqual([]);
    expect(people.records).toHaveLength(150);
    expect(
      people.records.some((person) => /\p{Diacritic}|[øłß]/u.test(person.name.normalize('NFD'))),
    ).toBe(true);
    const topics = validateTopics(YAML.parse(archive.files.get('topics.yaml') ?? ''));
    expect(topics.issues).toEqual([]);
    expect(topics.records).toHaveLength(60);
    expect(
      topics.records.some((topic) => topic.aliases.some((alias) => alias.startsWith('/'))),
    ).toBe(true);
    expect(topics.records.every((topic) => topic.related.length > 0)).toBe(true);
  });

  it('writes attendees with spelling variants that are not the registered name', () => {
    const people = validatePeople(YAML.parse(archive.files.get('people.yaml') ?? '')).records;
    const registered = new Set(people.map((person) => person.name));
    const aliases = new Set(people.flatMap((person) => person.aliases));
    const written = minutes.flatMap(([, text]) =>
      minutesFrontmatterSchema
        .parse(splitFile(text).frontmatter)
        .attendees.map((name) => name.replace(/ \(Chair\)$/, '')),
    );
    expect(written.some((name) => aliases.has(name))).toBe(true);
    expect(written.some((name) => name === name.toLowerCase())).toBe(true);
    expect(written.filter((name) => registered.has(name)).length / written.length).toBeGreaterThan(
      0.5,
    );
  });
});
