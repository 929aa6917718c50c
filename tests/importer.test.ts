import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { ListItem, Nodes, Root } from 'mdast';
import { visit } from 'unist-util-visit';
import { describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { convertMinutes } from '../src/lib/importer/import-file.ts';
import type { ConvertedMinutes, FailedMinutes } from '../src/lib/importer/import-file.ts';
import { normalizeWhitespace } from '../src/lib/importer/mdast-text.ts';
import { dateFromFileName, parseHumanDate } from '../src/lib/importer/parse-date.ts';
import { parseTitle } from '../src/lib/importer/parse-title.ts';
import { boundedSlug as slugify } from '../src/lib/text/normalize.ts';
import { findMdxProblems, parseMarkdown, parseMdx } from '../src/lib/importer/to-mdx.ts';
import { minutesFrontmatterSchema } from '../src/lib/schema/minutes.ts';
import { shortHash } from '../src/lib/importer/import-record.ts';

const fixtures = path.join(import.meta.dirname, 'fixtures/import');

function convertFixture(relative: string): ConvertedMinutes | FailedMinutes {
  const file = path.join(fixtures, relative);
  return convertMinutes(readFileSync(file, 'utf8'), {
    fileName: path.basename(file),
    source: `archive/${path.basename(file)}`,
  });
}

function converted(relative: string): ConvertedMinutes {
  const result = convertFixture(relative);
  if (!result.ok)
    throw new Error(`expected ${relative} to convert: ${JSON.stringify(result.errors)}`);
  return result;
}

/** The hash of the file without its import record, which the record must carry. */
function recordedFileHash(content: string): string {
  return shortHash(content.replace(/^imported:\n(?: {2}.*\n)+/m, ''));
}

function splitFile(content: string): { frontmatter: Record<string, unknown>; body: string } {
  const match = /^---\n([\s\S]*?)\n---\n\n?([\s\S]*)$/.exec(content);
  if (!match) throw new Error('no frontmatter block');
  return {
    frontmatter: parseYaml(match[1] ?? '') as Record<string, unknown>,
    body: match[2] ?? '',
  };
}

/** What a reader sees of a node: HTML comments (invisible on GitHub) and MDX comments (invisible on the site) count as nothing. */
function visibleText(node: Nodes): string {
  if (node.type === 'html' && /^<!--[\s\S]*-->$/.test(node.value.trim())) return '';
  if (node.type === 'mdxTextExpression' || node.type === 'mdxFlowExpression') return '';
  if (node.type === 'break' || (node.type === 'html' && /^<br\s*\/?>$/i.test(node.value)))
    return ' ';
  if (node.type === 'list') return '';
  if ('children' in node) {
    const block = ['root', 'listItem', 'blockquote', 'table', 'tableRow'].includes(node.type);
    return (node.children as Nodes[]).map(visibleText).join(block ? ' ' : '');
  }
  return 'value' in node ? node.value : '';
}

function bulletTexts(tree: Root): string[] {
  const texts: string[] = [];
  visit(tree, 'listItem', (item: ListItem) => {
    texts.push(normalizeWhitespace(visibleText(item)));
  });
  return texts;
}

describe('parseTitle', () => {
  it.each([
    [
      'Meeting Minutes: SVSM Development Call (November 27th, 2024)',
      'SVSM Development Call (November 27th, 2024)',
      'SVSM Development Call',
      '2024-11-27',
    ],
    [
      'Meeting: SVSM Development Call (February 14, 2024)',
      'SVSM Development Call (February 14, 2024)',
      'SVSM Development Call',
      '2024-02-14',
    ],
    ['Widget Sync (Sept 3rd, 2025)', 'Widget Sync (Sept 3rd, 2025)', 'Widget Sync', '2025-09-03'],
    [
      'Meeting Minutes: Widget Sync (2024-05-22):',
      'Widget Sync (2024-05-22)',
      'Widget Sync',
      '2024-05-22',
    ],
    ['Widget Sync – 1st March 2024', 'Widget Sync – 1st March 2024', 'Widget Sync', '2024-03-01'],
    [
      'Minutes: Widget Sync, Dec. 4, 2024',
      'Widget Sync, Dec. 4, 2024',
      'Widget Sync',
      '2024-12-04',
    ],
    [
      'Meeting Minutes: Widget Sync (May 22th, 2024)',
      'Widget Sync (May 22th, 2024)',
      'Widget Sync',
      '2024-05-22',
    ],
  ])('reads %j', (heading, title, series, date) => {
    expect(parseTitle(heading)).toEqual({ title, series, date });
  });

  it('keeps a title without a date whole, as title and series', () => {
    expect(parseTitle('Meeting: Release Review:')).toEqual({
      title: 'Release Review',
      series: 'Release Review',
    });
  });

  it('keeps a parenthesised non-date in the series', () => {
    expect(parseTitle('Widget Sync (EMEA)')).toEqual({
      title: 'Widget Sync (EMEA)',
      series: 'Widget Sync (EMEA)',
    });
  });

  it('rejects impossible dates instead of rolling them over', () => {
    expect(parseHumanDate('February 30th, 2024')).toBeUndefined();
    expect(parseTitle('Widget Sync (February 30, 2024)').date).toBeUndefined();
    expect(parseHumanDate('Smarch 3, 2024')).toBeUndefined();
  });

  it('reads dates from file names', () => {
    expect(dateFromFileName('devel-call-2024-11-27.md')).toBe('2024-11-27');
    expect(dateFromFileName('devel-call-2024-13-27.md')).toBeUndefined();
    expect(dateFromFileName('notes.md')).toBeUndefined();
  });
});

describe('slugify', () => {
  it('lowercases, strips diacritics and joins words with single dashes', () => {
    expect(slugify('SVSM Development Call')).toBe('svsm-development-call');
    expect(slugify('  Jörg’s  Café & Co. (EMEA) ')).toBe('jorg-s-cafe-co-emea');
  });
});

describe('convertMinutes on the nasty fixture', () => {
  const result = converted('archive/team-sync-2024-03-05.md');
  const { frontmatter, body } = splitFile(result.content);

  it('names the output after date and series', () => {
    expect(result.outputName).toBe('2024-03-05-widget-team-sync.mdx');
  });

  it('writes schema-valid frontmatter in the fixed key order, names exactly as written', () => {
    expect(Object.keys(frontmatter)).toEqual([
      'title',
      'date',
      'series',
      'attendees',
      'source',
      'imported',
    ]);
    expect(frontmatter).toEqual({
      title: 'Widget Team Sync (March 5th, 2024)',
      date: '2024-03-05',
      series: 'Widget Team Sync',
      attendees: ['Ada Quill', 'Bo Ströme (Chair)', 'Cy Lin'],
      source: 'archive/team-sync-2024-03-05.md',
      imported: { source: result.sourceHash, file: recordedFileHash(result.content) },
    });
    expect(result.content).toContain("date: '2024-03-05'\n");
    expect(minutesFrontmatterSchema.safeParse(frontmatter).success).toBe(true);
  });

  it('drops the H1 and the attendee section but keeps every other heading', () => {
    expect(body).not.toContain('# Meeting Minutes');
    expect(body).not.toContain('Attendees');
    expect(body).toContain('## Announcements:');
    expect(body).toContain('## [Parser work](https://example.org/parser):');
    expect(body).toContain('### Empty topic:');
  });

  it('produces MDX that parses with remark-mdx and holds no code, JSX or expression other than comments', () => {
    expect(() => parseMdx(body)).not.toThrow();
    expect(findMdxProblems(body)).toEqual([]);
  });

  it('turns HTML comments into MDX comments and autolinks into plain links', () => {
    expect(body).toContain('{/* Recording link withheld, ask the chair */}');
    expect(body).toContain('with a {/* hidden */} caveat');
    expect(body).toContain(
      '[https://example.org/release-notes](https://example.org/release-notes)',
    );
    expect(body).toContain('[ada@example.org](mailto:ada@example.org)');
    expect(body).not.toMatch(/<https?:/);
  });

  it('keeps code spans verbatim', () => {
    expect(body).toContain('`Vec<T>`');
    expect(body).toContain('`{}`');
    expect(body).toContain('`<T as Trait>`');
  });

  it('keeps prose starting with "export" as prose, not as an MDX export', () => {
    const tree = parseMdx(body);
    const types = new Set<string>();
    visit(tree, (node) => {
      types.add(node.type);
    });
    expect(types.has('mdxjsEsm')).toBe(false);
    expect(normalizeWhitespace(visibleText(tree))).toContain('export default is not code here');
  });

  it('renders every bullet of the source with the same text (nested bullets, bold lead-ins, <, >, {, })', () => {
    const sourceTree = parseMarkdown(
      readFileSync(path.join(fixtures, 'archive/team-sync-2024-03-05.md'), 'utf8'),
    );
    const sourceBullets = bulletTexts(sourceTree).filter(
      (text) => !['Ada Quill', 'Bo Ströme (Chair)', 'Cy Lin'].includes(text),
    );
    const outputBullets = bulletTexts(parseMdx(body));
    expect(sourceBullets).toContain('Ada noted that a < b and b > c holds for all {valid} inputs.');
    expect(sourceBullets).toContain('Deeply nested: 1 < 2 & 3 > 2.');
    expect(sourceBullets).toContain(
      'Status: The Vec<T> and Map<K, V> types now parse; {} is an empty block.',
    );
    expect(outputBullets).toEqual(sourceBullets);
  });

  it('warns about an empty section with its line', () => {
    expect(result.warnings).toMatchObject([{ message: 'empty section "Empty topic:"', line: 29 }]);
  });

  it('is deterministic: converting twice gives identical bytes', () => {
    expect(converted('archive/team-sync-2024-03-05.md').content).toBe(result.content);
  });
});

describe('convertMinutes on less complete minutes', () => {
  it('takes the date from the file name when the title has none, and warns about it and the missing attendees', () => {
    const result = converted('archive/release-review-2024-04-02.md');
    expect(result.outputName).toBe('2024-04-02-release-review.mdx');
    expect(splitFile(result.content).frontmatter).toMatchObject({
      title: 'Release Review',
      series: 'Release Review',
      attendees: [],
    });
    expect(result.warnings).toMatchObject([
      {
        message: 'date only from file name (2024-04-02); the title "Release Review" has none',
        line: 1,
      },
      {
        message: 'no attendee list (no "## Attendees:" section); attendees left empty',
        line: undefined,
      },
    ]);
  });

  it('reads a comma-separated attendee paragraph', () => {
    const result = convertMinutes(
      '# Meeting: Sync (June 4, 2024)\n\n## Attendees:\n\nAda Quill, Bo Ströme,\nCy Lin\n\n## Topics:\n\n* x\n',
      {
        fileName: 'x.md',
        source: 'x.md',
      },
    );
    expect(result.ok && result.attendees).toEqual(['Ada Quill', 'Bo Ströme', 'Cy Lin']);
  });

  it('fails a file with neither a dated title nor a dated file name, saying what to add', () => {
    expect(convertFixture('archive/design-call.md')).toMatchObject({
      ok: false,
      errors: [
        {
          message:
            'no date: neither the title "Design Call" nor the file name "design-call.md" contains one; add it to the H1, e.g. "# Design Call (March 5th, 2024)"',
          line: 1,
        },
      ],
    });
  });

  it('keeps frontmatter the file already declares', () => {
    const result = converted('archive/declared-2024-05-07.md');
    const { frontmatter, body } = splitFile(result.content);
    expect(frontmatter).toEqual({
      title: 'Widget Team Sync (May 7, 2024)',
      date: '2024-05-07',
      series: 'Widget Team Sync',
      attendees: ['Ada Quill'],
      source: 'archive/declared-2024-05-07.md',
      topics: ['parser'],
      imported: { source: result.sourceHash, file: recordedFileHash(result.content) },
    });
    expect(body).toBe('## Topics:\n\n### Parser:\n\n* Declared frontmatter is kept.\n');
  });

  it('re-importing its own output changes nothing', () => {
    const first = converted('archive/team-sync-2024-03-05.md');
    const again = convertMinutes(first.content, {
      fileName: first.outputName,
      source: 'elsewhere',
    });
    expect(again.ok && again.content).toBe(first.content);
  });

  it('rejects a declared title that is not text instead of ignoring it', () => {
    const result = convertMinutes('---\ntitle: [a, b]\n---\n\n# Meeting: Sync (June 4, 2024)\n', {
      fileName: 'x.md',
      source: 'x.md',
    });
    expect(result).toMatchObject({
      ok: false,
      errors: [{ message: 'frontmatter title must be non-empty text, got ["a","b"]', line: 1 }],
    });
  });

  it.each([
    [
      'bad/unknown-key-2024-06-04.md',
      'unknown frontmatter key "location" (allowed: title, date, series, attendees, source, topics, draft, imported)',
      2,
    ],
    [
      'bad/broken-yaml-2024-06-11.md',
      'frontmatter is not valid YAML: Flow sequence in block collection must be sufficiently indented and end with a ]',
      2,
    ],
  ])('rejects %s with a clear message and line', (fixture, message, line) => {
    expect(convertFixture(fixture)).toMatchObject({ ok: false, errors: [{ message, line }] });
  });
});
