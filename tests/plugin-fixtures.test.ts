/**
 * Fixture folders for the pipeline's small steps, the way unified plugins are tested: each case is a
 * folder under tests/fixtures/plugins/<step>/<case>/ with an input and the expected result. Run with
 * UPDATE_FIXTURES=1 to write the expected files after a deliberate change, then read the diff
 * (tests/fixtures/plugins/README.md). A case with a `known-gap.md` is one today's code gets wrong:
 * it is run with `it.fails`, so it turns red the day the gap is closed and the file can go.
 */
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { format, resolveConfig } from 'prettier';
import { describe, expect, it } from 'vitest';
import { buildArchive } from '../src/lib/archive/build.ts';
import type { Archive } from '../src/lib/archive/model.ts';
import { readMinutesFile } from '../src/lib/minutes/load-folder.ts';
import { parseMinutesSource } from '../src/lib/minutes/parse.ts';
import { outlineMeeting } from '../src/lib/minutes/sections.ts';
import { formatLocation } from '../src/lib/problems.ts';
import { findReferences } from '../src/lib/references.ts';
import { DEFAULT_SITE_SETTINGS, parsePeopleRegistry } from '../src/lib/registries.ts';

const root = path.join(import.meta.dirname, 'fixtures/plugins');
const updating = process.env['UPDATE_FIXTURES'] === '1';

/** The case folders of a step (files beside them, such as a shared registry, are not cases). */
function cases(step: string): string[] {
  const dir = path.join(root, step);
  return readdirSync(dir)
    .filter((name) => statSync(path.join(dir, name)).isDirectory())
    .sort();
}

const knownGap = (step: string, name: string) =>
  existsSync(path.join(root, step, name, 'known-gap.md'));

async function compare(step: string, name: string, actual: unknown): Promise<void> {
  const file = path.join(root, step, name, 'expected.json');
  // A known gap's expected file is the labelling guide's answer, not today's output: never overwrite it.
  if (updating && !knownGap(step, name)) {
    const options = { ...(await resolveConfig(file)), filepath: file };
    writeFileSync(file, await format(JSON.stringify(actual), options));
  }
  if (!existsSync(file)) throw new Error(`${file} is missing; write it with UPDATE_FIXTURES=1`);
  // Compared as data, so the expected file may be formatted like every other JSON file.
  expect(actual).toEqual(JSON.parse(readFileSync(file, 'utf8')));
}

/** Runs each case of a step; a known gap is expected to fail until it is fixed. */
function eachCase(step: string, run: (name: string) => Promise<void> | void): void {
  for (const name of cases(step)) {
    if (knownGap(step, name) && !updating) it.fails(`${name} (known gap)`, () => run(name));
    else it(name, () => run(name));
  }
}

/**
 * Builds the archive of one case, the way the site does: its input as the only meeting, its own
 * `people.yaml` or the step's shared one, no topics.
 */
function buildCase(step: string, name: string): { archive: Archive; problems: string[] } {
  const dir = path.join(root, step, name);
  const own = path.join(dir, 'people.yaml');
  const registry = parsePeopleRegistry(
    readFileSync(existsSync(own) ? own : path.join(root, step, 'people.yaml'), 'utf8'),
    'people.yaml',
  );
  // `input.mdx` for a case that needs MDX (`<Action>`, `<Decision>`), else `input.md`.
  const input = existsSync(path.join(dir, 'input.mdx')) ? 'input.mdx' : 'input.md';
  const read = readMinutesFile(
    `minutes/2025-03-04-${name}${path.extname(input)}`,
    readFileSync(path.join(dir, input), 'utf8'),
  );
  if (!read.minutes) throw new Error(read.problems.map((p) => p.reason).join('\n'));
  const archive = buildArchive({
    minutes: [read.minutes],
    people: registry.value,
    topics: [],
    site: { ...DEFAULT_SITE_SETTINGS },
    base: '/',
  });
  return {
    archive,
    problems: registry.problems.map((problem) => `${formatLocation(problem)}: ${problem.reason}`),
  };
}

describe('outlining sections', () => {
  eachCase('outline', async (name) => {
    const text = readFileSync(path.join(root, 'outline', name, 'input.md'), 'utf8');
    const parsed = parseMinutesSource(text, 'md');
    if (!parsed.ok) throw new Error(parsed.problem.reason);
    const outline = outlineMeeting(parsed.tree);
    await compare('outline', name, {
      preamble: outline.preamble.length,
      sections: outline.sections.map((section) => ({
        anchor: section.anchor,
        heading: section.heading,
        depth: section.depth,
        group: section.group ?? null,
        parent: section.parent ?? null,
        line: section.line,
        bullets: section.bullets.map((bullet) => [bullet.depth, bullet.line, bullet.text]),
      })),
    });
  });
});

describe('finding references', () => {
  eachCase('references', async (name) => {
    const text = readFileSync(path.join(root, 'references', name, 'input.txt'), 'utf8');
    await compare(
      'references',
      name,
      findReferences(text).map((ref) => ({
        written: text.slice(ref.start, ref.end),
        kind: ref.kind,
        number: ref.number,
        ...(ref.repository ? { repository: ref.repository } : {}),
      })),
    );
  });
});

/**
 * Outcomes in the shape of eval/annotations/outcomes.jsonl's items: the line, the label and the people
 * who own it by their registry name (a name nobody registered as written); a group commitment has no
 * owners. The wording each outcome is shown with is left out: the labelling guide does not fix it.
 */
describe('finding outcomes', () => {
  eachCase('outcomes', async (name) => {
    const { archive } = buildCase('outcomes', name);
    const nameOf = (id: string) => archive.peopleById.get(id)?.name ?? id;
    const owned = (
      label: string,
      item: { line?: number; owners: string[]; ownerName?: string; group?: true },
    ) => ({
      line: item.line ?? null,
      label,
      owners:
        item.owners.length > 0
          ? item.owners.map(nameOf)
          : item.ownerName && !item.group
            ? [item.ownerName]
            : [],
    });
    const items = [
      ...archive.actions.map((action) => owned('commitment', action)),
      ...archive.suggestions.map((suggestion) => owned('suggestion', suggestion)),
      ...archive.decisions.map((decision) => ({ line: decision.line ?? null, label: 'decision' })),
    ].sort((a, b) => (a.line ?? 0) - (b.line ?? 0) || a.label.localeCompare(b.label));
    await compare('outcomes', name, items);
  });
});

// `s`: a name split over two lines is one link with a line ending in its text.
const PERSON_LINK_RE = /<a href="([^"]*)" class="person-link">(.*?)<\/a>/gsu;

/**
 * Linking people: whom each attendee string and each name in the text resolves to, the people made
 * from full names in the text, the links the sections get, what stays unresolved, and the registry's
 * refusals.
 */
describe('linking people', () => {
  eachCase('people', async (name) => {
    const { archive, problems } = buildCase('people', name);
    const meeting = archive.meetings[0]!;
    await compare('people', name, {
      problems,
      attendees: meeting.attendees.map((a) => [a.name, a.person]),
      generated: archive.report.generatedPeople,
      sections: meeting.sections.map((section) => ({
        heading: section.heading,
        people: [...section.people].sort(),
        links: [...section.html.matchAll(PERSON_LINK_RE)].map((m) => [m[2], m[1]]),
      })),
      unresolved: archive.unresolved.map((u) => [u.name, u.reason]),
    });
  });
});
