import type { ListItem, Paragraph, RootContent } from 'mdast';
import type { MdxJsxFlowElement, MdxJsxTextElement } from 'mdast-util-mdx-jsx';
import { toString } from 'mdast-util-to-string';
import { visit } from 'unist-util-visit';
import { findOutcomes, labelKind, type OutcomeKind, type OutcomeOwner } from '../actions/index.ts';
import type { NameFinder } from '../people/name-finder.ts';
import { jsxAttribute } from '../minutes/render.ts';
import type { Bullet, ParsedSection } from '../minutes/sections.ts';

/** A commitment or suggestion as found in a section, before it is tied to a meeting. */
export interface FoundAction {
  owner: string | null;
  owners: string[];
  ownerName?: string;
  /** A commitment of the whole group ("The team will …"). */
  group?: true;
  text: string;
  /** Line of the bullet in the file. */
  line?: number;
}

export interface FoundDecision {
  text: string;
  line?: number;
}

export interface SectionFacts {
  actions: FoundAction[];
  suggestions: FoundAction[];
  decisions: FoundDecision[];
  /** Bullet texts that are decisions, so timelines do not list them twice. */
  decisionBullets: Set<string>;
  /** How the renderer marks each bullet (or paragraph) that is an outcome; the tree is left as it is. */
  bulletClasses: Map<ListItem | Paragraph, string>;
}

const ownersOf = (owners: ReadonlyArray<{ owner: string | null }>) => [
  ...new Set(owners.flatMap((owner) => (owner.owner ? [owner.owner] : []))),
];

const BULLET_CLASS: Record<OutcomeKind, string> = {
  commitment: 'is-action',
  decision: 'is-decision',
  suggestion: 'is-suggestion',
};

/**
 * Finds the commitments, suggestions and decisions of one section and marks their bullets for the
 * renderer. A label bullet ("**Action Items:**", "Consensus:") gives its nested bullets its kind; a heading
 * such as "Action Items" gives it to every bullet of the section. A pronoun is resolved against the bullet,
 * then its parent bullets, then the heading (see `findOutcomes`).
 */
export function findSectionFacts(section: ParsedSection, finder: NameFinder): SectionFacts {
  const facts: SectionFacts = {
    actions: [],
    suggestions: [],
    decisions: [],
    decisionBullets: new Set(),
    bulletClasses: new Map(),
  };
  const headingKind = labelKind(section.heading);
  const headingNames: OutcomeOwner[] = finder
    .find(section.heading)
    .map((m) => ({ owner: m.person, ownerName: m.written }));
  // Open ancestors of the current bullet: their depth, names and the kind their label gives.
  const ancestors: Array<{ depth: number; names: OutcomeOwner[]; kind: OutcomeKind | undefined }> =
    [];
  let previous: OutcomeOwner[] = [];

  for (const bullet of carriers(section)) {
    const prose = bullet.node.type === 'paragraph';
    // A paragraph stands outside every list: it closes the lists before it.
    while (ancestors.length > 0 && (prose || ancestors.at(-1)!.depth >= bullet.depth))
      ancestors.pop();
    const inherited =
      [...ancestors].reverse().find((ancestor) => ancestor.kind)?.kind ?? headingKind ?? undefined;
    const { outcomes, labelOnly } = findOutcomes(bullet.markup, {
      finder,
      inherited,
      parents: ancestors.map((a) => a.names).reverse(),
      previous,
      heading: headingNames,
    });
    const names = finder.find(bullet.text).map((m) => ({ owner: m.person, ownerName: m.written }));
    // A paragraph that is only a label ("**Action items:**", "Next steps:") gives the list right after
    // it its kind, as a label bullet gives its children: it stands above the list's top level.
    ancestors.push({ depth: prose && labelOnly ? -1 : bullet.depth, names, kind: labelOnly });
    previous = names;
    for (const outcome of outcomes) record(facts, bullet, outcome);
  }
  collectComponents(section.nodes, finder, facts);
  return facts;
}

/** A bullet, or a line of a paragraph of the section's own (minutes in prose record outcomes too). */
interface Carrier extends Omit<Bullet, 'node'> {
  node: Bullet['node'] | Paragraph;
  /** The text with its line breaks, to tell on which line of a long bullet a sentence stands. */
  raw: string;
}

/** The section's bullets and the lines of its top-level paragraphs, in document order. */
function carriers(section: ParsedSection): Carrier[] {
  const bullets: Carrier[] = section.bullets.map((bullet) => ({
    ...bullet,
    raw: bullet.node.children
      .filter((child) => child.type !== 'list')
      .map((child) => toString(child))
      .join('\n'),
  }));
  const lines: Carrier[] = section.nodes.flatMap((node) => {
    if (node.type !== 'paragraph') return [];
    const first = node.position?.start.line;
    // Each line of a paragraph is read on its own: prose minutes put one statement on a line.
    return toString(node)
      .split('\n')
      .flatMap((text, at) =>
        text.trim() === ''
          ? []
          : [
              {
                text: text.replace(/\s+/gu, ' ').trim(),
                markup: text.replace(/\s+/gu, ' ').trim(),
                raw: text,
                line: first === undefined ? undefined : first + at,
                depth: 0,
                node,
              },
            ],
      );
  });
  if (lines.length === 0) return bullets;
  return [...bullets, ...lines].sort((a, b) => (a.line ?? 0) - (b.line ?? 0));
}

/** The line of `carrier` on which `sentence` starts (its first words, found in the raw text). */
function lineOf(carrier: Carrier, sentence: string): number | undefined {
  if (carrier.line === undefined) return undefined;
  const words = sentence.split(/\s+/u).slice(0, 4);
  const lines = carrier.raw.split('\n');
  if (lines.length < 2 || words.length === 0) return carrier.line;
  const flat = lines.map((l) => l.replace(/\s+/gu, ' ').trim());
  const joined = flat.join(' ');
  const at = joined.indexOf(words.join(' '));
  if (at < 0) return carrier.line;
  let seen = 0;
  for (const [i, line] of flat.entries()) {
    seen += line.length + 1;
    if (at < seen) return carrier.line + i;
  }
  return carrier.line;
}

function record(
  facts: SectionFacts,
  bullet: Carrier,
  outcome: ReturnType<typeof findOutcomes>['outcomes'][number],
): void {
  facts.bulletClasses.set(bullet.node, BULLET_CLASS[outcome.kind]);
  const at = lineOf(bullet, outcome.text);
  const line = at === undefined ? {} : { line: at };
  if (outcome.kind === 'decision') {
    facts.decisions.push({ text: outcome.text || bullet.text, ...line });
    facts.decisionBullets.add(bullet.text);
    return;
  }
  const first = outcome.owners[0];
  const found: FoundAction = {
    owner: first?.owner ?? null,
    owners: ownersOf(outcome.owners),
    ...(first ? { ownerName: first.ownerName } : {}),
    ...(outcome.group ? { group: true as const } : {}),
    text: outcome.text,
    ...line,
  };
  (outcome.kind === 'commitment' ? facts.actions : facts.suggestions).push(found);
}

/** `<Action owner="…">` and `<Decision>` state what the sentence rules would otherwise have to guess. */
function collectComponents(
  nodes: readonly RootContent[],
  finder: NameFinder,
  facts: SectionFacts,
): void {
  for (const root of nodes) {
    visit(root, (node) => {
      if (node.type !== 'mdxJsxFlowElement' && node.type !== 'mdxJsxTextElement') return;
      const element: MdxJsxFlowElement | MdxJsxTextElement = node;
      const text = toString(element).replace(/\s+/g, ' ').trim();
      const at = element.position?.start.line;
      const line = at === undefined ? {} : { line: at };
      if (element.name === 'Decision') {
        facts.decisions.push({ text, ...line });
        return;
      }
      const ownerName = jsxAttribute(element, 'owner');
      const resolved = ownerName ? finder.resolveName(ownerName) : undefined;
      facts.actions.push({
        owner: resolved?.person ?? null,
        owners: resolved?.person ? [resolved.person] : [],
        ...(ownerName ? { ownerName } : {}),
        text,
        ...line,
      });
    });
  }
}
