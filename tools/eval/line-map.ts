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
  key: string;
}

const keyOf = (text: string) => text.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');

function blocks(tree: Root): Block[] {
  const found: Block[] = [];
  visit(tree, (node: Nodes) => {
    if (node.type !== 'heading' && node.type !== 'listItem') return;
    const own =
      node.type === 'listItem'
        ? node.children.filter((child) => child.type !== 'list').map((child) => toString(child))
        : [toString(node)];
    const line = node.position?.start.line;
    if (line !== undefined) found.push({ line, key: keyOf(own.join(' ')) });
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
      if (theirs[look]!.key === block.key) {
        map.set(block.line, theirs[look]!.line);
        at = look + 1;
        break;
      }
    }
  }
  return map;
}
