import GithubSlugger from 'github-slugger';
import type { Heading, ListItem, PhrasingContent, Root, RootContent } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { bodyNodes } from './parse.ts';

/** One bullet's own text (nested bullets are bullets of their own), with its line in the file. */
export interface Bullet {
  text: string;
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
  line: number | undefined;
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

export function stripTrailingColon(text: string): string {
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

export function collectBullets(nodes: readonly RootContent[]): Bullet[] {
  const bullets: Bullet[] = [];
  const walk = (node: RootContent | ListItem, depth: number) => {
    if (node.type === 'list') {
      for (const item of node.children) {
        const own = item.children.filter((child) => child.type !== 'list');
        bullets.push({
          text: own
            .map((child) => toString(child))
            .join(' ')
            .replace(/\s+/g, ' ')
            .trim(),
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

/**
 * Splits a minutes body into sections. `##` and `###` headings both open a block; a `##` whose block
 * holds nothing before the next `###` (like "Topics:") only groups the sections below it.
 */
export function outlineMeeting(tree: Root): MeetingOutline {
  const nodes = bodyNodes(tree);
  const slugger = new GithubSlugger();
  for (const reserved of reservedAnchors) slugger.slug(reserved);

  const preamble: RootContent[] = [];
  const sections: ParsedSection[] = [];
  let group: string | undefined;
  let current: ParsedSection | undefined;

  const open = (heading: Heading) => {
    const text = stripTrailingColon(toString(heading)) || 'Untitled section';
    current = {
      anchor: slugger.slug(text),
      heading: text,
      headingNodes: headingWithoutColon(heading),
      depth: heading.depth,
      group,
      line: heading.position?.start.line,
      nodes: [],
      bullets: [],
    };
    sections.push(current);
  };

  for (let index = 0; index < nodes.length; index++) {
    const node = nodes[index]!;
    if (node.type === 'heading' && node.depth <= 3) {
      if (node.depth <= 2 && isGroupHeading(nodes, index)) {
        group = stripTrailingColon(toString(node));
        current = undefined;
        continue;
      }
      if (node.depth <= 2) group = undefined;
      open(node);
      continue;
    }
    (current ? current.nodes : preamble).push(node);
  }
  for (const section of sections) section.bullets = collectBullets(section.nodes);
  return { preamble, sections };
}

/** A `##` heading directly followed by a `###` (or nothing) only names a group of sections. */
function isGroupHeading(nodes: readonly RootContent[], index: number): boolean {
  for (let next = index + 1; next < nodes.length; next++) {
    const node = nodes[next]!;
    if (node.type === 'heading') return node.depth === 3;
    return false;
  }
  return true;
}
