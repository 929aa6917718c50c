import type { ListItem, Paragraph, RootContent, Table, TableCell } from 'mdast';
import type { MdxJsxFlowElement, MdxJsxTextElement } from 'mdast-util-mdx-jsx';
import { toString } from 'mdast-util-to-string';
import {
  findOutcomes,
  labelKind,
  OWNER_COLUMN_WORDS,
  pollCarried,
  TASK_COLUMN_WORDS,
  type OutcomeKind,
  type OutcomeOwner,
} from '../actions/index.ts';
import type { NameFinder } from '../people/name-finder.ts';
import { eachNode } from '../minutes/each-node.ts';
import { jsxAttribute } from '../minutes/render.ts';
import type { Bullet, ParsedSection } from '../minutes/sections.ts';
import { lineAt, sourceLines, type SourceLine } from '../minutes/source-lines.ts';

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
  const ancestors: Array<{
    depth: number;
    names: OutcomeOwner[];
    kind: OutcomeKind | undefined;
    suggests: boolean;
  }> = [];
  let previous: OutcomeOwner[] = [];

  const list = carriers(section);
  for (const bullet of list) {
    if (bullet.node.type === 'table') {
      // A table closes the lists before it; a label paragraph right before it still gives its kind.
      const label = ancestors.at(-1)?.depth === -1 ? ancestors.at(-1)?.kind : undefined;
      ancestors.length = 0;
      readTable(bullet.node, label ?? headingKind ?? undefined, finder, headingNames, facts);
      continue;
    }
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
      ...(ancestors.at(-1)?.suggests ? { detailsSuggestion: true } : {}),
      previous,
      heading: headingNames,
    });
    const names = finder.find(bullet.text).map((m) => ({ owner: m.person, ownerName: m.written }));
    // A paragraph that is only a label ("**Action items:**", "Next steps:") gives the list right after
    // it its kind, as a label bullet gives its children: it stands above the list's top level.
    ancestors.push({
      depth: prose && labelOnly ? -1 : bullet.depth,
      names,
      kind: labelOnly,
      suggests: outcomes.some((outcome) => outcome.kind === 'suggestion'),
    });
    previous = names;
    // An `<Action>` or `<Decision>` in the bullet states its outcome (collectComponents); the sentence
    // rules must not find it a second time.
    if (holdsComponent(bullet.node)) continue;
    for (const outcome of outcomes) record(facts, bullet, outcome);
  }
  pollsCarriedByCounts(list, facts);
  collectComponents(section.nodes, finder, facts);
  return facts;
}

/** A poll's own line: "Poll: move the loader to phase 3", "Phase 1 poll: streaming decoder" (not a straw poll's). */
const POLL_LINE_RE = /^(?!(?:straw|informal)\b)(?:[\p{L}\d-]+\s+){0,3}?poll\b[^:：]{0,40}[:：]/iu;

/**
 * A poll whose notes give only its counts ("SF: 11", "F: 17" … on the lines after it, or a table): when the
 * counts carry it and no line up to the next poll states the outcome ("Poll passes"), the poll's own line
 * is the decision, as the labelling guide puts it.
 */
function pollsCarriedByCounts(list: readonly Carrier[], facts: SectionFacts): void {
  for (const [at, carrier] of list.entries()) {
    const start = carrier.line;
    if (start === undefined || carrier.node.type === 'table') continue;
    if (!POLL_LINE_RE.test(carrier.text.trim())) continue;
    const next = list.findIndex(
      (other, k) => k > at && other.node.type !== 'table' && POLL_LINE_RE.test(other.text.trim()),
    );
    const counts = list
      .slice(at + 1, next < 0 ? undefined : next)
      .slice(0, 8)
      .map(countsText)
      .join(' ');
    if (!pollCarried(counts)) continue;
    const end = next < 0 ? Infinity : (list[next]!.line ?? Infinity);
    if (facts.decisions.some((d) => d.line !== undefined && d.line >= start && d.line < end))
      continue;
    record(facts, carrier, { kind: 'decision', owners: [], group: true, text: carrier.text });
  }
}

/** A carrier's text for counting votes; a table's as "SF 11 F 17 …" (header beside the first row). */
function countsText(carrier: Carrier): string {
  if (carrier.node.type !== 'table') return carrier.text;
  const [head, ...rows] = carrier.node.children;
  const header = head?.children.map(cellText) ?? [];
  if (header.length >= 4 && rows[0])
    return header.map((name, i) => `${name} ${cellText(rows[0]!.children[i])}`).join(' ');
  return carrier.node.children.map((row) => row.children.map(cellText).join(' ')).join(' ');
}

/** A bullet, or a line of a paragraph of the section's own (minutes in prose record outcomes too). */
interface Carrier extends Omit<Bullet, 'node'> {
  node: Bullet['node'] | Paragraph | Table;
  /**
   * Its text by the file lines it stands on, to tell on which line of a long bullet a sentence starts
   * (continuation lines, a second paragraph, a hard break).
   */
  lines: SourceLine[];
}

/** The section's bullets and the lines of its top-level paragraphs, in document order. */
function carriers(section: ParsedSection): Carrier[] {
  const bullets: Carrier[] = section.bullets.map((bullet) => ({
    ...bullet,
    lines: sourceLines(bullet.node.children.filter((child) => child.type !== 'list')),
  }));
  // Each line of a paragraph is read on its own: prose minutes put one statement on a line.
  const lines: Carrier[] = section.nodes.flatMap((node) =>
    node.type === 'paragraph'
      ? sourceLines([node]).map((entry) => ({
          text: entry.text,
          markup: entry.text,
          lines: [entry],
          line: entry.line,
          depth: 0,
          node,
        }))
      : [],
  );
  const tables: Carrier[] = section.nodes.flatMap((node) =>
    node.type === 'table'
      ? [{ text: '', markup: '', lines: [], line: node.position?.start.line, depth: 0, node }]
      : [],
  );
  if (lines.length === 0 && tables.length === 0) return bullets;
  return [...bullets, ...lines, ...tables].sort((a, b) => (a.line ?? 0) - (b.line ?? 0));
}

/** The line of `carrier` on which `sentence` starts (its first words, found in its lines). */
function lineOf(carrier: Carrier, sentence: string): number | undefined {
  if (carrier.line === undefined) return undefined;
  return lineAt(carrier.lines, sentence) ?? carrier.line;
}

function record(
  facts: SectionFacts,
  bullet: Carrier,
  outcome: ReturnType<typeof findOutcomes>['outcomes'][number],
): void {
  if (bullet.node.type !== 'table')
    facts.bulletClasses.set(bullet.node, BULLET_CLASS[outcome.kind]);
  const at = lineOf(bullet, outcome.from ?? outcome.text);
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

const cellText = (cell: TableCell | undefined) =>
  cell ? toString(cell).replace(/\s+/gu, ' ').trim() : '';

/** The index of the header cell one of whose words is in `words`, or -1. */
function columnOf(header: readonly TableCell[], words: ReadonlySet<string>): number {
  return header.findIndex((cell) =>
    cellText(cell)
      .toLowerCase()
      .split(/[^\p{L}]+/u)
      .some((word) => words.has(word)),
  );
}

/**
 * A GFM table. One with an owner column ("Owner", "Assignee", "Who") and a task column ("Task", "Action
 * item") is a table of action items, and so is one with an owner column under an action-items heading or
 * label: each row is a commitment of the owner cell's people (none named: the group's). Any other table is
 * read cell by cell, each cell's sentences as a bullet's, so nothing in a table goes unread.
 */
function readTable(
  table: Table,
  inherited: OutcomeKind | undefined,
  finder: NameFinder,
  heading: OutcomeOwner[],
  facts: SectionFacts,
): void {
  const [head, ...rows] = table.children;
  const header = head?.children ?? [];
  const ownerColumn = columnOf(header, OWNER_COLUMN_WORDS);
  let taskColumn = columnOf(header, TASK_COLUMN_WORDS);
  if (ownerColumn >= 0 && taskColumn < 0 && inherited === 'commitment')
    taskColumn = header.findIndex((_, at) => at !== ownerColumn);
  const actionTable = ownerColumn >= 0 && taskColumn >= 0 && ownerColumn !== taskColumn;
  for (const row of rows) {
    const line = row.position?.start.line;
    const at = line === undefined ? {} : { line };
    if (actionTable) {
      const text = cellText(row.children[taskColumn]);
      if (text === '') continue;
      const owners = finder
        .find(cellText(row.children[ownerColumn]))
        .map((m) => ({ owner: m.person, ownerName: m.written }));
      const first = owners[0];
      facts.actions.push({
        owner: first?.owner ?? null,
        owners: ownersOf(owners),
        ...(first ? { ownerName: first.ownerName } : {}),
        ...(owners.length === 0 ? { group: true as const } : {}),
        text,
        ...at,
      });
      continue;
    }
    for (const cell of row.children) {
      const text = cellText(cell);
      if (text === '') continue;
      const carrier: Carrier = { text, markup: text, lines: [], depth: 0, node: table, line };
      const { outcomes } = findOutcomes(text, { finder, inherited, heading });
      for (const outcome of outcomes) record(facts, carrier, outcome);
    }
  }
}

/** Whether the bullet's own content (not its nested lists) holds an `<Action>` or `<Decision>`. */
function holdsComponent(node: ListItem | Paragraph): boolean {
  let found = false;
  const own = node.type === 'listItem' ? node.children.filter((c) => c.type !== 'list') : [node];
  for (const part of own)
    eachNode(part, (child) => {
      if (
        (child.type === 'mdxJsxFlowElement' || child.type === 'mdxJsxTextElement') &&
        (child.name === 'Action' || child.name === 'Decision')
      )
        found = true;
    });
  return found;
}

/** `<Action owner="…">` and `<Decision>` state what the sentence rules would otherwise have to guess. */
function collectComponents(
  nodes: readonly RootContent[],
  finder: NameFinder,
  facts: SectionFacts,
): void {
  for (const root of nodes) {
    eachNode(root, (node) => {
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
