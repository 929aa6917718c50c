/**
 * Lines of an imported MDX file mapped back to the Markdown it came from. The importer keeps the text but
 * not the layout (frontmatter replaces the H1 and the attendee list, Markdown is re-serialised), so the
 * blocks a reader sees — headings and bullets — are paired by their text, in order.
 */
import type { Nodes, Root } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { visit } from 'unist-util-visit';
import { parseMinutesSource } from '../../src/lib/minutes/parse.ts';
import { parseMarkdown } from '../../src/lib/importer/to-mdx.ts';

interface Block {
  line: number;
  /** Lines the block's own text spans (a paragraph with soft line breaks spans several). */
  span: number;
  key: string;
}

const keyOf = (text: string) => text.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');

function blocks(tree: Root): Block[] {
  const found: Block[] = [];
  visit(tree, (node: Nodes) => {
    if (node.type !== 'heading' && node.type !== 'listItem' && node.type !== 'paragraph') return;
    const own =
      node.type === 'listItem'
        ? node.children.filter((child) => child.type !== 'list').map((child) => toString(child))
        : [toString(node)];
    const line = node.position?.start.line;
    const end = node.type === 'listItem' ? undefined : node.position?.end.line;
    // A list item's first paragraph starts on the item's line; it is the item's text already.
    if (line !== undefined && found.at(-1)?.line !== line)
      found.push({ line, span: end === undefined ? 1 : end - line + 1, key: keyOf(own.join(' ')) });
    else if (line !== undefined && end !== undefined) found.at(-1)!.span = end - line + 1;
  });
  return found;
}

/** Imported-file line → source line, for every heading and bullet found in both. */
export function alignLines(imported: string, source: string): Map<number, number> {
  const parsed = parseMinutesSource(imported, 'mdx');
  const map = new Map<number, number>();
  if (!parsed.ok) return map;
  const ours = blocks(parsed.tree);
  const theirs = blocks(parseMarkdown(source));
  let at = 0;
  for (const block of ours) {
    // Search a little ahead: blocks the importer moved into the frontmatter have no counterpart.
    for (let look = at; look < theirs.length && look < at + 200; look++) {
      const match = theirs[look]!;
      if (match.key === block.key) {
        // Line by line when both span as many lines; else the first line stands for all of them.
        for (let i = 0; i < block.span; i++)
          map.set(block.line + i, match.line + (block.span === match.span ? i : 0));
        at = look + 1;
        break;
      }
    }
  }
  return map;
}
