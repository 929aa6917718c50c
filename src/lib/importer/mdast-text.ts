import type { Nodes, Root, RootContent } from 'mdast';
import { toString } from 'mdast-util-to-string';

/** Collapses every run of whitespace to one space, so layout differences never count as text differences. */
export function normalizeWhitespace(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/**
 * The text a reader sees in a node, with a space where blocks or hard breaks meet: `mdast-util-to-string`
 * alone would glue "line one" and "line two" of a hard break into "line oneline two".
 */
export function readableText(node: Nodes, options: { skipLists?: boolean } = {}): string {
  if (node.type === 'break') return ' ';
  if (node.type === 'image' || node.type === 'imageReference') return '';
  if (options.skipLists && node.type === 'list') return '';
  if ('children' in node) {
    const separator = isBlockContainer(node) ? ' ' : '';
    return (node.children as Nodes[]).map((child) => readableText(child, options)).join(separator);
  }
  return toString(node, { includeImageAlt: false });
}

function isBlockContainer(node: Nodes): boolean {
  return [
    'root',
    'blockquote',
    'listItem',
    'list',
    'footnoteDefinition',
    'table',
    'tableRow',
  ].includes(node.type);
}

/** Normalised readable text of each top-level block, to compare a source with its MDX rendering. */
export function blockTexts(tree: Root): string[] {
  return tree.children
    .filter((node: RootContent) => node.type !== 'yaml' && node.type !== 'definition')
    .map((node) => normalizeWhitespace(readableText(node)))
    .filter((text) => text !== '');
}
