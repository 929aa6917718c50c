import type { RootContent } from 'mdast';
import type { MdxJsxFlowElement, MdxJsxTextElement } from 'mdast-util-mdx-jsx';
import { toString } from 'mdast-util-to-string';
import { visit } from 'unist-util-visit';
import { findOutcomes, labelKind, type OutcomeKind, type OutcomeOwner } from '../actions/index.ts';
import type { NameFinder } from '../people/name-finder.ts';
import { addBulletClass, jsxAttribute } from '../minutes/render.ts';
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
  };
  const headingKind = labelKind(section.heading);
  const headingNames: OutcomeOwner[] = finder
    .find(section.heading)
    .map((m) => ({ owner: m.person, ownerName: m.written }));
  // Open ancestors of the current bullet: their depth, names and the kind their label gives.
  const ancestors: Array<{ depth: number; names: OutcomeOwner[]; kind: OutcomeKind | undefined }> =
    [];

  for (const bullet of section.bullets) {
    while (ancestors.length > 0 && ancestors.at(-1)!.depth >= bullet.depth) ancestors.pop();
    const inherited =
      [...ancestors].reverse().find((ancestor) => ancestor.kind)?.kind ?? headingKind ?? undefined;
    const { outcomes, labelOnly } = findOutcomes(bullet.text, {
      finder,
      inherited,
      antecedents: [...ancestors.map((a) => a.names).reverse(), headingNames],
    });
    ancestors.push({
      depth: bullet.depth,
      names: finder.find(bullet.text).map((m) => ({ owner: m.person, ownerName: m.written })),
      kind: labelOnly,
    });
    for (const outcome of outcomes) record(facts, bullet, outcome);
  }
  collectComponents(section.nodes, finder, facts);
  return facts;
}

function record(
  facts: SectionFacts,
  bullet: Bullet,
  outcome: ReturnType<typeof findOutcomes>['outcomes'][number],
): void {
  addBulletClass(bullet.node, BULLET_CLASS[outcome.kind]);
  const line = bullet.line === undefined ? {} : { line: bullet.line };
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
      if (element.name === 'Decision') {
        facts.decisions.push({ text });
        return;
      }
      const ownerName = jsxAttribute(element, 'owner');
      const resolved = ownerName ? finder.resolveName(ownerName) : undefined;
      facts.actions.push({
        owner: resolved?.person ?? null,
        owners: resolved?.person ? [resolved.person] : [],
        ...(ownerName ? { ownerName } : {}),
        text,
      });
    });
  }
}
