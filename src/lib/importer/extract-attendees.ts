import type { Heading, List, Paragraph, Root, RootContent } from 'mdast';
import type { Node } from 'unist';
import { normalizeWhitespace, readableText } from './mdast-text.ts';

export interface AttendeesResult {
  /** Names exactly as written, in order. */
  attendees: string[];
  /** False when the minutes have no attendee list at all. */
  found: boolean;
  /** 1-based line of the attendee heading or paragraph, when found. */
  line?: number;
  /** Content inside the section that is neither names nor a list of names, kept in the body. */
  keptNodes: number;
}

const attendeeHeading = /^(?:attendees|attendance|participants|present)\s*:?$/i;
const attendeeLead = /^(?:attendees|attendance|participants|present)\s*:\s*/i;

/**
 * Takes the attendee list out of the tree (it moves into frontmatter). Accepts `## Attendees:` followed by a
 * comma-separated paragraph or a bullet list, and an inline `Attendees: A, B` paragraph.
 * Anything in the section that is not a name list stays in the body so no text is lost.
 */
export function extractAttendees(tree: Root): AttendeesResult {
  const headingIndex = tree.children.findIndex(
    (node) =>
      node.type === 'heading' && attendeeHeading.test(normalizeWhitespace(readableText(node))),
  );
  if (headingIndex !== -1) return extractSection(tree, headingIndex);

  const paragraphIndex = tree.children.findIndex(
    (node) =>
      node.type === 'paragraph' && attendeeLead.test(normalizeWhitespace(readableText(node))),
  );
  if (paragraphIndex !== -1) {
    const paragraph = tree.children[paragraphIndex] as Paragraph;
    const text = readableText(paragraph).trim().replace(attendeeLead, '');
    tree.children.splice(paragraphIndex, 1);
    return withLine({ attendees: splitNames(text), found: true, keptNodes: 0 }, paragraph);
  }

  return { attendees: [], found: false, keptNodes: 0 };
}

function extractSection(tree: Root, headingIndex: number): AttendeesResult {
  const heading = tree.children[headingIndex] as Heading;
  let end = headingIndex + 1;
  while (end < tree.children.length && !endsSection(tree.children[end], heading.depth)) end += 1;

  const section = tree.children.slice(headingIndex + 1, end);
  const attendees: string[] = [];
  const kept: RootContent[] = [];
  const comments: RootContent[] = [];
  for (const node of section) {
    if (node.type === 'paragraph') attendees.push(...splitNames(readableText(node)));
    else if (node.type === 'list') attendees.push(...namesFromList(node));
    else if (node.type === 'html' && /^<!--[\s\S]*-->$/.test(node.value.trim()))
      comments.push(node);
    else kept.push(node);
  }
  // Visible leftovers keep the heading for context; invisible comments need none.
  const replacement = kept.length > 0 ? [heading, ...comments, ...kept] : comments;
  tree.children.splice(headingIndex, end - headingIndex, ...replacement);
  return withLine({ attendees, found: true, keptNodes: kept.length }, heading);
}

function endsSection(node: RootContent | undefined, depth: number): boolean {
  return node?.type === 'heading' && node.depth <= depth;
}

function namesFromList(list: List): string[] {
  return list.children.flatMap((item) => {
    const own = normalizeWhitespace(readableText(item, { skipLists: true }));
    const nested = item.children
      .filter((child): child is List => child.type === 'list')
      .flatMap(namesFromList);
    return own ? [own, ...nested] : nested;
  });
}

/** Comma- or line-separated names; each name kept exactly as written apart from surrounding whitespace. */
function splitNames(text: string): string[] {
  return text
    .split(/[,\n]/)
    .map((name) => normalizeWhitespace(name))
    .filter((name) => name !== '');
}

function withLine(result: AttendeesResult, node: Node): AttendeesResult {
  const line = node.position?.start.line;
  return line === undefined ? result : { ...result, line };
}
