import { describe, expect, it } from 'vitest';
import { parseMinutesSource, type MinutesFormat } from '../src/lib/minutes/parse.ts';
import { renderNodes, renderPhrasing } from '../src/lib/minutes/render.ts';
import { outlineMeeting } from '../src/lib/minutes/sections.ts';

function outline(text: string, format: MinutesFormat = 'mdx') {
  const parsed = parseMinutesSource(text, format);
  if (!parsed.ok) throw new Error(parsed.problem.reason);
  return outlineMeeting(parsed.tree);
}

describe('outlineMeeting', () => {
  it('makes the ### items under Topics the sections, grouped under Topics', () => {
    const result = outline(
      `## Topics:\n\n### Linux & QEMU Patches:\n\n* one\n\n### **Attestation Driver:**\n\n* two\n`,
    );
    expect(result.sections.map((s) => [s.anchor, s.heading, s.group, s.depth])).toEqual([
      ['linux--qemu-patches', 'Linux & QEMU Patches', 'Topics', 3],
      ['attestation-driver', 'Attestation Driver', 'Topics', 3],
    ]);
    // The trailing colon inside bold text goes too, so the heading reads as a title.
    expect(renderPhrasing(result.sections[1]!.headingNodes)).toBe(
      '<strong>Attestation Driver</strong>',
    );
  });

  it('gives a heading used twice two stable, distinct anchors', () => {
    const result = outline(
      `## Topics\n\n### Release planning:\n\n* a\n\n### Release planning:\n\n* b\n`,
    );
    expect(result.sections.map((s) => s.anchor)).toEqual([
      'release-planning',
      'release-planning-1',
    ]);
  });

  it('treats ## blocks with content as sections, and keeps text before any heading', () => {
    const result = outline(
      `Recorded by Mei.\n\n## Governance\n\n* approved\n\n## Roadmap\n\n* persistence first\n`,
    );
    expect(renderNodes(result.preamble)).toBe('<p>Recorded by Mei.</p>');
    expect(result.sections.map((s) => [s.anchor, s.group, s.depth])).toEqual([
      ['governance', undefined, 2],
      ['roadmap', undefined, 2],
    ]);
  });

  it('never gives a section an anchor the page uses for itself', () => {
    expect(outline(`## Attendees\n\n* late joiners\n`).sections[0]?.anchor).toBe('attendees-1');
  });

  it('collects every bullet with its own text, depth and line', () => {
    const result = outline(`### A\n\n* **Lead:** text with \`code\`\n  * nested one\n* second\n`);
    expect(result.sections[0]?.bullets.map((b) => [b.text, b.depth, b.line])).toEqual([
      ['Lead: text with code', 0, 3],
      ['nested one', 1, 4],
      ['second', 0, 5],
    ]);
  });
});

describe('renderNodes', () => {
  it('renders escaped angle brackets and braces as text', () => {
    const html = renderNodes(
      outline(`### A\n\n* if a \\< b and \\{x\\} then\n`).sections[0]!.nodes,
    );
    expect(html).toContain('if a &#x3C; b and {x} then');
  });

  it('shows raw HTML of plain Markdown as text and keeps HTML comments invisible', () => {
    const html = renderNodes(
      outline(`### A\n\n* <b>bold</b> stays text\n\n<!-- note to self -->\n`, 'md').sections[0]!
        .nodes,
    );
    expect(html).toContain('&#x3C;b>bold&#x3C;/b> stays text');
    expect(html).not.toContain('note to self');
    expect(html).not.toContain('<b>');
  });

  it('renders MDX comments as nothing and the Action component as a labelled action', () => {
    const html = renderNodes(
      outline(`### A\n\n{/* hidden */}\n\n<Action owner="Mei Lin">Write the *design*.</Action>\n`)
        .sections[0]!.nodes,
    );
    expect(html).not.toContain('hidden');
    expect(html).toContain(
      '<strong class="minutes-label">Action (Mei Lin): </strong>Write the <em>design</em>.',
    );
  });

  it('lets a linker turn text into links, but never inside code or existing links', () => {
    const nodes = outline(`### A\n\n* PR #12 and \`PR #13\` and [PR #14](https://x.test)\n`)
      .sections[0]!.nodes;
    const html = renderNodes(nodes, {
      linkText: (value) => {
        const at = value.indexOf('PR #12');
        if (at < 0) return undefined;
        return [
          { type: 'text', value: value.slice(0, at) },
          {
            type: 'link',
            url: 'https://x.test/pull/12',
            children: [{ type: 'text', value: 'PR #12' }],
          },
          { type: 'text', value: value.slice(at + 6) },
        ];
      },
    });
    expect(html).toContain('<a href="https://x.test/pull/12">PR #12</a> and <code>PR #13</code>');
    expect(html).toContain('<a href="https://x.test">PR #14</a>');
  });
});
