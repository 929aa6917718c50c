import type { RootContent } from 'mdast';
import type { MdxJsxFlowElement, MdxJsxTextElement } from 'mdast-util-mdx-jsx';
import { toString } from 'mdast-util-to-string';
import { visit } from 'unist-util-visit';
import { extractAction, extractDecision, isActionLabel } from '../actions/index.ts';
import type { NameFinder } from '../people/name-finder.ts';
import { addBulletClass, jsxAttribute } from '../minutes/render.ts';
import type { ParsedSection } from '../minutes/sections.ts';

/** An action as found in a section, before it is tied to a meeting. */
export interface FoundAction {
  owner: string | null;
  owners: string[];
  ownerName?: string;
  text: string;
}

export interface SectionFacts {
  actions: FoundAction[];
  decisions: string[];
  /** Bullet texts that are decisions, so timelines do not list them twice. */
  decisionBullets: Set<string>;
}

const ownersOf = (owners: ReadonlyArray<{ owner: string | null }>) =>
  owners.flatMap((owner) => (owner.owner ? [owner.owner] : []));

/**
 * Finds the action items and decisions of one section and marks their bullets for the renderer.
 * A label bullet ("**Action Items:**", "Consensus:") makes its nested bullets actions or decisions;
 * an "Action Items" heading makes every bullet of the section one.
 */
export function findSectionFacts(section: ParsedSection, finder: NameFinder): SectionFacts {
  const facts: SectionFacts = { actions: [], decisions: [], decisionBullets: new Set() };
  const sectionIsActions = isActionLabel(section.heading);
  // Depth of the label bullet whose children inherit its kind, while we are below it.
  let actionLabelDepth: number | undefined;
  let decisionLabelDepth: number | undefined;

  for (const bullet of section.bullets) {
    if (actionLabelDepth !== undefined && bullet.depth <= actionLabelDepth)
      actionLabelDepth = undefined;
    if (decisionLabelDepth !== undefined && bullet.depth <= decisionLabelDepth)
      decisionLabelDepth = undefined;

    if (isActionLabel(bullet.text)) {
      actionLabelDepth = bullet.depth;
      continue;
    }
    const decision = extractDecision(bullet.text);
    if (decision?.labelOnly) {
      decisionLabelDepth = bullet.depth;
      continue;
    }
    if (decision || decisionLabelDepth !== undefined) {
      const text = decision?.text || bullet.text;
      facts.decisions.push(text);
      facts.decisionBullets.add(bullet.text);
      addBulletClass(bullet.node, 'is-decision');
      continue;
    }
    const labelled = sectionIsActions || actionLabelDepth !== undefined;
    const action = extractAction(labelled ? `Action: ${bullet.text}` : bullet.text, finder);
    if (action) {
      facts.actions.push({
        owner: action.owner,
        owners: ownersOf(action.owners),
        ...(action.ownerName ? { ownerName: action.ownerName } : {}),
        text: action.text,
      });
      addBulletClass(bullet.node, 'is-action');
    }
  }
  collectComponents(section.nodes, finder, facts);
  return facts;
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
        facts.decisions.push(text);
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
