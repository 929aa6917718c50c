/**
 * Decisions: bullets that record what the meeting settled.
 *
 * API
 * - `extractDecision(text)` → `ExtractedDecision | null` for ONE bullet's text (Markdown allowed):
 *   - a label: "Decision:", "Decided:", "Consensus:", "Conclusion:", "Agreement:", "Agreed:", "Resolution:",
 *     "Outcome:", "Verdict:", "Result:", "Poll result:" → the text after it (`labelOnly: true` with empty
 *     text when the bullet is just the label and its child bullets carry the decision);
 *   - a statement, in any sentence of the bullet (the lexicons are in `cues.ts`), by class:
 *     - the act named: "Decision to …", "Decided to …", "Agreed to/on/that …", "Agreed we …", "Consensus
 *       to/is/was …", "It was decided/agreed/determined …", "A decision was made …", "The decision was …",
 *       "reached an agreement", "came to a conclusion";
 *     - the group settles it, also after a lead-in ("After some discussion, the group agreed …"): "the
 *       group / team / TSC / we / everyone agreed | decided | settled on | went with | adopted | rejected |
 *       ratified | signed off | deferred | tabled | punted | favoured …"; "Ada and Ben decided …";
 *     - a choice of means for the future (`isChoice`): "We'll go with TOML", "the team will utilise …",
 *       "we're sticking with …"; a design: "the new loader will rely on …";
 *     - a refusal: "We won't backport …", "The team is not going to …", "It will not be backported" (not
 *       "we will not meet next week", "will not be affected": the call or a state);
 *     - consensus as a result, not a goal: "We have consensus for the new syntax", "Consensus reached", "A
 *       consensus emerged", "Consensus.", but not "no consensus", "seek consensus", "poll for consensus";
 *     - consent: "No objections (raised)", "Nobody objected / opposed", "no pushback", "passed
 *       unanimously", "+1s from the group", "Ada is fine with …", "everyone was okay with …", "the group was
 *       in favour", "gave the green light";
 *     - the item settled: "Approved.", "Issue closed.", "Approved the new member", "Several +1s, approved",
 *       "The issue is resolved / can be closed / was deferred until …", "put on hold", "keep the issue
 *       open", "blocked by #12", "dropped from the agenda", "We can close this", "PR can be merged", "cannot
 *       go in while …", "lands as is", "OK to land", "marked as won't fix" (not inside "if", "whether",
 *       "once" …, nor in a relative clause; not an event's logistics: "the conference was postponed");
 *     - polls and motions: "The poll passes", "Motion carried", "Passed.", "10 in favour, 1 against",
 *       "Proposal moves to phase 3", "is now at stage 2", "the vote will be held by email";
 *     - a ruling or convention: "were deemed acceptable", "is considered the default owner", "are not
 *       allowed", "will be the default", "The preferred approach is …", "Going forward, every PR needs …";
 *     - a maintainer agreeing to a request: "Ada agreed.", "Ada agreed, as long as …", "Ada approved the
 *       PR", "LGTM".
 *   Not decisions: questions, "No decision yet…", "did not come to a conclusion", "need to decide",
 *   "<Person> agreed to …" (that is an action item); a clause that is tentative or a request ("we should
 *   keep it open", "Ada suggested we go with B", "Ben asked to keep it open", "Ada thinks it is
 *   acceptable"); a sentence that disputes the outcome ("I disagree that consensus was reached", "I don't
 *   think we agreed"). Bare URLs are not read.
 *   `text` is the bullet (plain text) with a label removed, from the sentence that states the decision on.
 * - `isDecision(text)`: `extractDecision(text) !== null`.
 */
import {
  ABSENCE_VERBS,
  AGREEING_VERBS,
  APPROVAL_WORDS,
  CHOOSING_PROGRESSIVES,
  CHOOSING_VERBS,
  CONSENSUS_FRAMES,
  CONSENSUS_GOALS,
  DECISION_CUES,
  DECIDING_VERBS,
  DESIGN_VERBS,
  DISPUTING_WORDS,
  EVENT_NOUNS,
  GROUP_NOUNS,
  ITEM_NOUNS,
  OPINION_WORDS,
  PASSING_VERBS,
  POLL_NOUNS,
  REQUEST_NOUNS,
  SETTLED_PARTICIPLES,
  SETTLING_WITH_OBJECT,
  STAGE_VERBS,
  STATE_WORDS,
  SUBORDINATORS,
  TENTATIVE_WORDS,
} from './cues.ts';
import { stripInlineMarkdown } from './markdown-text.ts';
import { sentenceSpans } from './sentences.ts';

export interface ExtractedDecision {
  text: string;
  /** The text from the words that state the decision on, to tell on which line of a wrapped bullet it stands. */
  from?: string;
  /** The bullet is only a label ("Consensus:"); its children are the decision. */
  labelOnly: boolean;
}

const alternation = (words: Iterable<string>) =>
  [...words].map((w) => w.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&').replace(/ /gu, '\\s+')).join('|');

const LABEL_RE =
  /^(?:final\s+)?(?:decision|decided|consensus|conclusion|agreement|agreed|resolution|outcome|verdict|result|(?:poll|vote|voting)\s+result)s?\s*[:：]\s*/iu;
/**
 * Where a clause starts: the sentence start, or after a comma, semicolon, colon or dash, with a
 * connective before its subject ("So we decided …", "In the end the group agreed …").
 */
const CLAUSE =
  '(?:^|[,;:：]\\s+|\\s[-–—]\\s+|\\s(?=(?:and|but|so)\\s))(?:(?:so|and|but|then|finally|eventually|thus|hence|therefore|ultimately|in\\s+the\\s+end)\\s+)*';
const GROUP = `(?:the\\s+)?(?:${alternation(GROUP_NOUNS)}|meeting)`;
const NAME = "[\\p{Lu}][\\p{L}\\p{M}'’-]*(?:\\s+[\\p{Lu}][\\p{L}\\p{M}'’-]*){0,2}";
/** Names joined: "Ada and Ben", "Ada, Ben & Carl". */
const NAMES = `${NAME}(?:(?:\\s*,\\s*|\\s+and\\s+|\\s*&\\s*)${NAME})*`;
const SETTLED = alternation(SETTLED_PARTICIPLES);
const ITEM = `(?:${alternation(new Set([...ITEM_NOUNS, ...REQUEST_NOUNS]))})`;
/** "We will", "we'll", "the team is going to": the group stating what it will do. */
const GROUP_WILL = `${GROUP}(?:\\s*['’]ll|\\s+(?:will|shall|(?:is|are)\\s+going\\s+to))\\s+(?:(?:also|now|then|just|simply)\\s+)?`;
/** "We will not", "we won't", "the team is not going to", "we decided not to". */
const GROUP_WILL_NOT = `${GROUP}(?:\\s*['’]ll\\s+not|\\s+(?:will|shall)\\s+not|\\s+won['’]t|\\s+shan['’]t|(?:\\s*['’]re|\\s+(?:is|are))\\s+not\\s+going\\s+to|\\s+(?:aren|isn)['’]t\\s+going\\s+to)\\s+`;
/** What "will not" says about the call or a state rather than the matter: "We will not meet next week". */
const NOT_ABOUT_THE_MATTER = `(?:be\\s+(?:${alternation(STATE_WORDS)})\\b|(?:${alternation(ABSENCE_VERBS)})\\b|have\\s+(?:a|an|the|any)\\s+(?:call|meeting|session|sync))`;
/** A bare result with the vote that carried it: "12 in favour, 2 against". */
const VOTE_COUNT_RE =
  /\b(\d+)\s+(?:in\s+favou?r|for|yes|yeas?|ayes?)\b[^.;]{0,40}?\b(\d+)\s+(?:against|no|nays?|opposed)\b/iu;

/**
 * A choice of means for the future: a decision, and no work taken on (not a group commitment). In a
 * speaker's turn ("KT: We won't add …") it is the speaker's side that chooses, not the meeting.
 */
const CHOICE_RES: RegExp[] = [
  // A choice for the future: "We will go with TOML", "The team will utilise the shared calendar"
  // (not "we will use the rest of the call for …": how the call is spent is logistics).
  new RegExp(
    `${CLAUSE}${GROUP_WILL}(?:${alternation(CHOOSING_VERBS)})\\b(?!(?:\\s+\\S+){0,3}\\s+(?:of\\s+the\\s+)?(?:time|call|meeting|minutes|session)\\b)`,
    'iu',
  ),
  new RegExp(
    `${CLAUSE}${GROUP}(?:\\s*['’]re|\\s+(?:are|is))\\s+(?:${alternation(CHOOSING_PROGRESSIVES)})\\b(?!\\s+the\\s+flow\\b)`,
    'iu',
  ),
  // "We'll ship it as experimental", "The group will land the series as is".
  new RegExp(
    `${CLAUSE}${GROUP_WILL}(?:ship|land|merge|release|publish|keep)\\s+(?:\\S+\\s+){0,3}?as[\\s-](?!soon|well|part|much|long|needed|far)\\S`,
    'iu',
  ),
];

/** The group refusing: "We won't backport the fix", "The team is not going to add a second allocator". */
const REFUSAL_RE = new RegExp(`${CLAUSE}${GROUP_WILL_NOT}(?!${NOT_ABOUT_THE_MATTER})\\p{L}`, 'iu');

const STATEMENT_RES: RegExp[] = [
  /^(?:decision|decided)\s+(?:to|that|on|not\s+to)\b/iu,
  // "Decided this layout works for now": "decided" with its clause, "that" left out.
  /^decided,?\s+(?:the|this|it|we|there|our|all|everyone)\b/iu,
  // Put aside, as the minutes record it: "Defer discussion to next time", "Table this until …".
  /^(?:defer|postpone|table|punt|park)\s+(?:the\s+|this\b|it\b|that\b|discussion\b|until\b|till\b|to\s+(?:the\s+)?next\b)/iu,
  // An item waiting on another: "waiting on the selection process", "This is waiting for #12".
  new RegExp(
    `(?:^|[,;:]\\s+)(?:(?:this|it|(?:the\\s+)?(?:[\\p{L}\\d#-]+\\s+)?${ITEM}s?)\\s+(?:is|are)\\s+)?(?:still\\s+)?waiting\\s+(?:on|for)\\b`,
    'iu',
  ),
  /^(?:agreed|agreement)\s+(?:to|on|that|in|not\s+to)\b/iu,
  /^(?:(?:general|broad|the)\s+)?consensus\s+(?:to|is|was|on|that|leaned|reached)\b/iu,
  /^(?:general|broad)\s+agreement\b/iu,
  /\bit\s+(?:was|has\s+been|had\s+been|is)\s+(?:decided|agreed|concluded|resolved)\b|\bit['’]s\s+been\s+(?:decided|agreed|concluded|resolved|settled|determined)\b/iu,
  /\b(?:a|the)\s+decision\s+(?:was|has\s+been)\s+(?:made|reached|taken)\b/iu,
  /^(?:the\s+|our\s+)?(?:(?:group|team|general|overall|final)['’]?s?\s+)?(?:decision|conclusion|consensus|outcome|resolution|agreement)\s+(?:was|is)\b(?!\s+\p{L}+ed\s+by\b)(?=\s+(?:to|that|not|for|against|unanimous|clear|the|we|this|it|there|everyone|all)\b|\s*[:,])/iu,
  // "Agreement was reached", "A consensus has been achieved".
  /\b(?:agreement|consensus|a\s+decision|a\s+conclusion|a\s+resolution)\s+(?:was|has\s+been|had\s+been)\s+(?:reached|made|achieved|found)\b/iu,
  // "The way forward is to …", "The agreed path forward".
  /^(?:the\s+)?(?:agreed\s+)?(?:way|path)\s+forward\s+(?:is|was|will\s+be)\b/iu,
  // A maintainer not objecting: "Ada did not object", "nobody raised concerns", "no concerns were raised".
  /\b(?:did\s+not|didn['’]t)\s+object\b|\b(?:nobody|no\s+one)\s+(?:had|raised|voiced)\s+(?:any\s+)?(?:concerns?|objections?)\b|\bno\s+(?:further\s+|major\s+|other\s+)?concerns?\s+(?:were\s+|was\s+)?(?:raised|voiced|expressed)\b/iu,
  // "No longer needs to be on the agenda".
  /\bno\s+longer\s+(?:needs?\s+to\s+be\s+)?on\s+the\s+agenda\b/iu,
  // The group settles it, also after a lead-in: "After a short discussion, the group agreed …".
  new RegExp(
    `${CLAUSE}${GROUP}\\s+(?:(?:\\w+\\s+){1,3}?and\\s+(?:then\\s+)?|\\w+\\s+)?(?:${alternation(DECIDING_VERBS)})\\b`,
    'iu',
  ),
  /\bthere\s+(?:was|is)\s+(?:(?:general|broad|an?|clear)\s+)?(?:agreement|consensus)\b/iu,
  /\b(?:all|everyone|everybody|we)\b(?:\s+\w+){0,2}\s+in\s+agreement\b/iu,
  /\bvoted\s+(?:to|for|in\s+favou?r|unanimously)\b/iu,
  // "Ada decided to …", also after a lead-in.
  new RegExp(`${CLAUSE}${NAMES}\\s+decided\\s+(?:to|that|not\\s+to|on|against)\\b`, 'u'),
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
    `${CLAUSE}${NAME}(?:\\s*\\([^)]*\\))?\\s+(?:also\\s+)?(?:${alternation(AGREEING_VERBS)})(?=\\s*(?:[,.;!]|$)|\\s+(?:as\\s+long\\s+as|provided|on\\s+(?:the\\s+)?condition|(?:to|with)\\s+(?:this|that|it)(?=\\s*(?:[,.;!]|$))|(?:with|on|to)\\s+(?:the|this|that|a|his|her|their)\\s+(?:\\S+\\s+){0,2}?(?:${alternation(REQUEST_NOUNS)})\\b))`,
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
  // "Agreed we can drop this", "Agreed, the flag goes": "agreed" with its clause, "that" left out.
  /^agreed,?\s+(?:that\s+)?(?:we|the|this|it|everyone|everybody|all|there|our|to)\b/iu,
  // "It was determined that …", "It has been settled".
  /\bit\s+(?:was|has\s+been|is)\s+(?:determined|settled)\b/iu,
  // "We reached an agreement", "The group came to a conclusion" (not "did not reach": NEGATIVE_RE).
  /(?<!\bto\s)\b(?:reached|came\s+to|arrived\s+at)\s+(?:(?:a|an|the|some|general|broad|full|final|clear)\s+)*(?:agreement|decision|conclusion|consensus|resolution)\b/iu,
  // "The proposal reaches phase 3" (not "will reach", "hopes to reach").
  /(?<!\b(?:will|to|should|would|can|could|may|might|shall)\s+)\b(?:reaches|reached|enters|entered)\s+(?:phase|stage)\s+\d/iu,
  // "The proposal is now at phase 3".
  /\b(?:is|are)\s+now\s+(?:at|in)\s+(?:phase|stage)\s+\d/iu,
  // "Issue closed.", "PR approved with two reviews", "Proposal accepted as is": an item and its settling.
  new RegExp(
    `${CLAUSE}(?:(?:the|this|that)\\s+)?(?:[\\p{L}\\d#-]+\\s+){0,2}?${ITEM}s?\\s+(?:${SETTLED})(?=\\s*(?:[,.;:!(–—-]|$)|\\s+(?:as|until|by|with|in\\s+favou?r|unanimously|pending|for\\s+now)\\b)`,
    'iu',
  ),
  // "Approved the new member", "Deferred the naming question": the settling verb opens the bullet.
  new RegExp(
    `^(?:${alternation(SETTLING_WITH_OBJECT)})\\s+(?:the|this|that|these|those|it|them|a|an)\\b`,
    'iu',
  ),
  // "On hold until the review is done", "Put on hold pending the legal review."
  /^(?:put\s+)?on\s+hold(?=\s*(?:[,.;:!(–—-]|$)|\s+(?:until|till|pending|for|due|because|while)\b)/iu,
  // The settling word closes the bullet: "Several +1s, approved.", "Discussed briefly; deferred."
  new RegExp(`(?:[,;:]|\\s[–—-])\\s*(?:${SETTLED})\\s*[.!]?\\s*$`, 'iu'),
  // "Passed.", "Carried unanimously."
  /^(?:passed|carried)(?=\s*(?:[,.;:!(–—-]|$)|\s+(?:unanimously|with)\b)/iu,
  // "Dropped from the agenda", "taken off the agenda".
  /\b(?:dropped|removed|taken|struck)\s+(?:off|from)\s+(?:the\s+)?agenda\b/iu,
  // "We can close this now", "This can be closed", "PR can be merged", "It cannot go in while …".
  new RegExp(
    `${CLAUSE}(?:(?:we|this|it|that|(?:the\\s+)?(?:[\\p{L}\\d#-]+\\s+)?${ITEM}s?)\\s+)?(?:can|cannot|can['’]t|can\\s+not)\\s+(?:now\\s+)?(?:close|resolve|drop|merge|land|approve|accept|be\\s+(?:closed|resolved|dropped|merged|landed|approved|accepted)|go\\s+in)\\b`,
    'iu',
  ),
  // Node style: "The PR lands as is", "#1234 lands"; "OK to land", "cleared to merge".
  /\blands(?=\s*(?:[.!;,)–—-]|$)|\s+(?:as[\s-]is|with|once|after|unanimously)\b)/iu,
  /\b(?:ok|okay|fine|good|clear|cleared|approved)\s+to\s+(?:land|merge|ship|close|go\s+in)\b/iu,
  // An item kept open: "Keep the issue open for another week", "We will leave this open until …".
  new RegExp(
    `\\b(?:keep|keeps|keeping|kept|leave|leaving|stay|stays|staying)\\s+(?:(?:this|it|that|them|(?:the\\s+)?(?:[\\p{L}\\d#-]+\\s+){0,2}?${ITEM}s?)\\s+)?open\\b`,
    'iu',
  ),
  // An item blocked by another: "Blocked by #910", "This is blocked on the spec change".
  new RegExp(
    `(?:^|\\b(?:this|it|(?:the\\s+)?(?:[\\p{L}\\d#-]+\\s+)?${ITEM}s?)\\s+(?:is|are|remains?)\\s+(?:still\\s+|now\\s+)?)blocked(?=\\s+(?:by|on|until)\\b)`,
    'iu',
  ),
  // Marked with a status: "The KEP was marked implementable", "marked as won't fix".
  /\bmarked\s+(?:as\s+)?(?:implementable|accepted|approved|final|stable|deprecated|resolved|closed|wontfix|won['’]t\s+fix)\b/iu,
  // A convention from now on: "Going forward, every PR needs two approvals."
  /(?:^|[,;:]\s*)(?:going\s+forward|moving\s+forward|from\s+now\s+on|henceforth)\b(?=.*\b(?:will|must|shall|is|are|needs?|requires?)\b)/iu,
  // How the group will decide: "The vote will be held by email", "the poll will run on GitHub".
  new RegExp(
    `\\b(?:${alternation(POLL_NOUNS)}|decision)\\s+(?:will|shall)\\s+(?:be\\s+)?(?:done|held|taken|conducted|run|made|happen|take\\s+place)\\s+(?:via|by|over|through|on|in)\\s+(?:the\\s+)?(?:e-?mail|mailing\\s+list|list|github|slack|issue|pr|thread|async)`,
    'iu',
  ),
  // "+1s from the group", "+1 all round" (not "the PR has lots of +1s": reviews on the PR, its status).
  new RegExp(
    `(?:^|\\s)\\+1s?\\s+(?:from|by)\\s+(?:the\\s+)?(?:${alternation(GROUP_NOUNS)}|room)\\b|\\+1s?\\s+all\\s+a?round\\b`,
    'iu',
  ),
  // "Settled on TOML", "Opted for the smaller patch", "Decided against a second crate": no subject written.
  /^(?:settled\s+(?:on|upon)|opted\s+(?:for|to|against)|went\s+with|chose\s+(?:to|the)|decided\s+against|stuck\s+with|resolved\s+to)\b/iu,
  // A result stated alone: "Consensus.", "Rough consensus!", "Unanimous consent."
  /^(?:(?:rough|general|full|broad|clear|unanimous)\s+)?consensus\s*[.!]?\s*$/iu,
  // Approval given: "Ada gave her approval", "The group gave the green light".
  // (Not "received approval from the company": an outside body's say.)
  /\b(?:gave|given|granted)\s+(?:(?:his|her|their|the|its|an?|final|formal|full|explicit)\s+)*(?:approval|go-ahead|go\s+ahead|green\s+light|blessing|sign-?off|thumbs\s+up)\b/iu,
  // A maintainer's or the group's consent: "Ada is fine with merging it", "Everyone was okay with the plan".
  new RegExp(
    `${CLAUSE}${NAMES}\\s+(?:is|was|are|were|seemed|seems)\\s+(?:also\\s+)?(?:fine|okay|OK|ok)\\s+with\\b`,
    'u',
  ),
  new RegExp(
    `${CLAUSE}${GROUP}\\s+(?:is|was|are|were|seemed|seems)\\s+(?:all\\s+|also\\s+)?(?:fine|okay|ok)\\s+with\\b`,
    'iu',
  ),
  new RegExp(
    `${CLAUSE}${GROUP}\\s+(?:(?:is|was|are|were)\\s+)(?:all\\s+|also\\s+)?(?:happy|comfortable|aligned|on\\s+board|in\\s+favou?r|unanimous)\\b`,
    'iu',
  ),
  // A ruling: "Multiple copyright lines are acceptable", "Force-pushes to main are not allowed".
  /\b(?:is|are|was|were)\s+(?:now\s+|still\s+|also\s+)?(?:not\s+)?(?:acceptable|unacceptable|allowed|permitted|disallowed|forbidden|prohibited)\b/iu,
  // A default chosen: "TOML will be the default", "The new loader becomes the default".
  /\b(?:will\s+(?:be|become|remain|stay)|becomes|is\s+now|remains)\s+the\s+(?:new\s+)?(?:default|standard|recommended|preferred|official)\b/iu,
  // "The preferred approach is to …" (the group's preference, not "Ada's preferred approach").
  /^(?:the\s+)?(?:preferred|chosen|agreed(?:-upon)?)\s+(?:approach|option|solution|direction|way|design|plan|name)\s+(?:is|was|will\s+be)\b/iu,
  // Nobody against: "No one opposed", "There was no pushback".
  /\b(?:nobody|no\s+one|none)\s+(?:opposed|disagreed|dissented)\b|\bno\s+(?:pushback|opposition|dissent)\b/iu,
  // Taken off the agenda by its label: "Removing the tsc-agenda label".
  /\b(?:removed|removing|dropped|dropping)\s+(?:the\s+)?[\w-]*agenda[\w-]*\s+(?:label|tag)\b/iu,
];

// The item settled in the passive ("The issue is resolved", "can be closed", "has been deferred until …",
// "is on hold"): the subject is whatever stands before it, so it is checked apart (relative clauses).
const SETTLED_PASSIVE_RE = new RegExp(
  `(\\S+)\\s+(?:(\\S+)\\s+)?(?:is|was|were|are|be|been|being)\\s+(?:now\\s+|already\\s+|officially\\s+)?(?:${SETTLED}|agreed(?:\\s+(?:up)?on)?|put\\s+on\\s+hold|on\\s+hold|(?:deemed|considered|declared|regarded\\s+as|treated\\s+as)\\s+(?!by\\b|for\\b|in\\b|but\\b|and\\b|at\\b|too\\b|during\\b|before\\b|earlier\\b|previously\\b|already\\b)(?=[\\p{L}\\d]))|\\bput\\b(?:\\s+\\S+){0,5}?\\s+on\\s+hold\\b`,
  'iu',
);
/** "It will not be backported", "PRs from bots will not be accepted", "cannot be merged while …". */
const REFUSED_PASSIVE_RE = new RegExp(
  `(\\S+)\\s+(?:(\\S+)\\s+)?(?:(?:will|shall)\\s+not|won['’]t|shan['’]t)\\s+be\\s+(?!(?:${alternation(STATE_WORDS)})\\b)(?:\\p{L}+ed|\\p{L}+en|made|built|kept|held|sent)\\b|(\\S+)\\s+(?:(\\S+)\\s+)?(?:cannot|can['’]t|can\\s+not)\\s+be\\s+(?:merged|accepted|landed|approved|included|backported|supported|released|shipped|upstreamed)\\b`,
  'iu',
);
const RELATIVE = new Set(['that', 'which', 'who', 'what']);

const NEGATIVE_RE =
  /^(?:no|not\s+yet\s+a?)\s+(?:decision|conclusion|consensus|agreement)\b|\b(?:did\s+not|didn't|could\s+not|couldn't)\s+(?:reach|come\s+to)\b|\bno\s+(?:decision|conclusion|consensus)\s+(?:yet|was|has)\b|\b(?:needs?|have)\s+to\s+decide\b|\bto\s+be\s+decided\b/iu;

/** A sentence that cannot hold a decision is never split or matched: the cue lexicon of `cues.ts`. */
const CUE_RE = new RegExp(
  `(?:^|[^\\p{L}])(?:${alternation(DECISION_CUES)})|\\+1|\\d\\s+against`,
  'iu',
);

/** "No decision yet", "did not come to a conclusion", "needs to decide": the matter is still open. */
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
function consensusReached(sentence: string): number {
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
    // A result needs a frame that states it: "we have consensus", "consensus was reached", "by consensus".
    const stated =
      before.slice(-3).some((word) => CONSENSUS_FRAMES.has(word)) ||
      /^(?:was\s+|has\s+been\s+|is\s+)?(?:reached|achieved|established|emerged|formed)\b|^(?:is|was)\s+(?:to|that)\b|^(?:on|for|to|that|among|in\s+favou?r)\b/u.test(
        after,
      );
    if (!stated) continue;
    if (subordinateBefore(sentence, match.index)) continue;
    return match.index;
  }
  return -1;
}

/** The person a subject names ("Ada", "Ada Kovács", "she"): a refusal of theirs is not the group's. */
function personSubject(subject: string): boolean {
  if (/^(?:he|she|i|you)$/iu.test(subject)) return true;
  if (/^(?:it|this|that|these|those|they|there|the|we|all|any|each|every|some)\b/iu.test(subject))
    return false;
  return /^\p{Lu}\p{Ll}+(?:\s+\p{Lu}\p{Ll}+)?$/u.test(subject);
}

/** Where the auxiliary of a passive match stands ("… can [be closed]"): the decision's own words. */
const auxiliaryAt = (match: RegExpExecArray, aux: RegExp) =>
  match.index + Math.max(0, match[0].search(aux));

function settledPassive(sentence: string): number {
  const match = SETTLED_PASSIVE_RE.exec(sentence);
  if (!match) return -1;
  const [, first = '', second = ''] = match.map((word) => (word ?? '').toLowerCase());
  // "the points that were agreed upon" reports an old decision; "will be closed" is work still to do
  // (a commitment); "should be closed" and "to be resolved" a wish.
  if (RELATIVE.has(first) || RELATIVE.has(second)) return -1;
  if (/^(?:will|shall|would|should|to|could|might|may|must)$/u.test(second || first)) return -1;
  // "The conference was postponed", "Ada's talk was accepted": an event's logistics or an outside body's say.
  const head = (second || first).replace(/[^\p{L}]+/gu, '');
  if (EVENT_NOUNS.has(head)) return -1;
  if (subordinateBefore(sentence, match.index + (match[1]?.length ?? 0))) return -1;
  return auxiliaryAt(match, /\b(?:is|was|were|are|be|been|being|put)\s/iu);
}

/** "It will not be backported": a refusal in the passive, of a thing (not "Ada will not be …"). */
function refusedPassive(sentence: string): number {
  const match = REFUSED_PASSIVE_RE.exec(sentence);
  if (!match) return -1;
  const first = match[1] ?? match[3] ?? '';
  const second = match[2] ?? match[4] ?? '';
  if (RELATIVE.has(first.toLowerCase()) || RELATIVE.has(second.toLowerCase())) return -1;
  const subject = second ? `${first} ${second}` : first;
  if (personSubject(second || first) || personSubject(subject)) return -1;
  if (subordinateBefore(sentence, match.index + first.length)) return -1;
  return auxiliaryAt(match, /\b(?:will|shall|won|shan|cannot|can)\b/iu);
}

/**
 * A design stated for the future with a thing as subject: "the new loader will rely on the firmware tables",
 * "the loader will default to TOML" (not "Ada will rely on …", hers).
 */
const DESIGN_RE = new RegExp(
  `${CLAUSE}((?:[\\p{L}\\d-]+\\s+){1,4}?)(?:will|shall)\\s+(?:${alternation(DESIGN_VERBS)})\\b`,
  'iu',
);

function designStated(sentence: string): number {
  const match = DESIGN_RE.exec(sentence);
  if (!match) return -1;
  const subject = (match[1] ?? '').trim();
  if (personSubject(subject) || PERSON_WORDS_RE.test(subject)) return -1;
  if (subordinateBefore(sentence, match.index + match[0].length)) return -1;
  return qualifiedBefore(sentence, match.index) ? -1 : match.index;
}
const PERSON_WORDS_RE = /^(?:he|she|i|you|they|we)$/iu;

/** The words of the sentence before `at`, lower case. */
const wordsBefore = (sentence: string, at: number) =>
  sentence
    .slice(0, at)
    .toLowerCase()
    .split(/[^\p{L}'’]+/u)
    .filter(Boolean);

/**
 * Whether the sentence disputes what follows ("I disagree that consensus was reached", "I don't think we
 * agreed"), or the clause is tentative ("we should keep this open", "Ada suggested we go with B").
 */
function qualifiedBefore(sentence: string, at: number, opinions = true): boolean {
  const words = wordsBefore(sentence, at);
  if (words.some((word) => DISPUTING_WORDS.has(word))) return true;
  if (
    /\b(?:do|does|did)(?:\s+not|n['’]t)\s+(?:think|believe|agree|feel)\b/iu.test(
      sentence.slice(0, at),
    )
  )
    return true;
  if (/\bnot\s+(?:sure|convinced|clear)\b/iu.test(sentence.slice(0, at))) return true;
  const clause =
    sentence
      .slice(0, at)
      .split(/[,;:：]\s+/u)
      .at(-1) ?? '';
  return wordsBefore(clause, clause.length).some(
    (word) => TENTATIVE_WORDS.has(word) || (opinions && OPINION_WORDS.has(word)),
  );
}

/** Where a rule's hit stands in its own clause, neither a condition nor a wish nor disputed; or -1. */
function hitAt(re: RegExp, plain: string): number {
  const hit = re.exec(plain);
  if (hit === null || subordinateBefore(plain, hit.index + hit[0].length)) return -1;
  return qualifiedBefore(plain, hit.index) ? -1 : hit.index;
}

/** The first of the rules that holds: where its hit stands, or -1. */
function firstHit(res: readonly RegExp[], plain: string): number {
  for (const re of res) {
    const at = hitAt(re, plain);
    if (at >= 0) return at;
  }
  return -1;
}

/**
 * Whether a sentence states a choice of means ("We'll go with TOML", "the team will adopt the new
 * farm"): the group settles how, and takes no work on, so it is a decision and not a group commitment.
 */
export function isChoice(sentence: string): boolean {
  const plain = stripInlineMarkdown(sentence).trim();
  return !/\?\s*$/u.test(plain) && firstHit(CHOICE_RES, plain) >= 0;
}

/**
 * Where one sentence states a decision (the offset of the words that state it), or -1. `speaker`: the
 * sentence is a participant's turn ("NF: …"), so its choices and refusals ("we won't …", "we'll go with
 * …", "it will not be …") are that participant's stance.
 */
/** Outside a speaker's turn a choice or a refusal states the group's decision too (built once). */
const UNSPOKEN_STATEMENT_RES: readonly RegExp[] = [...STATEMENT_RES, ...CHOICE_RES, REFUSAL_RE];

function statesDecision(plain: string, speaker: boolean): number {
  if (/\?\s*$/u.test(plain)) return -1;
  // Up to the end of the match: its own clause (after a lead-in's comma), "once" or "if" in it.
  const stated = firstHit(speaker ? STATEMENT_RES : UNSPOKEN_STATEMENT_RES, plain);
  if (stated >= 0) return stated;
  const vote = VOTE_COUNT_RE.exec(plain);
  if (vote && Number(vote[1]) > Number(vote[2])) return vote.index;
  const cue = CUE_RE.exec(plain);
  if (cue && qualifiedBefore(plain, cue.index, false)) return -1;
  const consensus = consensusReached(plain);
  if (consensus >= 0) return consensus;
  if (cue && qualifiedBefore(plain, cue.index)) return -1;
  const settled = settledPassive(plain);
  if (settled >= 0 || speaker) return settled;
  const refused = refusedPassive(plain);
  return refused >= 0 ? refused : designStated(plain);
}

/**
 * A bare URL is an address, not words: "…/labels/ready-to-close" states nothing. The rules read
 * the text with each URL masked by as many "_" (offsets stay those of the text shown).
 */
const URL_RE = /\b(?:https?:\/\/|www\.)\S+/giu;
const maskUrls = (text: string) => text.replace(URL_RE, (url) => '_'.repeat(url.length));

export interface DecisionOptions {
  /** The text is a participant's turn after a speaker label ("NF: …", "Ada Kovács: …"). */
  speaker?: boolean;
}

export function extractDecision(
  text: string,
  { speaker = false }: DecisionOptions = {},
): ExtractedDecision | null {
  const shown = stripInlineMarkdown(text);
  const plain = maskUrls(shown);
  if (NEGATIVE_RE.test(plain)) return null;
  const label = LABEL_RE.exec(plain);
  if (label) {
    const rest = shown.slice(label[0].length).trim();
    return { text: rest, labelOnly: rest === '' };
  }
  if (/^(?:decision|decisions|consensus|conclusion|agreement)s?\s*$/iu.test(plain)) {
    return { text: '', labelOnly: true };
  }
  if (!CUE_RE.test(plain)) return null;
  const sentences = sentenceSpans(plain);
  for (const [at, sentence] of sentences.entries()) {
    if (!CUE_RE.test(sentence.text)) continue;
    const lead = sentence.text.length - sentence.text.trimStart().length;
    const stated = statesDecision(sentence.text.trim(), speaker);
    if (stated < 0) continue;
    const found = at === 0 ? shown : shown.slice(sentence.start).trim();
    const from = shown.slice(sentence.start + lead + stated).trim();
    // `from` only when the decision's words start after the text's own start.
    return { text: found, labelOnly: false, ...(from !== found ? { from } : {}) };
  }
  return null;
}

export function isDecision(text: string): boolean {
  return extractDecision(text) !== null;
}
