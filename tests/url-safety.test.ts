import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fromHtml } from 'hast-util-from-html';
import { selectAll } from 'hast-util-select';
import { toString } from 'hast-util-to-string';
import { describe, expect, it } from 'vitest';
import { convertMinutes } from '../src/lib/importer/import-file.ts';
import { readMinutesFile } from '../src/lib/minutes/load-folder.ts';
import {
  bodyNodes,
  findUnsupportedMdx,
  parseMinutesSource,
  type MinutesFormat,
} from '../src/lib/minutes/parse.ts';
import { renderNodes } from '../src/lib/minutes/render.ts';
import { unsafeUrlScheme } from '../src/lib/minutes/url-safety.ts';

const minutes = path.join(import.meta.dirname, 'fixtures/hostile/buildable/minutes');
const names = { md: '2025-06-04-build-sync.md', mdx: '2025-06-11-build-sync.mdx' } as const;
const fixture = (format: MinutesFormat) => readFileSync(path.join(minutes, names[format]), 'utf8');

/** Every href and src of the HTML, whatever element carries it. */
function targets(html: string): string[] {
  return selectAll('[href], [src]', fromHtml(html, { fragment: true })).map((node) =>
    String(node.properties['href'] ?? node.properties['src']),
  );
}

function rendered(format: MinutesFormat): string {
  const parsed = parseMinutesSource(fixture(format), format);
  if (!parsed.ok) throw new Error(parsed.problem.reason);
  return renderNodes(bodyNodes(parsed.tree));
}

describe('unsafe URLs in minutes', () => {
  for (const format of ['md', 'mdx'] as const) {
    it(`are never live links or sources in a rendered .${format} file, and keep their text`, () => {
      const html = rendered(format);
      expect(targets(html)).toEqual([
        'data:image/png;base64,iVBORw0KGgo=',
        'https://example.org/tracker',
      ]);
      const text = toString(fromHtml(html, { fragment: true }));
      expect(text).toContain('Mei shared the Agenda (javascript:void(alert(1))) before the call.');
      expect(text).toContain('The release notes (JaVaScRiPt:alert(2)) were linked');
      expect(text).toContain('An encoded link (javascript:alert(3)) hid');
      expect(text).toContain('A split link (java\tscript:alert(4)) hid');
      expect(text).toContain('A bell link (\u0007javascript:alert(9)) starts');
      expect(text).toContain('The plan (javascript:alert(7)) came from a reference.');
      expect(text).toContain('A page (data:text/html,<b>hi</b>) and a macro (VBScript:MsgBox(6))');
      if (format === 'md') expect(text).toContain('An autolink javascript:alert(5) was pasted');
      else expect(text).toContain('Read the notes (javascript:alert(8)).');
    });
  }

  it('are reported by the loader with file, line and column', () => {
    const { minutes, problems, warnings } = readMinutesFile(
      'minutes/2025-06-04-build-sync.md',
      fixture('md'),
    );
    expect(problems).toEqual([]);
    expect(minutes).toBeDefined();
    expect(warnings.map((w) => `${w.file}:${w.line}:${w.column}`)).toEqual([
      'minutes/2025-06-04-build-sync.md:13:18',
      'minutes/2025-06-04-build-sync.md:14:7',
      'minutes/2025-06-04-build-sync.md:15:6',
      'minutes/2025-06-04-build-sync.md:16:5',
      'minutes/2025-06-04-build-sync.md:17:15',
      'minutes/2025-06-04-build-sync.md:18:5',
      'minutes/2025-06-04-build-sync.md:20:5',
      'minutes/2025-06-04-build-sync.md:20:44',
      'minutes/2025-06-04-build-sync.md:24:1',
    ]);
    expect(warnings[0]?.message).toBe(
      'link to "javascript:void(alert(1))" shown as text: javascript: URLs run script in the reader\'s browser',
    );
  });

  it('are kept as written by the importer, with a warning per URL naming its line', () => {
    const result = convertMinutes(fixture('md'), {
      fileName: names.md,
      source: 'x',
    });
    if (!result.ok) throw new Error(JSON.stringify(result.errors));
    expect(result.content).toContain('[Agenda](javascript:void\\(alert\\(1\\)\\))');
    expect(result.content).toContain('[hostile]: javascript:alert\\(7\\)');
    const notes = result.warnings.filter((note) => note.message.includes('shown as text'));
    expect(notes.map((note) => note.line)).toEqual([13, 14, 15, 16, 17, 18, 20, 20, 24]);
  });
});

describe('autolinks in .mdx files', () => {
  it('are refused, never linked: MDX reads them as syntax errors or unknown components', () => {
    const text = (line: string) => `---\ntitle: x\n---\n\n${line}\n`;
    expect(parseMinutesSource(text('<javascript:alert(1)>'), 'mdx').ok).toBe(false);
    expect(parseMinutesSource(text('<javascript:alert>'), 'mdx').ok).toBe(false);
    const parsed = parseMinutesSource(text('<javascript:alert/>'), 'mdx');
    expect(parsed.ok && findUnsupportedMdx(parsed.tree).map((issue) => issue.message)).toEqual([
      'unknown component <javascript:alert>',
    ]);
  });
});

describe('unsafeUrlScheme', () => {
  it.each([
    ['javascript:alert(1)', 'link', 'javascript'],
    [' \u0000JAVASCRIPT:alert(1)', 'link', 'javascript'],
    ['java\nscr\u200bipt:alert(1)', 'link', 'javascript'],
    ['vbscript:msgbox', 'image', 'vbscript'],
    ['data:text/html;base64,PHNjcmlwdD4=', 'link', 'data'],
    ['data:image/png;base64,AAAA', 'link', 'data'],
    ['data:text/html,x', 'image', 'data'],
  ] as const)('%j used as a %s is %s', (url, use, scheme) => {
    expect(unsafeUrlScheme(url, use)).toBe(scheme);
  });

  it.each([
    ['https://example.org/javascript:x', 'link'],
    ['mailto:someone@example.org', 'link'],
    ['../meetings/#javascript:', 'link'],
    ['%6Aavascript:alert(1)', 'link'],
    ['data:image/svg+xml;base64,AAAA', 'image'],
  ] as const)('%j used as a %s is safe', (url, use) => {
    expect(unsafeUrlScheme(url, use)).toBeUndefined();
  });
});
