import type { Heading, ListItem, Nodes, PhrasingContent, Root, RootContent } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { bodyNodes } from './parse.ts';
import { createAnchors } from '../urls.ts';

/** One bullet's own text (nested bullets are bullets of their own), with its line in the file. */
export interface Bullet {
  text: string;
  /**
   * The same text with inline code kept in backticks: the form the action and decision rules read,
   * so "fix the `__init__` path" is not taken for bold markup and stripped.
   */
  markup: string;
  line: number | undefined;
  /** 0 for a top-level bullet of the section, 1 for one nested under it, and so on. */
  depth: number;
  node: ListItem;
}

/** A discussion section: the `###` items under Topics, or `##` blocks where a file uses those. */
export interface ParsedSection {
  /** Stable id for `#anchor` links: the slug of the heading, de-duplicated within the meeting. */
  anchor: string;
  /** Heading as plain text, without the trailing colon minutes often put there. */
  heading: string;
  headingNodes: PhrasingContent[];
  depth: number;
  /** The `##` heading this section sits under, e.g. "Topics", when there is one. */
  group: string | undefined;
  /**
   * Anchor of the section a `####` subsection belongs to, so a table of contents can nest it;
   * undefined for a section of its own.
   */
  parent: string | undefined;
  /** Anchor of that group heading, so `#topics` links from the minutes themselves resolve. */
  groupAnchor?: string | undefined;
  /** 1-based line of the heading in the file. */
  line: number | undefined;
  /** Offset of the heading in the file: where the section starts. */
  start: number;
  /** The section's own content (a subsection's content is its own, not its parent's). */
  nodes: RootContent[];
  bullets: Bullet[];
}

export interface MeetingOutline {
  /** Content before the first heading, rendered above the sections. */
  preamble: RootContent[];
  sections: ParsedSection[];
}

/** Anchors the meeting page uses for itself; a section called "Attendees" must not collide with them. */
const reservedAnchors = [
  'main',
  'attendees',
  'outcomes',
  'minutes',
  'search',
  'top',
  'toc-heading',
];

function stripTrailingColon(text: string): string {
  return text.replace(/\s*:\s*$/, '').trim();
}

/** The heading's nodes with a trailing colon removed from its last text, so it renders as it reads. */
function headingWithoutColon(heading: Heading): PhrasingContent[] {
  const nodes = structuredClone(heading.children);
  let last = nodes.at(-1);
  // `### **Title:**` keeps the colon inside the strong node.
  while (last && 'children' in last && last.children.length > 0) last = last.children.at(-1);
  if (last?.type === 'text') last.value = last.value.replace(/\s*:\s*$/, '');
  return nodes;
}

/**
 * Plain text (inline code in backticks when `code`). A hard break (two trailing spaces, a backslash) is a
 * line ending: `toString` drops it and glues "pass.  ⏎ Ben" into "pass.Ben", one sentence.
 */
function plainText(node: Nodes, code: boolean): string {
  if (node.type === 'break') return '\n';
  if (node.type === 'image') return node.alt ?? '';
  if (code && node.type === 'inlineCode') return `\`${node.value}\``;
  if ('children' in node) return node.children.map((child) => plainText(child, code)).join('');
  return 'value' in node && typeof node.value === 'string' ? node.value : '';
}

export function collectBullets(nodes: readonly RootContent[]): Bullet[] {
  const bullets: Bullet[] = [];
  const walk = (node: RootContent | ListItem, depth: number) => {
    if (node.type === 'list') {
      for (const item of node.children) {
        const own = item.children.filter((child) => child.type !== 'list');
        const join = (toText: (node: Nodes) => string) =>
          own.map(toText).join(' ').replace(/\s+/g, ' ').trim();
        bullets.push({
          text: join((child) => plainText(child, false)),
          markup: join((child) => plainText(child, true)),
          line: item.position?.start.line,
          depth,
          node: item,
        });
        for (const child of item.children) walk(child, depth + 1);
      }
    } else if ('children' in node) {
      for (const child of node.children as RootContent[]) walk(child, depth);
    }
  };
  for (const node of nodes) walk(node, 0);
  return bullets;
}

/** Headings up to this depth open a section; `####` opens a subsection of the section above it. */
const subsectionDepth = 4;

/**
 * Splits a minutes file into sections. `##` and `###` headings both open a block; a `##` directly
 * followed by a `###` (like "Topics:") only groups the sections below it; a `####` opens a subsection
 * of the section it sits in. Reads the tree, never changes it.
 */
export function outlineMeeting(tree: Root): MeetingOutline {
  const nodes = bodyNodes(tree);
  const anchorOf = createAnchors(reservedAnchors);

  const preamble: RootContent[] = [];
  const sections: ParsedSection[] = [];
  let group: string | undefined;
  let groupAnchor: string | undefined;
  let current: ParsedSection | undefined;
  // The `##`/`###` section a `####` nests under.
  let outer: ParsedSection | undefined;

  const open = (heading: Heading) => {
    const text = stripTrailingColon(toString(heading)) || 'Untitled section';
    const parent = heading.depth === subsectionDepth ? outer?.anchor : undefined;
    current = {
      anchor: anchorOf(text),
      heading: text,
      headingNodes: headingWithoutColon(heading),
      depth: heading.depth,
      group,
      parent,
      groupAnchor,
      line: heading.position?.start.line,
      start: heading.position?.start.offset ?? 0,
      nodes: [],
      bullets: [],
    };
    if (heading.depth < subsectionDepth) outer = current;
    sections.push(current);
  };

  for (let index = 0; index < nodes.length; index++) {
    const node = nodes[index]!;
    if (node.type === 'heading' && node.depth <= subsectionDepth) {
      if (node.depth <= 2 && isGroupHeading(nodes, index)) {
        group = stripTrailingColon(toString(node));
        groupAnchor = anchorOf(group || 'Untitled group');
        current = undefined;
        outer = undefined;
        continue;
      }
      if (node.depth <= 2) {
        group = undefined;
        groupAnchor = undefined;
      }
      open(node);
      continue;
    }
    (current ? current.nodes : preamble).push(node);
  }
  for (const section of sections) section.bullets = collectBullets(section.nodes);
  return { preamble, sections };
}

/**
 * A `##` heading directly followed by a `###` only names a group of sections. One followed by
 * nothing is a section with nothing under it yet, kept so no heading of the minutes is lost.
 */
function isGroupHeading(nodes: readonly RootContent[], index: number): boolean {
  const next = nodes[index + 1];
  return next?.type === 'heading' && next.depth === 3;
}
