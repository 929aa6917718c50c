/**
 * A bullet's sentence that runs on over the next lines, indented or not (lazy continuation), a list
 * item of two paragraphs, and hard breaks: the outcome's line, its text and its owner, and the eval's
 * map from imported lines back to the source. Lines and owners of the same file are fixtures too
 * (tests/fixtures/plugins/outcomes/continuation-lines*); these check what the fixtures leave out.
 */
import { describe, expect, it } from 'vitest';
import { buildArchive } from '../src/lib/archive/build.ts';
import { convertMinutes } from '../src/lib/importer/import-file.ts';
import { readMinutesFile } from '../src/lib/minutes/load-folder.ts';
import { parseMinutesSource } from '../src/lib/minutes/parse.ts';
import { lineAt, sourceLines } from '../src/lib/minutes/source-lines.ts';
import { DEFAULT_SITE_SETTINGS } from '../src/lib/registries.ts';
import { alignLines } from '../tools/eval/line-map.ts';

const BODY = `### Boot loader

- Ada presented the layout of the loader. She will send
the second version to the list next week.
- Carla said the
  tests pass. Ben Osei will
  review the patch.
- Ada asked about the tables.

  Dmitri will test it on real hardware.
- Carla said the tests pass.  
  Dmitri Volkov will review the patch.
- Ada asked again.\\
  Ben Osei will merge it.

Ada asked about the layout.  
Ben Osei will send the notes.
`;

const people = [
  { id: 'ada', name: 'Ada Kovács', aliases: [], page: true },
  { id: 'ben', name: 'Ben Osei', aliases: [], page: true },
  { id: 'carla', name: 'Carla Mendes', aliases: [], page: true },
  { id: 'dmitri', name: 'Dmitri Volkov', aliases: [], page: true },
];

const frontmatter = `---\ntitle: 'Loader Sync'\ndate: '2025-03-04'\nseries: Loader Sync\nattendees: [Ada Kovács, Ben Osei, Carla Mendes, Dmitri Volkov]\n---\n\n## Topics\n\n`;
/** Line of the file on which `BODY`'s first line stands. */
const OFFSET = frontmatter.split('\n').length - 1;

describe('continuation lines', () => {
  for (const ext of ['md', 'mdx']) {
    it(`gives each outcome its sentence, owner and first line (.${ext})`, () => {
      const read = readMinutesFile(`minutes/2025-03-04-sync.${ext}`, frontmatter + BODY);
      const archive = buildArchive({
        minutes: [read.minutes!],
        people,
        topics: [],
        site: { ...DEFAULT_SITE_SETTINGS },
        base: '/',
      });
      const actions = archive.actions
        .map((a) => [a.line! - OFFSET, a.owner, a.text])
        .sort((a, b) => Number(a[0]) - Number(b[0]));
      expect(actions).toEqual([
        [3, 'ada', 'She will send the second version to the list next week.'],
        [6, 'ben', 'Ben Osei will review the patch.'],
        [10, 'dmitri', 'Dmitri will test it on real hardware.'],
        // A hard break ends the sentence before it: not "pass.Dmitri Volkov", one sentence of Carla's.
        [12, 'dmitri', 'Dmitri Volkov will review the patch.'],
        [14, 'ben', 'Ben Osei will merge it.'],
        [17, 'ben', 'Ben Osei will send the notes.'],
      ]);
    });
  }

  it('places each piece of a list item on its own line of the file', () => {
    const parsed = parseMinutesSource(BODY, 'md');
    if (!parsed.ok) throw new Error(parsed.problem.reason);
    const list = parsed.tree.children.find((node) => node.type === 'list')!;
    if (list.type !== 'list') throw new Error('no list');
    const [, second, third, fourth] = list.children.map((item) => sourceLines(item.children));
    expect(second).toEqual([
      { line: 5, text: 'Carla said the' },
      { line: 6, text: 'tests pass. Ben Osei will' },
      { line: 7, text: 'review the patch.' },
    ]);
    expect(third?.map((entry) => entry.line)).toEqual([8, 10]);
    expect(fourth).toEqual([
      { line: 11, text: 'Carla said the tests pass.' },
      { line: 12, text: 'Dmitri Volkov will review the patch.' },
    ]);
    expect(lineAt(second!, 'Ben Osei will review the patch.')).toBe(6);
    // Markup and punctuation do not hide the words: `code` and **bold** are the same words.
    expect(lineAt(fourth!, 'Dmitri Volkov will **review**')).toBe(12);
    expect(lineAt(second!, 'Nobody said this')).toBe(5);
  });

  it("maps the imported file's lines back to the source's, lazy lines and breaks included", () => {
    const source = `# Meeting Minutes: Loader Sync (March 4th, 2025)\n\n## Topics:\n\n${BODY}`;
    const converted = convertMinutes(source, {
      fileName: 'devel-call-2025-03-04.md',
      source: 'x.md',
    });
    if (!converted.ok) throw new Error(JSON.stringify(converted.errors));
    const imported = converted.content.split('\n');
    const original = source.split('\n');
    const map = alignLines(converted.content, source);
    for (const text of [
      'the second version to the list next week.',
      'review the patch.',
      'Dmitri will test it on real hardware.',
      'Dmitri Volkov will review the patch.',
      'Ben Osei will merge it.',
      'Ben Osei will send the notes.',
    ]) {
      const at = imported.findIndex((line) => line.trim() === text) + 1;
      expect(at, text).toBeGreaterThan(0);
      expect(original[map.get(at)! - 1]?.trim(), text).toBe(text);
    }
  });
});
