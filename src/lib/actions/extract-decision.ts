/**
 * Decisions: bullets that record what the meeting settled.
 *
 * API
 * - `extractDecision(text)` → `ExtractedDecision | null` for ONE bullet's text (Markdown allowed):
 *   - a label: "Decision:", "Decided:", "Consensus:", "Conclusion:", "Agreement:", "Agreed:", "Resolution:"
 *     → the text after it (`labelOnly: true` with empty text when the bullet is just the label and its child
 *     bullets carry the decision);
 *   - a statement, in any sentence of the bullet (the lexicons are in `cues.ts`):
 *     - the act named: "Decision to …", "Decided to …", "Agreed to/on/that …", "Consensus to/is/was …",
 *       "It was decided/agreed …", "A decision was made …", "The decision was …";
 *     - the group settles it, also after a lead-in ("After some discussion, the group agreed …"): "the
 *       group / team / TSC / we / everyone agreed | decided | concluded | settled | opted | voted …";
 *     - consensus as a result, not a goal: "We have consensus for phase 2", "Consensus reached", but not
 *       "no consensus", "seek consensus", "poll for consensus";
 *     - consent: "No objections (raised)", "Nobody objected", "passed unanimously";
 *     - the item settled: "Approved.", "Closed.", "The issue is resolved / can be closed / was deferred
 *       until …", "put on hold", "The poll passes", "Proposal moves to phase 3" (not inside "if", "whether",
 *       "once" …, nor in a relative clause: "the points that were agreed upon" reports an old decision);
 *     - a maintainer agreeing to a request: "Ada agreed.", "Ada agreed, as long as …", "Ada approved the
 *       PR", "LGTM".
 *   Not decisions: questions, "No decision yet…", "did not reach a conclusion", "need to decide",
 *   "<Person> agreed to …" (that is an action item).
 *   `text` is the bullet (plain text) with a label removed, from the sentence that states the decision on.
 * - `isDecision(text)`: `extractDecision(text) !== null`.
 */
import {
  AGREEING_VERBS,
  APPROVAL_WORDS,
  CONSENSUS_FRAMES,
  CONSENSUS_GOALS,
  DECISION_CUES,
  DECIDING_VERBS,
  GROUP_NOUNS,
  PASSING_VERBS,
  POLL_NOUNS,
  REQUEST_NOUNS,
  SETTLED_PARTICIPLES,
  STAGE_VERBS,
  SUBORDINATORS,
} from './cues.ts';
import { stripInlineMarkdown } from './markdown-text.ts';
import { sentenceSpans } from './sentences.ts';

export interface ExtractedDecision {
  text: string;
  /** The bullet is only a label ("Consensus:"); its children are the decision. */
  labelOnly: boolean;
}

const alternation = (words: Iterable<string>) =>
  [...words].map((w) => w.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&').replace(/ /gu, '\\s+')).join('|');

const LABEL_RE =
  /^(?:final\s+)?(?:decision|decided|consensus|conclusion|agreement|agreed|resolution|outcome)s?\s*[:：]\s*/iu;
/**
 * Where a clause starts: the sentence start, or after a comma, semicolon, colon or dash, with a
 * connective before its subject ("So we decided …", "In the end the group agreed …").
 */
const CLAUSE =
  '(?:^|[,;:：]\\s+|\\s[-–—]\\s+)(?:(?:so|and|then|finally|eventually|thus|hence|therefore|ultimately|in\\s+the\\s+end)\\s+)?';
const GROUP = `(?:the\\s+)?(?:${alternation(GROUP_NOUNS)}|meeting)`;
const NAME = "[\\p{Lu}][\\p{L}\\p{M}'’-]*(?:\\s+[\\p{Lu}][\\p{L}\\p{M}'’-]*){0,2}";
const SETTLED = alternation(SETTLED_PARTICIPLES);

const STATEMENT_RES: RegExp[] = [
  /^(?:decision|decided)\s+(?:to|that|on|not\s+to)\b/iu,
  /^(?:agreed|agreement)\s+(?:to|on|that|in|not\s+to)\b/iu,
  /^(?:(?:general|broad|the)\s+)?consensus\s+(?:to|is|was|on|that|leaned|reached)\b/iu,
  /^(?:general|broad)\s+agreement\b/iu,
  /\bit\s+(?:was|has\s+been|is)\s+(?:decided|agreed|concluded|resolved)\b/iu,
  /\b(?:a|the)\s+decision\s+(?:was|has\s+been)\s+(?:made|reached|taken)\b/iu,
  /^the\s+(?:decision|conclusion|consensus)\s+(?:was|is)\b/iu,
  // The group settles it, also after a lead-in: "After a short discussion, the group agreed …".
  new RegExp(`${CLAUSE}${GROUP}\\s+(?:\\w+\\s+)?(?:${alternation(DECIDING_VERBS)})\\b`, 'iu'),
  /\bthere\s+(?:was|is)\s+(?:(?:general|broad|an?|clear)\s+)?(?:agreement|consensus)\b/iu,
  /\b(?:all|everyone|everybody|we)\b(?:\s+\w+){0,2}\s+in\s+agreement\b/iu,
  /\bvoted\s+(?:to|for|in\s+favou?r|unanimously)\b/iu,
  // "Ada decided to …", also after a lead-in.
  new RegExp(`${CLAUSE}${NAME}\\s+decided\\s+(?:to|that|not\\s+to|on|against)\\b`, 'u'),
  // The item settled: "Approved.", "Deferred until the spec settles." (not "Deferred imports …", a title).
  new RegExp(
    `^(?:${SETTLED})(?=\\s*(?:[,.;:!(–—-]|$)|\\s+(?:until|till|to|for|since|because|due|pending|as|by|with|after|now|unanimously|in\\s+favou?r)\\b)`,
    'iu',
  ),
  // "The poll passes", "The poll on the meeting time passed", "The motion carried", "The proposal has passed."
  new RegExp(
    `\\b(?:${alternation(POLL_NOUNS)})\\s+(?:[^\\s,;.]+\\s+){0,6}?(?:has\\s+|have\\s+)?(?:${alternation(PASSING_VERBS)})\\b`,
    'iu',
  ),
  new RegExp(
    `\\bproposal\\s+(?:has\\s+)?(?:${alternation(PASSING_VERBS)})(?=\\s*(?:[,.;!–—-]|$)|\\s+(?:with|unanimously|to\\s+(?:phase|stage))\\b)`,
    'iu',
  ),
  // "Proposal moves to phase 1", "Advances the proposal to stage 3" (not "will move … to stage 2").
  new RegExp(
    `(?<!\\b(?:will|to|should|would|can|could|may|might|shall)\\s+)\\b(?:${alternation(STAGE_VERBS)})\\b(?:\\s+\\S+){0,4}?\\s+(?:to|into)\\s+(?:phase|stage)\\s+\\d`,
    'iu',
  ),
  // Consent: "No objections.", "no major objections raised", "Nobody objected to …".
  /(?:^|[^\p{L}])no\s+(?:\w+\s+)?objections?\b|\b(?:nobody|no\s+one)\s+objected\b|\bwithout\s+(?:any\s+)?objections?\b|\bunanimous(?:ly)?\b/iu,
  // "LGTM", "Approved by the maintainers".
  new RegExp(`(?:^|[^\\p{L}])(?:${alternation(APPROVAL_WORDS)})(?![\\p{L}])`, 'iu'),
  // A maintainer agreeing to a request, with no work of their own ("agreed to <verb>" is a commitment).
  new RegExp(
    `${CLAUSE}${NAME}\\s+(?:also\\s+)?(?:${alternation(AGREEING_VERBS)})(?=\\s*(?:[,.;!]|$)|\\s+(?:as\\s+long\\s+as|provided|on\\s+(?:the\\s+)?condition|(?:with|on|to)\\s+(?:the|this|that|a|his|her|their)\\s+(?:\\S+\\s+){0,2}?(?:${alternation(REQUEST_NOUNS)})\\b))`,
    'u',
  ),
  // A maintainer confirming what the plan is: "Ada confirmed the plan is for the loader to …".
  new RegExp(
    `${CLAUSE}${NAME}\\s+(?:also\\s+)?(?:confirmed|clarified)\\s+(?:that\\s+)?the\\s+(?:plan|approach|direction|decision)\\s+(?:is|was|will)\\b`,
    'u',
  ),
  new RegExp(
    `${CLAUSE}${NAME}\\s+(?:also\\s+)?(?:approved|accepted)\\s+(?:it|this|that|the\\s+(?:\\w+\\s+)?(?:${alternation(REQUEST_NOUNS)}))\\b`,
    'u',
  ),
];

// The item settled in the passive ("The issue is resolved", "can be closed", "has been deferred until …",
// "is on hold"): the subject is whatever stands before it, so it is checked apart (relative clauses).
const SETTLED_PASSIVE_RE = new RegExp(
  `(\\S+)\\s+(?:(\\S+)\\s+)?(?:is|was|were|are|be|been|being)\\s+(?:now\\s+|already\\s+|officially\\s+)?(?:${SETTLED}|agreed(?:\\s+(?:up)?on)?|put\\s+on\\s+hold|on\\s+hold)\\b|\\bput\\b(?:\\s+\\S+){0,5}?\\s+on\\s+hold\\b`,
  'iu',
);
const RELATIVE = new Set(['that', 'which', 'who', 'what']);

const NEGATIVE_RE =
  /^(?:no|not\s+yet\s+a?)\s+(?:decision|conclusion|consensus|agreement)\b|\b(?:did\s+not|didn't|could\s+not|couldn't)\s+(?:reach|come\s+to)\b|\bno\s+(?:decision|conclusion|consensus)\s+(?:yet|was|has)\b|\b(?:needs?|have)\s+to\s+decide\b|\bto\s+be\s+decided\b/iu;

/** A sentence that cannot hold a decision is never split or matched: the cue lexicon of `cues.ts`. */
const CUE_RE = new RegExp(`(?:^|[^\\p{L}])(?:${alternation(DECISION_CUES)})`, 'iu');

/** "No decision yet", "did not reach a conclusion", "needs to decide": the matter is still open. */
export function isUndecided(text: string): boolean {
  return NEGATIVE_RE.test(stripInlineMarkdown(text));
}

/** Whether the clause before `at` is subordinate ("if", "whether", "once" …): a condition, not a result. */
function subordinateBefore(sentence: string, at: number): boolean {
  const clause =
    sentence
      .slice(0, at)
      .split(/[,;:：]\s+/u)
      .at(-1) ?? '';
  return clause
    .toLowerCase()
    .split(/[^\p{L}'’]+/u)
    .some((word) => SUBORDINATORS.has(word));
}

/** "We have consensus on …", "Consensus reached": consensus as a result, not something sought. */
function consensusReached(sentence: string): boolean {
  const re = /\bconsensus\b(?![-‐])/giu;
  for (const match of sentence.matchAll(re)) {
    const after = sentence
      .slice(match.index + match[0].length)
      .trimStart()
      .toLowerCase();
    if (/^(?:seeking|building|process|model|based|driven)\b/u.test(after)) continue;
    const before = sentence
      .slice(0, match.index)
      .toLowerCase()
      .split(/[^\p{L}'’]+/u)
      .filter(Boolean)
      .slice(-4);
    if (before.some((word) => CONSENSUS_GOALS.has(word))) continue;
    if (before.at(-1) === 'reach' && before.at(-2) === 'to') continue;
    // A result needs a frame that states it: "we have consensus", "consensus was reached", "by consensus".
    const stated =
      before.slice(-3).some((word) => CONSENSUS_FRAMES.has(word)) ||
      /^(?:was\s+|has\s+been\s+|is\s+)?(?:reached|achieved|established)\b|^(?:is|was)\s+(?:to|that)\b|^(?:on|for|to|that|among|in\s+favou?r)\b/u.test(
        after,
      );
    if (!stated) continue;
    if (subordinateBefore(sentence, match.index)) continue;
    return true;
  }
  return false;
}

function settledPassive(sentence: string): boolean {
  const match = SETTLED_PASSIVE_RE.exec(sentence);
  if (!match) return false;
  const [, first = '', second = ''] = match.map((word) => (word ?? '').toLowerCase());
  // "the points that were agreed upon" reports an old decision; "will be closed" is work still to do
  // (a commitment); "should be closed" and "to be resolved" a wish.
  if (RELATIVE.has(first) || RELATIVE.has(second)) return false;
  if (/^(?:will|shall|would|should|to)$/u.test(second || first)) return false;
  return !subordinateBefore(sentence, match.index + (match[1]?.length ?? 0));
}

/** Whether one sentence states a decision. */
function statesDecision(sentence: string): boolean {
  const plain = sentence.trim();
  if (/\?\s*$/u.test(plain)) return false;
  for (const re of STATEMENT_RES) {
    const hit = re.exec(plain);
    // Up to the end of the match: its own clause (after a lead-in's comma), "once" or "if" in it.
    if (hit && !subordinateBefore(plain, hit.index + hit[0].length)) return true;
  }
  return consensusReached(plain) || settledPassive(plain);
}

export function extractDecision(text: string): ExtractedDecision | null {
  const plain = stripInlineMarkdown(text);
  if (NEGATIVE_RE.test(plain)) return null;
  const label = LABEL_RE.exec(plain);
  if (label) {
    const rest = plain.slice(label[0].length).trim();
    return { text: rest, labelOnly: rest === '' };
  }
  if (/^(?:decision|decisions|consensus|conclusion|agreement)s?\s*$/iu.test(plain)) {
    return { text: '', labelOnly: true };
  }
  if (!CUE_RE.test(plain)) return null;
  const sentences = sentenceSpans(plain);
  for (const [at, sentence] of sentences.entries()) {
    if (!CUE_RE.test(sentence.text) || !statesDecision(sentence.text)) continue;
    return { text: at === 0 ? plain : plain.slice(sentence.start).trim(), labelOnly: false };
  }
  return null;
}

export function isDecision(text: string): boolean {
  return extractDecision(text) !== null;
}
