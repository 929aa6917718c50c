import type { Heading, List, ListItem, Paragraph, PhrasingContent, Root, RootContent } from 'mdast';
import type { Node } from 'unist';
import { attendeeNotAName } from '../people/people-index.ts';
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
  /** Entries of the list that are not names (a sentence, a URL…): kept in the body, never attendees. */
  notNames: { text: string; why: string; line?: number | undefined }[];
}

// The usual words for an attendee list, at any heading level, optionally with a note: "Attendees (alphabetical)".
const attendeeWords = String.raw`(?:attendees|attendance|participants|present|people\s+present|members\s+present|roll[\s-]*call|in\s+attendance)`;
const attendeeHeading = new RegExp(String.raw`^${attendeeWords}\s*(?:\([^()]*\))?\s*:?$`, 'i');
/** True for a heading that names an attendee list ("Present", "Attendees:", "Roll call"). */
export function isAttendeeHeading(text: string): boolean {
  return attendeeHeading.test(normalizeWhitespace(text));
}
const attendeeLead = new RegExp(String.raw`^${attendeeWords}\s*:\s*`, 'i');

/**
 * Takes the attendee list out of the tree (it moves into frontmatter): the first heading named like an
 * attendee list (any level) and ONLY the names directly under it, up to the next heading of any level, so a
 * subsection is never read as people; or an inline `Attendees: A, B` paragraph. Entries that are not names
 * (sentences, URLs, agenda items that continue the same Markdown list) stay in the body, so no text is lost.
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
    const text = attendeeText(paragraph).trim().replace(attendeeLead, '');
    const names = splitNames(text);
    if (names.every((name) => whyNotAName(name) === undefined)) {
      tree.children.splice(paragraphIndex, 1);
      return withLine({ attendees: names, found: true, keptNodes: 0, notNames: [] }, paragraph);
    }
  }

  return { attendees: [], found: false, keptNodes: 0, notNames: [] };
}

function extractSection(tree: Root, headingIndex: number): AttendeesResult {
  const heading = tree.children[headingIndex] as Heading;
  let end = headingIndex + 1;
  while (end < tree.children.length && tree.children[end]?.type !== 'heading') end += 1;

  const section = tree.children.slice(headingIndex + 1, end);
  const attendees: string[] = [];
  const kept: RootContent[] = [];
  const comments: RootContent[] = [];
  const notNames: AttendeesResult['notNames'] = [];
  for (const node of section) {
    if (node.type === 'paragraph') {
      const names = splitNames(attendeeText(node));
      if (names.length > 0 && names.every((name) => whyNotAName(name) === undefined))
        attendees.push(...names);
      else {
        kept.push(node);
        notNames.push(notAName(readableText(node), node));
      }
    } else if (node.type === 'list') {
      const split = splitList(node);
      attendees.push(...split.names);
      notNames.push(...split.notNames);
      if (split.rest) kept.push(split.rest);
    } else if (node.type === 'html' && /^<!--[\s\S]*-->$/.test(node.value.trim()))
      comments.push(node);
    else kept.push(node);
  }
  // Visible leftovers keep the heading for context; invisible comments need none.
  const replacement = kept.length > 0 ? [heading, ...comments, ...kept] : comments;
  tree.children.splice(headingIndex, end - headingIndex, ...replacement);
  return withLine({ attendees, found: true, keptNodes: kept.length, notNames }, heading);
}

/**
 * The names of a list, and what of it stays in the body. A Markdown list goes on across blank lines, so an
 * attendee list may run straight into agenda items: once names were taken, they end at the first entry that
 * is not a name and either has a list of its own or is followed by another non-name. Any other odd entry
 * (a group label before the names, a lone remark among them) stays in the body and is reported.
 */
function splitList(list: List): {
  names: string[];
  notNames: AttendeesResult['notNames'];
  rest?: List;
} {
  const names: string[] = [];
  const notNames: AttendeesResult['notNames'] = [];
  const rest: ListItem[] = [];
  const items = list.children;
  const why = items.map((item) => itemProblem(item));
  let ended = false;
  items.forEach((item, at) => {
    const problem = why[at];
    if (ended || problem !== undefined) {
      const endsNames =
        names.length > 0 &&
        (hasOwnList(item) || (at + 1 < items.length && why[at + 1] !== undefined));
      if (!ended && endsNames) ended = true;
      else if (!ended) notNames.push(notAName(readableText(item, { skipLists: true }), item));
      rest.push(item);
      return;
    }
    const name = itemName(item);
    if (name !== '') names.push(name);
  });
  return rest.length > 0
    ? { names, notNames, rest: { ...list, children: rest } }
    : { names, notNames };
}

function hasOwnList(item: ListItem): boolean {
  return item.children.some((child) => child.type === 'list');
}

function itemProblem(item: ListItem): string | undefined {
  if (item.children.some((child) => child.type !== 'paragraph')) return 'it holds more than a name';
  // An empty bullet holds nothing to keep or to resolve.
  return whyNotAName(itemName(item));
}

function itemName(item: ListItem): string {
  return normalizeWhitespace(item.children.map((child) => attendeeText(child)).join(' '));
}

/**
 * The entry as written, with the one thing `readableText` drops that says who someone is: a link's target
 * (`[Ada](mailto:ada@example.org)` → `Ada <ada@example.org>`, a GitHub profile → `Ada (@ada)`).
 */
function attendeeText(node: RootContent | PhrasingContent): string {
  if (node.type === 'link') {
    const label = normalizeWhitespace(readableText(node));
    const mail = /^mailto:(.+)$/i.exec(node.url);
    const profile = /^https?:\/\/(?:www\.)?github\.com\/([A-Za-z0-9-]+)\/?$/i.exec(node.url);
    if (mail) return label === mail[1] ? `<${label}>` : `${label} <${mail[1]}>`;
    if (profile)
      return label.replace(/^@/, '') === profile[1]
        ? `@${profile[1]}`
        : `${label} (@${profile[1]})`;
    return label === node.url ? `<${label}>` : `${label} <${node.url}>`;
  }
  if (node.type === 'break') return '\n';
  if ('children' in node)
    return (node.children as PhrasingContent[]).map((child) => attendeeText(child)).join('');
  return readableText(node);
}

function whyNotAName(entry: string): string | undefined {
  return entry.trim() === '' ? undefined : attendeeNotAName(entry);
}

function notAName(text: string, node: Node): AttendeesResult['notNames'][number] {
  const shown = normalizeWhitespace(text);
  return {
    text: shown.length > 60 ? `${shown.slice(0, 57)}…` : shown,
    why: whyNotAName(shown) ?? 'it holds more than a name',
    line: node.position?.start.line,
  };
}

/** Comma- or line-separated names; each name kept exactly as written apart from surrounding whitespace. */
function splitNames(text: string): string[] {
  return text
    .split(/,(?![^()]*\))|\n/)
    .map((name) => normalizeWhitespace(name).replace(/^(?:and|&)\s+/i, ''))
    .filter((name) => name !== '');
}

function withLine(result: AttendeesResult, node: Node): AttendeesResult {
  const line = node.position?.start.line;
  return line === undefined ? result : { ...result, line };
}
