/**
 * Action items: bullets that commit someone to future work.
 *
 * API
 * - `extractAction(text, finder)` → `ExtractedAction | null` for ONE bullet's text (Markdown allowed; bold,
 *   italics and code marks are ignored). The bullet is split into sentences; the first sentence that commits
 *   someone is the action:
 *     "<Owner> will …" (not "will be …", "will not …"), "<Owner> to …", "<Owner> agreed/volunteered/offered/
 *     committed/promised/plans/is going/took the action to …", where <Owner> is one or more names the finder
 *     recognises ("Stefano and Oliver will …", "Tom Lendacky (AMD) will …").
 *   A label ("Action Item:", "Action:", "AI:", "TODO:", "Next step:") makes the rest an action even without a
 *   recognised owner (owner null). Reports ("X merged …", "X suggested …") are not actions.
 *   `owner` is the first owner; `owners` lists every named owner so the caller can put the item on each
 *   person's page. `ownerName` is the owner as written. `text` is the committing sentence (label removed).
 * - `isActionLabel(text)`: the bullet or heading is only a label ("**Action Items:**"); its children are actions.
 * - `stripInlineMarkdown(text)`: the plain text the rules look at.
 */
import type { NameFinder, NameMatch } from '../people/name-finder.ts';

export interface ActionOwner {
  owner: string | null;
  ownerName: string;
}

export interface ExtractedAction {
  owner: string | null;
  ownerName?: string;
  owners: ActionOwner[];
  text: string;
}

const LABEL_RE =
  /^(?:action\s+items?|actions?|ai|todo|to-?do|next\s+steps?|follow[- ]?ups?)\s*(?:\([^)]*\))?\s*[:：-]\s*/iu;
const LABEL_ONLY_RE =
  /^(?:action\s+items?|actions?|todos?|to-?dos?|next\s+steps?|follow[- ]?ups?)\s*:?\s*$/iu;

// What follows the owner(s) for the sentence to be a commitment.
const COMMITMENT_RE =
  /^(?:,?\s*(?:will|shall|'ll)\s+(?!be\b|not\b|no\b|never\b|also\s+be\b|likely\b|probably\b|have\b|need\b|remain\b)(?:also\s+)?\p{L}|\s+to\s+\p{L}|\s+(?:has\s+|have\s+)?(?:agreed|volunteered|offered|committed|promised|plans?|planned|intends?|is\s+going|are\s+going|is\s+planning|are\s+planning|took\s+(?:an?|the)\s+action(?:\s+item)?)\s+to\s+\p{L})/iu;

const PRONOUN_OWNER_RE = /^(?:he|she)\b/iu;

export function stripInlineMarkdown(text: string): string {
  return text
    .replace(/!?\[([^\]]*)\]\([^)]*\)/gu, '$1')
    .replace(/(\*\*|__)(.+?)\1/gu, '$2')
    .replace(/(?<![\p{L}\p{N}])[*_](?=\S)(.+?)(?<=\S)[*_](?![\p{L}\p{N}])/gu, '$1')
    .replace(/`([^`]*)`/gu, '$1')
    .replace(/\s+/gu, ' ')
    .trim();
}

/** Splits on sentence ends, but not after "e.g."-style abbreviations or initials. */
export function splitSentences(text: string): string[] {
  const parts: string[] = [];
  let start = 0;
  const re = /[.!?;]\s+(?=[\p{Lu}"“(])/gu;
  for (const m of text.matchAll(re)) {
    const before = text.slice(start, m.index + 1);
    if (/(?:\b(?:e\.g|i\.e|etc|vs|approx|incl|cf)|\b\p{Lu})\.$/u.test(before)) continue;
    parts.push(before.trim());
    start = m.index + m[0].length;
  }
  const rest = text.slice(start).trim();
  if (rest) parts.push(rest);
  return parts;
}

export function isActionLabel(text: string): boolean {
  return LABEL_ONLY_RE.test(stripInlineMarkdown(text));
}

/** Owners at the very start of `sentence`: names joined by ",", "and", "&"; returns them and where they end. */
function leadingOwners(sentence: string, finder: NameFinder): { owners: NameMatch[]; end: number } {
  const names = finder.find(sentence);
  const owners: NameMatch[] = [];
  let end = 0;
  for (const name of names) {
    const gap = sentence.slice(end, name.start);
    const allowed =
      owners.length === 0 ? /^\s*$/u : /^\s*(?:\([^)]*\)\s*)?(?:,\s*(?:and\s+)?|and\s+|&\s*)$/u;
    if (!allowed.test(gap)) break;
    owners.push(name);
    end = name.end;
  }
  // "Tom Lendacky (AMD) will …", "Adam (Google) to …"
  const role = /^\s*\([^)]*\)/u.exec(sentence.slice(end));
  if (owners.length > 0 && role) end += role[0].length;
  return { owners, end };
}

function toOwner(match: NameMatch): ActionOwner {
  return { owner: match.person, ownerName: match.written };
}

export function extractAction(text: string, finder: NameFinder): ExtractedAction | null {
  const plain = stripInlineMarkdown(text);
  const label = LABEL_RE.exec(plain);
  if (label) {
    const rest = plain.slice(label[0].length).trim();
    if (!rest) return null;
    const { owners } = leadingOwners(rest, finder);
    const list = owners.map(toOwner);
    const first = list[0];
    return first
      ? { owner: first.owner, ownerName: first.ownerName, owners: list, text: rest }
      : { owner: null, owners: [], text: rest };
  }
  for (const sentence of splitSentences(plain)) {
    const { owners, end } = leadingOwners(sentence, finder);
    if (owners.length === 0) {
      if (
        PRONOUN_OWNER_RE.test(sentence) &&
        COMMITMENT_RE.test(sentence.replace(PRONOUN_OWNER_RE, ''))
      ) {
        return { owner: null, owners: [], text: sentence };
      }
      continue;
    }
    if (!COMMITMENT_RE.test(sentence.slice(end))) continue;
    const list = owners.map(toOwner);
    const first = list[0];
    if (!first) continue;
    return { owner: first.owner, ownerName: first.ownerName, owners: list, text: sentence };
  }
  return null;
}
