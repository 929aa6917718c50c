import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { collectBullets, findMissingBullets, pageText } from '../tools/corpus/corpus-check.ts';
import { convertMinutes } from '../src/lib/importer/import-file.ts';
import { bodyNodes, findUnsupportedMdx, parseMinutesSource } from '../src/lib/minutes/parse.ts';
import { renderNodes } from '../src/lib/minutes/render.ts';

const fixtures = path.join(import.meta.dirname, 'fixtures/import/archive');

/** Imports a fixture and renders it with the site's own minutes pipeline. */
function importAndRender(name: string): { source: string; html: string } {
  const source = readFileSync(path.join(fixtures, name), 'utf8');
  const result = convertMinutes(source, { fileName: name, source: name });
  if (!result.ok) throw new Error(JSON.stringify(result.errors));
  const parsed = parseMinutesSource(result.content, 'mdx');
  if (!parsed.ok) throw new Error(`site cannot parse the import: ${parsed.problem.reason}`);
  expect(findUnsupportedMdx(parsed.tree)).toEqual([]);
  return { source, html: renderNodes(bodyNodes(parsed.tree)) };
}

describe('imported minutes rendered by the site pipeline', () => {
  it('show every bullet of the nasty fixture with its text', () => {
    const { source, html } = importAndRender('team-sync-2024-03-05.md');
    // The attendee bullets move to frontmatter, which the page renders separately.
    const expected = collectBullets(source).filter(
      (bullet) => !['Ada Quill', 'Bo Ströme (Chair)', 'Cy Lin'].includes(bullet.text),
    );
    expect(expected.length).toBe(11);
    expect(
      findMissingBullets(source, html).filter((bullet) =>
        expected.some((want) => want.text === bullet.text),
      ),
    ).toEqual([]);
  });

  it('show angle brackets and braces as text and hide HTML comments', () => {
    const { html } = importAndRender('team-sync-2024-03-05.md');
    const text = pageText(html);
    expect(text).toContain('Release 2.0 ships when cargo test passes on <x86_64> and {arm64}.');
    expect(text).toContain('<details> <summary>Raw notes</summary>');
    expect(text).toContain('export default is not code here');
    expect(text).not.toContain('Recording link withheld');
    expect(text).not.toContain('hidden');
    expect(html).not.toContain('<span>');
  });

  it('find a bullet missing from a page', () => {
    expect(
      findMissingBullets(
        '* Present.\n* Absent.\n  * Nested absent.\n',
        '<ul><li>Present.</li></ul>',
      ),
    ).toEqual([
      { text: 'Absent.', line: 2 },
      { text: 'Nested absent.', line: 3 },
    ]);
  });
});
