/**
 * Action items: bullets that commit someone to future work. The rules live in `outcomes.ts`; this is the
 * one-bullet view of them.
 *
 * API
 * - `extractAction(text, finder, context?)` → `ExtractedAction | null` for ONE bullet's text (Markdown
 *   allowed): its first commitment. `owner` is the first owner; `owners` lists every named owner so the
 *   caller can put the item on each person's page; `ownerName` is the owner as written; `group` marks a
 *   commitment of the whole group ("The team will …"); `text` is the committing sentence (or, under an
 *   action label, the bullet without its label).
 * - `isActionLabel(text)`: the bullet or heading is only a label ("**Action Items:**"); its children are actions.
 * - `splitSentences(text)`: sentence boundaries (compromise's), as strings.
 */
import type { NameFinder } from '../people/name-finder.ts';
import { labelKind } from './cues.ts';
import { stripInlineMarkdown } from './markdown-text.ts';
import { findOutcomes, type BulletContext, type OutcomeOwner } from './outcomes.ts';
import { readSentences } from './sentences.ts';

export { stripInlineMarkdown };

export type ActionOwner = OutcomeOwner;

export interface ExtractedAction {
  owner: string | null;
  ownerName?: string;
  owners: ActionOwner[];
  group?: true;
  text: string;
}

export function splitSentences(text: string): string[] {
  return readSentences(text).map((sentence) => sentence.text.trim());
}

export function isActionLabel(text: string): boolean {
  const plain = stripInlineMarkdown(text).replace(/[:：]\s*$/u, '');
  return labelKind(plain) === 'commitment';
}

export function extractAction(
  text: string,
  finder: NameFinder,
  context: Omit<BulletContext, 'finder'> = {},
): ExtractedAction | null {
  const found = findOutcomes(text, { ...context, finder }).outcomes.find(
    (outcome) => outcome.kind === 'commitment',
  );
  if (!found) return null;
  const first = found.owners[0];
  return {
    owner: first?.owner ?? null,
    ...(first ? { ownerName: first.ownerName } : {}),
    owners: found.owners,
    ...(found.group ? { group: true as const } : {}),
    text: found.text,
  };
}
