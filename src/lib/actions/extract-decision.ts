/**
 * Decisions: bullets that record what the meeting settled.
 *
 * API
 * - `extractDecision(text)` → `ExtractedDecision | null` for ONE bullet's text (Markdown allowed):
 *   - a label: "Decision:", "Decided:", "Consensus:", "Conclusion:", "Agreement:", "Agreed:", "Resolution:"
 *     → the text after it (`labelOnly: true` with empty text when the bullet is just the label and its child
 *     bullets carry the decision);
 *   - a statement: "Decision to …", "Decided to …", "Agreed to/on/that …", "Agreement to/on/that …",
 *     "Consensus to/is/was/on …", "It was decided/agreed …", "A decision was made …", "The decision was …",
 *     "The group/team/TSC/maintainers/everyone/they agreed|decided …", "There was agreement/consensus …",
 *     "<Person> decided to …".
 *   Not decisions: "No decision yet…", "did not reach a conclusion", "need to decide", "<Person> agreed to …"
 *   (that is an action item), "<Person> agreed, as long as …".
 *   `text` is the whole bullet (plain text) with a label removed.
 * - `isDecision(text)`: `extractDecision(text) !== null`.
 */
import { stripInlineMarkdown } from './markdown-text.ts';

export interface ExtractedDecision {
  text: string;
  /** The bullet is only a label ("Consensus:"); its children are the decision. */
  labelOnly: boolean;
}

const LABEL_RE =
  /^(?:final\s+)?(?:decision|decided|consensus|conclusion|agreement|agreed|resolution|outcome)s?\s*[:：]\s*/iu;
const GROUP =
  '(?:the\\s+)?(?:group|team|tsc|committee|maintainers|participants|attendees|community|meeting|everyone|all|they|we|(?:general|broad)\\s+agreement)';
const STATEMENT_RES: RegExp[] = [
  /^(?:decision|decided)\s+(?:to|that|on|not\s+to)\b/iu,
  /^(?:agreed|agreement)\s+(?:to|on|that|in|not\s+to)\b/iu,
  /^(?:(?:general|broad|the)\s+)?consensus\s+(?:to|is|was|on|that|leaned|reached)\b/iu,
  /^(?:general|broad)\s+agreement\b/iu,
  /\bit\s+was\s+(?:decided|agreed|concluded|resolved)\b/iu,
  /\b(?:a|the)\s+decision\s+(?:was|has\s+been)\s+(?:made|reached|taken)\b/iu,
  /^the\s+(?:decision|conclusion|consensus)\s+(?:was|is)\b/iu,
  new RegExp(`^${GROUP}\\s+(?:\\w+\\s+)?(?:agreed|decided|concluded)\\b`, 'iu'),
  /\bthere\s+was\s+(?:(?:general|broad|an?)\s+)?(?:agreement|consensus)\b/iu,
  // "Approved.", "This is resolved", "The proposal was accepted": the item is settled.
  /^(?:approved|resolved|accepted|adopted|rejected)\b/iu,
  /\b(?:is|was|were|are|has\s+been|have\s+been)\s+(?:now\s+)?(?:resolved|approved|adopted|rejected)\b/iu,
  /^[\p{Lu}][\p{L}\p{M}'’-]*(?:\s+[\p{Lu}][\p{L}\p{M}'’-]*){0,2}\s+decided\s+(?:to|that|not\s+to|on)\b/u,
];
const NEGATIVE_RE =
  /^(?:no|not\s+yet\s+a?)\s+(?:decision|conclusion|consensus|agreement)\b|\b(?:did\s+not|didn't|could\s+not|couldn't)\s+(?:reach|come\s+to)\b|\bno\s+(?:decision|conclusion|consensus)\s+(?:yet|was|has)\b|\b(?:needs?|have)\s+to\s+decide\b|\bto\s+be\s+decided\b/iu;

/** "No decision yet", "did not reach a conclusion", "needs to decide": the matter is still open. */
export function isUndecided(text: string): boolean {
  return NEGATIVE_RE.test(stripInlineMarkdown(text));
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
  return STATEMENT_RES.some((re) => re.test(plain)) ? { text: plain, labelOnly: false } : null;
}

export function isDecision(text: string): boolean {
  return extractDecision(text) !== null;
}
