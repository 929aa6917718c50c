import type { Nodes as HastNodes } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import type { ListItem, Nodes } from 'mdast';
import { visit } from 'unist-util-visit';
import { normalizeWhitespace } from '../../src/lib/importer/mdast-text.ts';
import { isAttendeeHeading } from '../../src/lib/importer/extract-attendees.ts';
import { parseMarkdown } from '../../src/lib/importer/to-mdx.ts';

export interface SourceBullet {
  text: string;
  line: number | undefined;
}

/**
 * Every list item's own text (nested lists are bullets of their own), as a reader of the source sees it:
 * HTML comments were invisible on GitHub, so they are not expected on the page either.
 */
export function collectBullets(markdown: string): SourceBullet[] {
  const bullets: SourceBullet[] = [];
  visit(parseMarkdown(markdown), 'listItem', (item: ListItem) => {
    const text = normalizeWhitespace(visibleText(item));
    if (text !== '') bullets.push({ text, line: item.position?.start.line });
  });
  return bullets;
}

/**
 * Every line of text a reader of the source sees: list items (their own text), paragraphs, headings and
 * table cells. A heading's trailing colon is not compared (pages show "Topics", not "Topics:"), and the
 * title heading is compared as the page title (`title`, the H1 without its "Meeting Minutes:" label).
 */
export function collectLines(markdown: string, title?: string): SourceBullet[] {
  const lines: SourceBullet[] = [];
  const tree = parseMarkdown(markdown);
  let titled = false;
  visit(tree, (node: Nodes, _index, parent) => {
    const line = node.position?.start.line;
    const push = (text: string) => {
      const normalized = normalizeWhitespace(text);
      if (normalized !== '') lines.push({ text: normalized, line });
    };
    if (node.type === 'listItem') push(visibleText(node));
    else if (node.type === 'paragraph' && parent?.type !== 'listItem') push(visibleText(node));
    else if (node.type === 'tableCell') push(visibleText(node));
    else if (node.type === 'heading') {
      if (node.depth === 1 && !titled && title !== undefined) {
        titled = true;
        push(title);
      } else push(visibleText(node).replace(/\s*:\s*$/u, ''));
    }
  });
  return lines;
}

/**
 * Source lines whose text is not on the rendered page. The attendee list is shown as a list of its
 * entries, so a comma-separated line counts as present when each entry is; the attendee heading
 * ("Present", "Attendees:") is the page's own Attendees heading.
 */
export function findMissingLines(markdown: string, html: string, title?: string): SourceBullet[] {
  const text = pageText(html);
  const present = (line: SourceBullet): boolean =>
    text.includes(line.text) ||
    (isAttendeeHeading(line.text) && text.includes('Attendees')) ||
    (line.text.includes(',') &&
      line.text
        .replace(/^[^:]*:\s*/u, '')
        .split(',')
        .map((part) => part.trim())
        .every((part) => part === '' || text.includes(part)));
  return collectLines(markdown, title).filter((line) => !present(line));
}

function visibleText(node: Nodes): string {
  if (node.type === 'list') return '';
  if (node.type === 'html')
    return /^<!--[\s\S]*-->$|^<br\s*\/?>$/i.test(node.value.trim()) ? ' ' : node.value;
  if (node.type === 'break') return ' ';
  if (node.type === 'image' || node.type === 'imageReference') return '';
  if ('children' in node) {
    const block = ['root', 'listItem', 'blockquote', 'table', 'tableRow'].includes(node.type);
    return (node.children as Nodes[]).map(visibleText).join(block ? ' ' : '');
  }
  return 'value' in node ? node.value : '';
}

const inlineElements = new Set([
  'a',
  'abbr',
  'b',
  'bdi',
  'bdo',
  'cite',
  'code',
  'data',
  'del',
  'dfn',
  'em',
  'i',
  'ins',
  'kbd',
  'mark',
  'q',
  's',
  'samp',
  'small',
  'span',
  'strong',
  'sub',
  'sup',
  'time',
  'u',
  'var',
]);
const invisibleElements = new Set(['head', 'script', 'style', 'template', 'noscript', 'svg']);

/** The text a reader sees on a rendered page: tags stripped, entities decoded, blocks separated by a space. */
export function pageText(html: string): string {
  const parts: string[] = [];
  const walk = (node: HastNodes): void => {
    if (node.type === 'text') {
      parts.push(node.value);
    } else if (node.type === 'element') {
      const element = node;
      if (invisibleElements.has(element.tagName)) return;
      const block = !inlineElements.has(element.tagName);
      if (block) parts.push(' ');
      element.children.forEach((child) => walk(child));
      if (block) parts.push(' ');
    } else if (node.type === 'root') {
      node.children.forEach((child) => walk(child));
    }
  };
  walk(fromHtml(html));
  return normalizeWhitespace(parts.join(''));
}

/** Bullets of `markdown` whose text is not on the rendered page. */
export function findMissingBullets(markdown: string, html: string): SourceBullet[] {
  const text = pageText(html);
  return collectBullets(markdown).filter((bullet) => !text.includes(bullet.text));
}
