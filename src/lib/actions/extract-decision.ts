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
 *     - the group as written in minutes: "everyone in the call", "all present", "both maintainers",
 *       "those present", "the room"; several people "agreed that …"; "they agreed that …"; the group after
 *       another's proposal ("Ada proposed X and the group agreed"); coordinated passives ("was discussed and
 *       approved", "was proposed and accepted", ", which was accepted"); a decision label inside the bullet
 *       ("… Decision: go with B");
 *     - consent without a verb: "All in favour", "Everybody +1", "Thumbs up from everyone", "Agreed by all",
 *       "Agreed." (not in a speaker's turn), "All: +1" (the group as the speaker); five-way poll counts
 *       ("SF 4, F 9, N 3, A 1, SA 0") and "7 yes, 1 no" with more for than against; "Phase 2 approved";
 *       elections ("voted in", "was elected");
 *     - status settlements: "out of scope", "won't fix", "stays as is", "will remain unchanged", "Closing the
 *       issue", "still on hold", "Topic: Hold", "Close, covered by #3" (no object), "Keep it on the agenda",
 *       "Move to the CoC repo", "remove agenda tag", "should be closed once #412 lands", deferrals ("will be
 *       discussed at the next meeting", "will be revisited once …", "will be postponed", "Carried over to next
 *       week", "We will wait for the spec");
 *     - the plan fixed: "The approach will be to …", "The format will be TOML", "Going with B", "We will keep
 *       the format", "The preference is to …", "will be used on …", "The team will proceed with …";
 *     - refusals of scope without a person: "The loader will not support …", "This won't go into 1.0", "Not
 *       going to pursue this" (not "will not work", "not going to make it": forecasts and absence).
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
  INTERIM_COURSE_VERBS,
  REMARK_PARTICIPLES,
  APPROVAL_WORDS,
  CHOOSING_PROGRESSIVES,
  CHOOSING_VERBS,
  CONSENSUS_FRAMES,
  CONSENSUS_GOALS,
  DECISION_CUES,
  DECIDING_VERBS,
  DESIGN_PARTICIPLES,
  DESIGN_VERBS,
  DISPUTING_WORDS,
  EVENT_NOUNS,
  HEDGES,
  GROUP_NOUNS,
  ITEM_NOUNS,
  OPINION_WORDS,
  PASSING_VERBS,
  POLL_NOUNS,
  REQUEST_NOUNS,
  SCOPE_VERBS,
  SETTLED_PARTICIPLES,
  SETTLING_GERUNDS,
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

/**
 * A rule that can only hold where one of its words stands: that cheap test runs first, so the rule's own
 * pattern (tried at every clause start of the sentence) runs only on the sentences that could match.
 */
class Gated extends RegExp {
  readonly #gate: RegExp;
  constructor(gate: RegExp, rule: RegExp) {
    super(rule.source, rule.flags);
    this.#gate = gate;
  }
  override exec(text: string): RegExpExecArray | null {
    return this.#gate.test(text) ? super.exec(text) : null;
  }
}
const gated = (gate: RegExp, rule: RegExp): RegExp => new Gated(gate, rule);
/** A negated future or modal: what every refusal needs. */
const NOT_GATE = /\b(?:not|won['’]t|shan['’]t|cannot|can['’]t)\b/iu;

const LABEL_RE =
  /^(?:final\s+)?(?:decision|decided|consensus|conclusion|agreement|agreed|resolution|resolved|outcome|verdict|result|(?:poll|vote|voting)\s+result)s?\s*[:：]\s*/iu;
/**
 * A decision label inside the bullet, after a sentence or a clause: "Ada presented both designs.
 * Decision: go with B", "Discussed the naming; outcome: keep the old name". As explicit as a leading label,
 * so what comes before it (a discussion, a proposal) does not make it tentative.
 */
const INNER_LABEL_RE =
  /(?:[.;!]\s+|\s[-–—]\s+)(?:final\s+)?(?:decision|decided|consensus|conclusion|agreement|agreed|resolution|resolved|outcome|verdict)\s*[:：]\s*(?=[\p{L}\d"“'‘`])/iu;
/**
 * Where a clause starts: the sentence start, or after a comma, semicolon, colon or dash, with a
 * connective before its subject ("So we decided …", "In the end the group agreed …").
 */
const CLAUSE =
  '(?:^|[,;:：]\\s+|\\s[-–—]\\s+|\\s(?=(?:and|but|so)\\s))(?:(?:so|and|but|then|finally|eventually|thus|hence|therefore|ultimately|in\\s+the\\s+end)\\s+)*';
/**
 * The group as a subject: "the team", "we", and the quantified or located forms minutes write for the
 * people in the call: "all (three) maintainers", "both maintainers", "the whole group", "everyone in the
 * call", "those present", "all present", "the room".
 */
const GROUP = `(?:(?:all|both|most)\\s+(?:of\\s+)?(?:the\\s+)?(?:(?:\\d+|two|three|four|five|six)\\s+)?|the\\s+(?:whole|entire|full)\\s+|the\\s+)?(?:${alternation(GROUP_NOUNS)}|meeting|room|those\\s+present)(?:\\s+(?:present|in\\s+attendance|(?:in|on|at)\\s+(?:the\\s+)?(?:call|room|meeting)))?`;
/** The words one of the group's forms needs: the gate in front of every rule that opens with the group. */
const GROUP_GATE = new RegExp(
  `(?:^|[^\\p{L}])(?:${alternation(GROUP_NOUNS)}|meeting|room|those)(?![\\p{L}])`,
  'iu',
);
const FINE_WITH_GATE = /\b(?:fine|okay|ok)\s+with\b/iu;
const NAME = "[\\p{Lu}][\\p{L}\\p{M}'’-]*(?:\\s+[\\p{Lu}][\\p{L}\\p{M}'’-]*){0,2}";
/** Names joined: "Ada and Ben", "Ada, Ben & Carl". */
const NAMES = `${NAME}(?:(?:\\s*,\\s*|\\s+and\\s+|\\s*&\\s*)${NAME})*`;
const SETTLED = alternation(SETTLED_PARTICIPLES);
const SETTLED_GATE = new RegExp(`(?:^|[^\\p{L}])(?:${SETTLED})(?![\\p{L}])`, 'iu');
const ITEM = `(?:${alternation(new Set([...ITEM_NOUNS, ...REQUEST_NOUNS]))})`;
/** An item in the singular ("issue", not "issues"): a bare plural names a kind of chore, no one item. */
const ONE_ITEM = `(?:${alternation([...ITEM_NOUNS].filter((noun) => !ITEM_NOUNS.has(noun.replace(/s$/u, '')) || !noun.endsWith('s')))})`;
/** "We will", "we'll", "the team is going to": the group stating what it will do. */
const GROUP_WILL = `${GROUP}(?:\\s*['’]ll|\\s+(?:will|shall|(?:is|are)\\s+going\\s+to))\\s+(?:(?:also|now|then|just|simply)\\s+)?`;
/** "We will not", "we won't", "the team is not going to", "we decided not to". */
const GROUP_WILL_NOT = `${GROUP}(?:\\s*['’]ll\\s+not|\\s+(?:will|shall)\\s+not|\\s+won['’]t|\\s+shan['’]t|(?:\\s*['’]re|\\s+(?:is|are))\\s+not\\s+going\\s+to|\\s+(?:aren|isn)['’]t\\s+going\\s+to)\\s+`;
/** What "will not" says about the call or a state rather than the matter: "We will not meet next week". */
const NOT_ABOUT_THE_MATTER = `(?:be\\s+(?:${alternation(STATE_WORDS)})\\b|(?:${alternation(ABSENCE_VERBS)})\\b|have\\s+(?:a|an|the|any)\\s+(?:call|meeting|session|sync))`;
/** What a "not going to" forecasts rather than refuses: "not going to work", "not going to happen". */
const FORECAST_VERBS = [
  'fit',
  'scale',
  'last',
  'change',
  'cause',
  'work',
  'fail',
  'break',
  'boot',
  'run',
  'compile',
  'build',
  'help',
  'matter',
  'happen',
  'affect',
  'have',
  'get',
  'be',
];
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
  gated(
    GROUP_GATE,
    new RegExp(
      `${CLAUSE}${GROUP_WILL}(?:${alternation(CHOOSING_VERBS)})\\b(?!(?:\\s+\\S+){0,3}\\s+(?:of\\s+the\\s+)?(?:time|call|meeting|minutes|session)\\b)`,
      'iu',
    ),
  ),
  gated(
    GROUP_GATE,
    new RegExp(
      `${CLAUSE}${GROUP}(?:\\s*['’]re|\\s+(?:are|is))\\s+(?:${alternation(CHOOSING_PROGRESSIVES)})\\b(?!\\s+the\\s+flow\\b)`,
      'iu',
    ),
  ),
  // Waiting as the group's course: "We will wait for the spec before merging", "Will hold off on it" (no
  // work taken on: the matter waits).
  /^(?:(?:we|the\s+(?:group|team))\s+)?(?:will|['’]ll|are\s+going\s+to|decided\s+to|agreed\s+to)\s+(?:wait\s+(?:for|until|till|on)|hold\s+off)\b/iu,
  // Kept apart or let go, in the future passive: "The two drivers will be kept separate", "Support for
  // 32-bit hosts will be dropped", "The old flag will be deprecated in 2.0" (a choice of scope, no work:
  // "the packet will be dropped if the queue is full" is behaviour, a condition).
  /\b(?:will|shall)\s+be\s+kept\s+(?:separate|apart|as\s+(?:is|it\s+is)|unchanged|in\s+place)\b|\bsupport\s+(?:for\s+(?:\S+\s+){1,4}?)?(?:will|shall)\s+be\s+(?:dropped|removed|discontinued)\b(?!\s+(?:if|when|unless|once)\b)|\b(?:will|shall)\s+be\s+(?:deprecated|discontinued|retired|phased\s+out)\b(?!\s+(?:if|when|unless|once)\b)/iu,
  // A design in the passive, the means named: "The hang will be fixed by moving the check into the
  // allocator", "The key will be passed via the device tree", "Errors will be handled as a fatal exit"
  // (the guide: a fix stated as a design is a decision; whoever implements it has the commitment; not
  // "will be done in a follow-up PR", "via a separate series": work still to do).
  gated(
    /\b(?:will|shall)\s+be\b/iu,
    new RegExp(
      `\\b(?:will|shall)\\s+be\\s+(?:${alternation(DESIGN_PARTICIPLES)})\\s+(?:by\\s+\\p{L}+ing\\b|(?:via|through|using|as)\\s+(?!(?:a|an|the)\\s+(?:follow-?up|separate|later|future|next|new)\\b)(?:a|an|the|\\p{L}))`,
      'iu',
    ),
  ),
  // Putting it off, in the future passive: "The meetup will be postponed until spring", "will be put on
  // hold" (no work taken on: the item waits).
  /\b(?:will|shall)\s+be\s+(?:postponed|deferred|tabled|put\s+on\s+hold|parked|shelved)\b/iu,
  // Keeping what is there: "We will keep the current format", "We keep the old name for now" (not "we
  // will keep an eye on it", "keep working on it", "keep you posted": work that goes on).
  gated(
    /\bkeep\b/iu,
    new RegExp(
      `${CLAUSE}(?:${GROUP_WILL}|${GROUP}\\s+)keep\\s+(?!(?:\\S+\\s+){0,2}?(?:eye|eyes|track|touch|posted|informed|updated|mind|pushing|going|working|looking|trying|testing|discussing)\\b)(?:the|this|that|these|those|our|its|it|them)\\b(?!\\s+\\p{L}+ing\\b)`,
      'iu',
    ),
  ),
  // "We'll ship it as experimental", "The group will land the series as is".
  gated(
    GROUP_GATE,
    new RegExp(
      `${CLAUSE}${GROUP_WILL}(?:ship|land|merge|release|publish|keep)\\s+(?:\\S+\\s+){0,3}?as[\\s-](?!soon|well|part|much|long|needed|far)\\S`,
      'iu',
    ),
  ),
];

/** The group refusing: "We won't backport the fix", "The team is not going to add a second allocator". */
const REFUSAL_RE = gated(
  NOT_GATE,
  new RegExp(`${CLAUSE}${GROUP_WILL_NOT}(?!${NOT_ABOUT_THE_MATTER})\\p{L}`, 'iu'),
);

/**
 * An item put off, in the future passive: a decision (the batch-4 guide: "will be discussed at the next
 * meeting" is a deferral); the commitment rules may read the same line as the group's work as well.
 */
const DEFERRAL_RES: readonly RegExp[] = [
  // An item put off to a later meeting: "Document will be discussed in the next meeting", "Carried over
  // to next week", "Pushed to the next call" (a deferral; "the meeting was moved to Thursday" is logistics).
  /\b(?:will|shall)\s+be\s+(?:discussed|revisited|continued|covered|picked\s+up|taken\s+up|addressed|resumed)\s+(?:again\s+|further\s+)?(?:(?:in|at|during|on)\s+)?(?:the\s+|a\s+)?(?:next|later|future|following|upcoming)\s+(?:meeting|call|session|week|time|sync)\b|\b(?:will|shall)\s+be\s+(?:discussed|continued|taken\s+up)\s+(?:again\s+|further\s+)?(?:on|in|via|over)\s+(?:the\s+)?(?:mailing\s+list|list|issue|thread|chat|tracker)\b|^(?:carried\s+over|moved|pushed|bumped)\s+(?:to|until|till)\s+(?:the\s+)?(?:next|a\s+later|a\s+future|following)\b/iu,
  // The group taking the subject up at a later session, in the active: "Next time we'll talk about the
  // second problem", "We will come back to the flag at the next meeting" (not "next time we'll try
  // harder": no subject taken up; not "we'll discuss it with the vendor next week": work with others).
  gated(
    /\bnext\s+(?:time|week|meeting|call|session)\b/iu,
    /(?:^|[,;:]\s+)(?:(?:next\s+(?:time|week|meeting|call|session)|(?:at|in)\s+the\s+next\s+(?:meeting|call|session)),?\s+we(?:['’]ll|\s+will|\s+are\s+going\s+to)\s+(?:talk\s+about|discuss|continue\s+with|pick\s+up|revisit|come\s+back\s+to|return\s+to)\b|we(?:['’]ll|\s+will|\s+are\s+going\s+to)\s+(?:talk\s+about|discuss|continue\s+with|pick\s+up|revisit|come\s+back\s+to|return\s+to)\s+(?:(?!\bwith\b)[^,.;]){1,60}?\s+(?:next\s+(?:time|week|meeting|call|session)|(?:at|in)\s+the\s+next\s+(?:meeting|call|session))\b)/iu,
  ),
  // A deferral until something else: "This will be revisited once KVM has support", "to be revisited
  // after the spec settles" (the matter is put off; a future without a condition is a plan).
  /\b(?:will|shall|to)\s+be\s+(?:revisited|reconsidered|rediscussed|re-?evaluated|discussed\s+again|picked\s+up\s+again|brought\s+back|taken\s+up\s+again)(?=\s+(?:\S+\s+){0,4}?(?:once|when|after|until|if)\b)/iu,
  // The discussion itself sent on, to a later session or another venue: "Discussion will continue on
  // the mailing list", "Further discussion is going to happen in the next call", "Discussion on the
  // format to continue next week" (not "Discussion continued for an hour": a report; not "will continue
  // to be heated": a state; "Ada will continue the discussion …" is her work).
  gated(
    /discussion|conversation|debate/iu,
    new RegExp(
      `${CLAUSE}(?:the\\s+)?(?:(?:further|broader|wider|more|detailed|follow-?up|remaining|ongoing|open)\\s+)?(?:discussions?|conversations?|debate)(?:\\s+(?:on|of|about|around)\\s+[^,;.]{1,60}?)?\\s+(?:(?:will|shall|is\\s+going\\s+to|are\\s+going\\s+to|going\\s+to|to)\\s+(?:continue|happen|take\\s+place|resume|move|go\\s+on)|(?:continues|moves|(?:is|was|has\\s+been|will\\s+be)\\s+moved)(?=\\s+(?:on|in|at|to|into|via|over|offline|next|later)\\b))(?!\\s+to\\s+(?!the\\b|a\\b|an\\b|next\\b))\\b`,
      'iu',
    ),
  ),
];

const STATEMENT_RES: RegExp[] = [
  ...DEFERRAL_RES,
  /^(?:decision|decided)\s+(?:to|that|on|not\s+to)\b/iu,
  // "Decided this layout works for now": "decided" with its clause, "that" left out.
  /^decided,?\s+(?:the|this|it|we|there|our|all|everyone)\b/iu,
  // Put aside, as the minutes record it: "Defer discussion to next time", "Table this until …".
  /^(?:defer|postpone|table|punt|park)\s+(?:the\s+|this\b|it\b|that\b|discussion\b|until\b|till\b|to\s+(?:the\s+)?next\b)/iu,
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
  gated(
    GROUP_GATE,
    new RegExp(
      `${CLAUSE}${GROUP}\\s+(?:(?:\\w+\\s+){1,3}?and\\s+(?:then\\s+)?|\\w+\\s+)?(?:${alternation(DECIDING_VERBS)})\\b`,
      'iu',
    ),
  ),
  /\bthere\s+(?:was|is)\s+(?:(?:general|broad|an?|clear)\s+)?(?:agreement|consensus)\b/iu,
  /\b(?:all|everyone|everybody|we)\b(?:\s+\w+){0,2}\s+in\s+agreement\b/iu,
  /\bvoted\s+(?:to|for|in\s+favou?r|unanimously)\b/iu,
  // "Ada decided to …", also after a lead-in.
  gated(
    /\bdecided\b/iu,
    new RegExp(`${CLAUSE}${NAMES}\\s+decided\\s+(?:to|that|not\\s+to|on|against)\\b`, 'u'),
  ),
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
  gated(
    /phase|stage/iu,
    new RegExp(
      `(?<!\\b(?:will|to|should|would|can|could|may|might|shall)\\s+)\\b(?:${alternation(STAGE_VERBS)})\\b(?:\\s+\\S+){0,4}?\\s+(?:to|into)\\s+(?:phase|stage)\\s+\\d`,
      'iu',
    ),
  ),
  // Consent: "No objections.", "no major objections raised", "Nobody objected to …".
  /(?:^|[^\p{L}])no\s+(?:\w+\s+)?objections?\b|\b(?:nobody|no\s+one)\s+objected\b|\bwithout\s+(?:any\s+)?objections?\b|\bunanimous(?:ly)?\b(?!\s+(?:consent\s+)?(?:poll|vote)\s+(?:for|on|to)\b)/iu,
  // "LGTM", "Approved by the maintainers".
  new RegExp(`(?:^|[^\\p{L}])(?:${alternation(APPROVAL_WORDS)})(?![\\p{L}])`, 'iu'),
  // A maintainer agreeing to a request, with no work of their own ("agreed to <verb>" is a commitment).
  gated(
    /agree|approv|accept|concurred|consented|signed/iu,
    new RegExp(
      `${CLAUSE}${NAME}(?:\\s*\\([^)]*\\))?\\s+(?:also\\s+)?(?:${alternation(AGREEING_VERBS)})(?=\\s*(?:[.;!]|,(?!\\s*(?:${alternation(REMARK_PARTICIPLES)})\\b)|$)|\\s+(?:as\\s+long\\s+as|provided|on\\s+(?:the\\s+)?condition|(?:to|with)\\s+(?:this|that|it)(?=\\s*(?:[,.;!]|$))|(?:with|on|to)\\s+(?:the|this|that|a|his|her|their)\\s+(?:\\S+\\s+){0,2}?(?:${alternation(REQUEST_NOUNS)})\\b))`,
      'u',
    ),
  ),
  // A maintainer confirming what the plan is: "Ada confirmed the plan is for the loader to …".
  gated(
    /confirmed|clarified/iu,
    new RegExp(
      `${CLAUSE}${NAME}\\s+(?:also\\s+)?(?:confirmed|clarified)\\s+(?:that\\s+)?the\\s+(?:plan|approach|direction|decision)\\s+(?:is|was|will)\\b`,
      'u',
    ),
  ),
  gated(
    /approved|accepted|confirmed|endorsed|adopted/iu,
    new RegExp(
      // (Also another's: "Ada confirmed Ben's suggestion of a separate branch".)
      // ("confirmed that …" states a fact: only a request confirmed counts.)
      `${CLAUSE}${NAME}\\s+(?:also\\s+)?(?:(?:approved|accepted)\\s+(?:it|this|that|(?:the|${NAME}['’]s?)\\s+(?:\\w+\\s+)?(?:${alternation(REQUEST_NOUNS)}))|(?:confirmed|endorsed|adopted)\\s+(?:the|${NAME}['’]s?)\\s+(?:\\w+\\s+)?(?:${alternation(REQUEST_NOUNS)}))\\b`,
      'u',
    ),
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
  gated(
    SETTLED_GATE,
    new RegExp(
      `${CLAUSE}(?:(?:the|this|that)\\s+)?(?:[\\p{L}\\d#-]+\\s+){0,2}?${ITEM}s?\\s+(?:${SETTLED})(?=\\s*(?:[,.;:!(–—-]|$)|\\s+(?:as|until|by|with|in\\s+favou?r|unanimously|pending|for\\s+now)\\b)`,
      'iu',
    ),
  ),
  // "Approved the new member", "Deferred the naming question": the settling verb opens the bullet.
  new RegExp(
    `^(?:${alternation(SETTLING_WITH_OBJECT)})\\s+(?:the|this|that|these|those|it|them|a|an)\\b`,
    'iu',
  ),
  // "On hold until the review is done", "Put on hold pending the legal review."
  /^(?:(?:still|now|currently|remains?|stays?|kept|is|are)\s+)*(?:put\s+)?on\s+hold(?=\s*(?:[,.;:!(–—-]|$)|\s+(?:until|till|pending|for|due|because|while)\b)/iu,
  // The settling word closes the bullet: "Several +1s, approved.", "Discussed briefly; deferred."
  gated(SETTLED_GATE, new RegExp(`(?:[,;:]|\\s[–—-])\\s*(?:${SETTLED})\\s*[.!]?\\s*$`, 'iu')),
  // "Passed.", "Carried unanimously."
  /^(?:passed|carried)(?=\s*(?:[,.;:!(–—-]|$)|\s+(?:unanimously|with)\b)/iu,
  // "Dropped from the agenda", "taken off the agenda".
  /\b(?:dropped|removed|taken|struck)\s+(?:off|from)\s+(?:the\s+)?agenda\b|^(?:remove|drop|take)\s+(?:it\s+|this\s+)?(?:off|from)\s+(?:the\s+)?agenda\b/iu,
  // "We can close this now", "This can be closed", "PR can be merged", "It cannot go in while …" (an
  // active verb with the item or nothing after it: "we can approve everything at the board" is a possibility).
  gated(
    /\bcan/iu,
    new RegExp(
      `${CLAUSE}(?:(?:we|this|it|that|(?:the\\s+)?(?:[\\p{L}\\d#-]+\\s+)?${ITEM}s?)\\s+)?(?:can|cannot|can['’]t|can\\s+not)\\s+(?:now\\s+)?(?:(?:close|resolve|drop|merge|land|approve|accept)\\b(?=\\s*(?:[.,;:!)–—-]|$)|\\s+(?:it|this|that|them|now|the|#))|be\\s+(?:closed|resolved|dropped|merged|landed|approved|accepted)\\b|go\\s+in\\b)`,
      'iu',
    ),
  ),
  // Node style: "The PR lands as is", "#1234 lands"; "OK to land", "cleared to merge".
  /\blands(?=\s*(?:[.!;,)–—-]|$)|\s+(?:as[\s-]is|with|once|after|unanimously)\b)/iu,
  /\b(?:ok|okay|fine|good|clear|cleared|approved)\s+to\s+(?:land|merge|ship|close|go\s+in)\b/iu,
  // An item kept open: "Keep the issue open for another week", "We will leave this open until …".
  gated(
    /\bopen\b/iu,
    new RegExp(
      // (Not "We were leaving it open until …", "had kept it open": what was so before the meeting.)
      `(?<!\\b(?:were|was|had)\\s+)\\b(?:keep|keeps|keeping|kept|leave|leaving|stay|stays|staying)\\s+(?:(?:this|it|that|them|(?:the\\s+)?(?:[\\p{L}\\d#-]+\\s+){0,2}?${ITEM}s?)\\s+)?open\\b`,
      'iu',
    ),
  ),
  // An item blocked by another: "Blocked by #910", "This is blocked on the spec change".
  gated(
    /\bblocked\b/iu,
    new RegExp(
      `(?:(?:^|[,;:]\\s+)(?:still\\s+|now\\s+)?|\\b(?:this|it|(?:the\\s+)?(?:[\\p{L}\\d#-]+\\s+)?${ITEM}s?)\\s+(?:is|are|remains?)\\s+(?:still\\s+|now\\s+)?)blocked(?=\\s+(?:by|on|until)\\b)`,
      'iu',
    ),
  ),
  // A convention set up in the passive: "Release notes are being added as a standing agenda item", "Weekly
  // triage was adopted as the process" (batch 3: a process the maintainers introduce is a decision; not
  // "the bug was introduced as part of the refactor", nor "added as a workaround": no convention named).
  gated(
    /\b(?:introduced|established|added|adopted|set\s+up)\s+as\b/iu,
    /\b(?:is|are|was|were|will\s+be|is\s+being|are\s+being|has\s+been|have\s+been)\s+(?:now\s+)?(?:introduced|established|added|adopted|set\s+up)\s+as\s+(?:a|an|the|our)\s+(?:(?:new|regular|standing|permanent|recurring|fixed|formal|official|default|monthly|weekly)\s+)*(?:agenda\s+item|item\s+on\s+the\s+agenda|process|procedure|convention|rule|policy|practice|requirement|standard|default|label|workflow)\b/iu,
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
  // In brackets after what it settles: "Tracking work in the document (decided to add it)".
  /\(\s*(?:decided|agreed)\s+(?:to|that|on|not\s+to)\b/iu,
  // "They" after the people of the bullet settling a matter, also after what they weighed first: "They
  // agreed that a new lock is needed", "They considered a fork but decided to write their own" ("they
  // agreed to …" is their commitment; "Ada weighed both but decided …" is hers as the maintainer).
  /(?:^|[,;:]\s+|\s(?=(?:and|but|so)\s))(?:(?:so|and|but|then|finally|eventually)\s+)*they\s+(?:(?:also|both|all|then|finally|eventually)\s+)?(?:agreed|concluded|decided)\s+(?:that|on|upon|against)\b/iu,
  // The group (or "they") weighing first: "The group discussed the options and decided to …", "The
  // participants reviewed both designs and agreed that …".
  gated(
    GROUP_GATE,
    new RegExp(
      `(?:^|[,;:]\\s+)(?:they|${GROUP})\\s+[^,.;]{0,80}?\\s(?:and|but)\\s+(?:then\\s+|eventually\\s+|finally\\s+|ultimately\\s+)?(?:decided|agreed|concluded|settled|opted)\\s+(?:to|that|on|upon|against|for)\\b`,
      'iu',
    ),
  ),
  // People weighing first: "Ada and Ben reviewed the patch and agreed that it can go in", "Ada looked at
  // both designs and decided to keep the old one" (a maintainer's decision; one person's "agreed that" is
  // a view).
  gated(
    /\b(?:agreed|decided|concluded)\b/iu,
    new RegExp(
      `(?:^|[,;:]\\s+)(?:${NAME}(?:(?:\\s*,\\s*|\\s+and\\s+|\\s*&\\s*)${NAME})+\\s+[^,.;]{0,80}?\\s(?:and|but)\\s+(?:then\\s+|finally\\s+)?(?:agreed|decided|concluded)\\s+(?:that|on|upon|to|against)|${NAME}\\s+[^,.;]{0,80}?\\s(?:and|but)\\s+(?:then\\s+|finally\\s+)?decided\\s+(?:to|that|against|not\\s+to))\\b`,
      'u',
    ),
  ),
  // A result stated alone: "Consensus.", "Rough consensus!", "Unanimous consent."
  /^(?:(?:rough|general|full|broad|clear|unanimous)\s+)?consensus\s*[.!]?\s*$/iu,
  // Approval given: "Ada gave her approval", "The group gave the green light".
  // (Not "received approval from the company": an outside body's say.)
  /\b(?:gave|given|granted)\s+(?:(?:his|her|their|the|its|an?|final|formal|full|explicit)\s+)*(?:approval|go-ahead|go\s+ahead|green\s+light|blessing|sign-?off|thumbs\s+up)\b/iu,
  // A maintainer's or the group's consent: "Ada is fine with merging it", "Everyone was okay with the plan".
  gated(
    FINE_WITH_GATE,
    new RegExp(
      `${CLAUSE}${NAMES}(?:\\s*\\([^)]*\\))?\\s+(?:is|was|are|were|seemed|seems)\\s+(?:also\\s+)?(?:fine|okay|OK|ok)\\s+with\\b`,
      'u',
    ),
  ),
  gated(
    FINE_WITH_GATE,
    new RegExp(
      `${CLAUSE}${GROUP}\\s+(?:is|was|are|were|seemed|seems)\\s+(?:all\\s+|also\\s+)?(?:fine|okay|ok)\\s+with\\b`,
      'iu',
    ),
  ),
  gated(
    /happy|comfortable|aligned|board|favou?r|unanimous/iu,
    new RegExp(
      `${CLAUSE}${GROUP}\\s+(?:(?:is|was|are|were)\\s+)(?:all\\s+|also\\s+)?(?:happy|comfortable|aligned|on\\s+board|in\\s+favou?r|unanimous)\\b`,
      'iu',
    ),
  ),
  // A ruling: "Multiple copyright lines are acceptable", "Force-pushes to main are not allowed".
  /\b(?:is|are|was|were)\s+(?:now\s+|still\s+|also\s+)?(?:not\s+)?(?:acceptable|unacceptable|allowed|permitted|disallowed|forbidden|prohibited)\b/iu,
  // A default chosen: "TOML will be the default", "The new loader becomes the default".
  /\b(?:will\s+(?:be|become|remain|stay)|becomes|is\s+now|remains)\s+the\s+(?:new\s+)?(?:default|standard|recommended|preferred|official)\b/iu,
  // "The preferred approach is to …" (the group's preference, not "Ada's preferred approach").
  /^(?:the\s+)?(?:preferred|chosen|agreed(?:-upon)?)\s+(?:approach|option|solution|direction|way|design|plan|name)\s+(?:is|was|will\s+be)\b/iu,
  // Nobody against: "No one opposed", "There was no pushback".
  /\b(?:nobody|no\s+one|none)\s+(?:opposed|disagreed|dissented)\b|\bno\s+(?:pushback|opposition|dissent)\b/iu,
  // Taken off the agenda by its label: "Removing the tsc-agenda label", "remove agenda tag".
  /\b(?:remove|removed|removing|drop|dropped|dropping)\s+(?:the\s+)?[\w-]*agenda[\w-]*\s+(?:label|tag)\b/iu,
  // Two or more people settling a matter between them: "Ada and Ben agreed that the format stays" ("Ada
  // and Ben agreed to …" is their commitment; one person "agreed that it is hard" is an opinion).
  gated(
    /agree|decided|concluded/iu,
    new RegExp(
      `${CLAUSE}${NAME}(?:(?:\\s*,\\s*|\\s+and\\s+|\\s*&\\s*)${NAME})+\\s+(?:both\\s+|all\\s+|also\\s+)?(?:agreed|agree|decided|concluded)\\s+(?:that|on|upon)\\b`,
      'u',
    ),
  ),
  // The act as a noun: "Made the decision to split the crate", "The group took the decision that …".
  /\b(?:made|took|taken|reached)\s+(?:a|the)\s+(?:\w+\s+)?decision\s+(?:to|that|not\s+to|on)\b/iu,
  // The call ends with the result: "The call concluded with agreement on the layout".
  /\b(?:concluded|ended|closed)\s+with\s+(?:(?:a|an|general|broad|clear|full)\s+)*(?:agreement|consensus|a\s+decision)\b/iu,
  // Nobody against: "No one was against it".
  /\b(?:nobody|no\s+one|none)\s+(?:was|were|is|are|spoke|voted)\s+(?:against|opposed)\b/iu,
  // The group in favour without a verb: "All in favour", "Everyone in favour of option B".
  new RegExp(`^(?:${GROUP}|unanimously)\\s+in\\s+favou?r\\b`, 'iu'),
  // The group's +1 or thumbs up: "Everybody +1", "Thumbs up from everyone", "The room gave a thumbs-up".
  gated(
    /\+1|thumbs/iu,
    new RegExp(
      `${CLAUSE}${GROUP}\\s*(?:[:,–—-]\\s*)?(?:(?:gave|give|gives)\\s+(?:it\\s+)?(?:a\\s+|their\\s+)?)?(?:\\+1|thumbs[\\s-]up)|\\bthumbs[\\s-]up\\s+(?:from|by)\\s+${GROUP}\\b`,
      'iu',
    ),
  ),
  // Settled by whom: "Agreed by all", "Accepted by the maintainers", "Adopted by consensus".
  new RegExp(
    `^(?:agreed|approved|accepted|adopted|endorsed|ratified|rejected|decided)\\s+(?:(?:up)?on\\s+)?(?:by|among)\\s+(?:${GROUP}|consensus|acclamation)\\b`,
    'iu',
  ),
  // The discussion and its settling in one passive: "The logo was discussed and approved", "A fork was
  // considered but rejected".
  new RegExp(
    `\\b(?:is|was|were|has\\s+been|have\\s+been)\\s+(?:briefly\\s+)?(?:discussed|considered|reviewed|presented|debated|evaluated|tested|tried|proposed|suggested|requested)\\s+(?:\\S+\\s+){0,4}?(?:and|but)\\s+(?:then\\s+|eventually\\s+|finally\\s+|ultimately\\s+)?(?:\\p{L}+ly\\s+)?(?:${SETTLED})\\b`,
    'iu',
  ),
  // A poll's step granted: "Phase 2 approved", "Stage 3 reached".
  new RegExp(
    `\\b(?:phase|stage)\\s+\\d+\\s+(?:is\\s+|was\\s+|has\\s+been\\s+)?(?:${SETTLED}|passes|passed|granted|reached|achieved)\\b`,
    'iu',
  ),
  // A ruling on scope: "This is out of scope for the loader", "Out of scope for this release", "Won't fix".
  // (Not hedged or graded: "this is a bit out of scope" is a view.)
  /(?<!\b(?:slightly|somewhat|bit|probably|maybe|perhaps|possibly|likely|partly|mostly|arguably|kind\s+of|sort\s+of)\s+)\bout\s+of\s+scope\b|^(?:won['’]t|will\s+not)\s+fix\b|\bwontfix\b/iu,
  // Nothing changes: "The current behaviour stays as is", "Leave it as it is", "The flag will remain
  // unchanged" (not "the failure remains unchanged": a state; "unchanged" needs the future or keeping).
  /\b(?:stays?|stayed|remains?|remained|will\s+(?:stay|remain)|(?:is|are|was|were|will\s+be|be)\s+(?:kept|left)|leave|leaving|keep|keeping)\s+(?:(?:it|this|that|them|things)\s+)?as[\s-](?:is|it\s+is|they\s+are|it\s+stands|they\s+stand)\b|\b(?:will\s+(?:stay|remain)|(?:is|are|will\s+be)\s+(?:kept|left))\s+(?:unchanged|untouched|in\s+place|the\s+same)\b/iu,
  // A settling act opens the bullet with its object: "Closing the issue", "Deferring this to next week"
  // (not the gerund as a subject, "Approving charters is clunky", nor a list of chores, "closing issues").
  new RegExp(
    `^(?:${alternation(SETTLING_GERUNDS)})\\s+(?:it|this|that|(?:the|this|that)\\s+(?:[\\p{L}\\d#-]+\\s+){0,2}?${ITEM}s?|(?:[\\p{L}\\d#-]+\\s+){0,2}?${ONE_ITEM})\\b(?!(?:\\s+\\S+){0,3}\\s+(?:is|are|was|were|has|have|seems?)\\b)`,
    'iu',
  ),
  // A bare status: "Hold.", "Topic: on hold" (the label taken off), "Discussed; hold".
  /^(?:on\s+)?hold\s*[.!]?\s*$|(?:[,;:]|\s[–—-])\s*on\s+hold\s*[.!]?\s*$/iu,
  // The choice as the bullet's verb: "Going with option B", "Sticking with the current runner".
  /^(?:going|sticking|staying)\s+with\b/iu,
  // The group's own noun for the result: "The group's preference is option B", "The team's position was …".
  new RegExp(
    `^(?:the\\s+)?(?:${alternation(GROUP_NOUNS)}|meeting|room)['’]s?\\s+(?:preference|choice|position|verdict|recommendation)\\s+(?:is|was)\\b`,
    'iu',
  ),
  // The plan the group fixes, as a noun: "The approach will be to split the crate", "The format will be
  // TOML" (not "The design will be complex": an adjective, no choice), "The direction is to …".
  // (Case-sensitive: a capital after "will be" is a name, "TOML".)
  /^(?:[Tt]he\s+)?(?:(?:new|final|agreed|chosen)\s+)?(?:[Aa]pproach|[Dd]irection|[Ss]olution|[Dd]esign|[Ff]ormat|[Nn]ame|[Nn]aming|[Pp]olicy|[Cc]onvention|[Ss]trategy|[Pp]lan\s+of\s+record)\s+(?:will\s+be|is\s+going\s+to\s+be)\s+(?=to\s+\p{L}|that\b|\p{Lu}|["“'‘`\d])|^(?:[Tt]he\s+)?[Dd]irection\s+(?:is|was)\s+to\b/u,
  // The course the group goes ahead with: "The team will proceed with the PR", "We are moving forward
  // with option B" ("The merge will proceed" is the group's work going on: a commitment).
  gated(
    /proceed|forward|ahead/iu,
    new RegExp(
      `${CLAUSE}(?:${GROUP_WILL}|${GROUP}(?:\\s*['’]re|\\s+(?:are|is))\\s+)(?:proceed(?:ing)?|mov(?:e|ing)\\s+(?:forward|ahead)|go(?:ing)?\\s+ahead)\\s+with\\b`,
      'iu',
    ),
  ),
  // An item kept on the agenda: "Keep it on the agenda", "Stays on the agenda for next week".
  /\b(?:keep|keeps|keeping|kept|leave|leaving|stay|stays|remain|remains)\s+(?:(?:it|this|that)\s+)?on\s+(?:the\s+)?agenda\b/iu,
  // The decision itself put off: "Decision deferred to next week", "The decision was postponed".
  /^(?:the\s+)?decision\s+(?:was\s+|is\s+|has\s+been\s+)?(?:deferred|postponed|pushed|tabled|delayed)\b/iu,
  // A bare disposition of the item, with its reason: "Close, covered by #321", "Defer." (with an object,
  // "Close the issue", it is a chore).
  /^(?:close|defer|postpone|table|park|drop|reject|approve|accept)(?=\s*(?:[,.;!–—-]|$)|\s+(?:as|since|because|for\s+now)\b)/iu,
  // Moved elsewhere: "Move to the CoC repo", "Transferred to the discussions board".
  /^(?:move|moved|moving|transfer|transferred|migrate|migrated)\s+(?:it\s+|this\s+|(?:the\s+)?(?:issue|item|discussion|thread)\s+)?(?:to|into)\s+(?:the\s+)?(?:[\p{L}\d/-]+\s+){0,2}?(?:repo|repository|org|organi[sz]ation|discussions?|backlog|tracker)\b/iu,
  // Elected: "Ada and Ben voted in as members", "Ben was elected chair".
  /\bvoted\s+(?:in|onto|on\s+to)\b|\b(?:was|were|is|are|been|got|get)\s+(?:elected|appointed|voted\s+in)\b/iu,
  // Closing tied to another item: "Should be closed once #412 lands", "To be closed once the PR merges".
  // (Tied to another item, not to work still to do: "will be closed once the data is shared" is a plan.)
  /\b(?:should|will|can|to)\s+be\s+closed(?=\s+(?:when|once|after|as\s+soon\s+as)\s+(?:#\d|(?:the\s+|that\s+|this\s+)?(?:[\p{L}\d-]+\s+)?(?:pr|pull\s+request|issue|patch|change|rfc|spec|proposal)\b))/iu,
  // Ready as it is, in the present: "The PR is ready to be merged", "The series is now ready to land" (not
  // "will be ready next week": a forecast; "Ada thinks it is ready": a view).
  /\b(?:is|are)\s+(?:now\s+|also\s+)?ready\s+(?:to\s+(?:be\s+)?(?:merged?|land(?:ed)?|go\s+in|close[ds]?|ship(?:ped)?)|for\s+(?:merg(?:e|ing)|landing))\b/iu,
  // The course named as the one to take: "Splitting the crate is the way forward", "Option B is the way to
  // go", "Splitting will be the approach".
  /\b(?:is|will\s+be)\s+the\s+(?:way\s+forward|way\s+to\s+go|path\s+forward|(?:agreed|chosen|preferred|right)\s+(?:approach|direction|way))\b|\bwill\s+be\s+the\s+(?:approach|solution|plan|direction)\b/iu,
  // Acceptable for the time being: "This approach is fine for now", "One page is enough for now".
  /\b(?:is|are)\s+(?:fine|ok|okay|good\s+enough|enough|sufficient)\s+for\s+(?:now|the\s+time\s+being)\b/iu,
  // The interim course: "For now, the loader keeps its name", "For the time being, we will build one image
  // per platform" (not a person's: "For now, Ada will look into it"; not a state: "the tests fail", "it
  // will be emulated").
  /^(?:for\s+now|for\s+the\s+time\s+being|for\s+the\s+moment|in\s+the\s+short\s+term|initially),?\s+(?:(?:we|the\s+(?:group|team))\s+(?:will|shall|keep|stay|stick|use|go)\b|(?:the|this|that|these|those|it|our)\b[^,.;]{0,60}?\s(?:keeps?|stays?|remains?|uses?|will\s+(?:stay|remain|keep|use)))\b/iu,
  // The interim course as an instruction: "For now: keep the notes in the shared doc", "For the time
  // being, use the old runner" (the verb opens the clause; not "For now, Ada will look into it", not
  // "For now: no idea").
  new RegExp(
    `^(?:for\\s+now|for\\s+the\\s+time\\s+being|for\\s+the\\s+moment)\\s*[,:：–—-]?\\s+(?:just\\s+)?(?:${alternation(INTERIM_COURSE_VERBS)})\\b`,
    'iu',
  ),
  // Set aside: "Put on the back burner", "The idea is on ice until spring".
  /\b(?:on|to)\s+the\s+back\s*-?burner\b|\b(?:is|are|was|were|put|kept|stays?|remains?)\s+on\s+ice\b/iu,
  // The go-ahead received: "The PR got the go-ahead", "Ada has the green light to merge".
  /\b(?:got|received|has|have|had)\s+(?:the|a)\s+(?:go-ahead|go\s+ahead|green\s+light|thumbs\s+up)\b/iu,
];

/**
 * Between the auxiliary and the participle of a settling passive: an adverb of manner or time ("was
 * generally approved", "is now closed"; not a hedge, "was probably rejected"), and the discussion that led
 * to it ("was discussed but rejected", "was reviewed and then approved").
 */
const PASSIVE_LEAD = `(?:(?!(?:${alternation(HEDGES)}|unlikely)\\b)\\p{L}+ly\\s+|now\\s+|already\\s+)?(?:(?:discussed|considered|reviewed|presented|debated|evaluated|tested|tried|proposed|suggested|requested)\\s+(?:\\S+\\s+){0,4}?(?:and|but)\\s+(?:then\\s+|eventually\\s+|finally\\s+|ultimately\\s+)?(?:\\p{L}+ly\\s+)?)?`;
// The item settled in the passive ("The issue is resolved", "can be closed", "has been deferred until …",
// "is on hold"): the subject is whatever stands before it, so it is checked apart (relative clauses).
const SETTLED_PASSIVE_RE = new RegExp(
  `(\\S+)\\s+(?:(\\S+)\\s+)?(?:is|was|were|are|be|been|being)\\s+${PASSIVE_LEAD}(?:${SETTLED}|agreed(?:\\s+(?:up)?on)?|put\\s+on\\s+hold|on\\s+hold|(?:deemed|considered|declared|regarded\\s+as|treated\\s+as)\\s+(?!by\\b|for\\b|in\\b|but\\b|and\\b|at\\b|too\\b|during\\b|before\\b|earlier\\b|previously\\b|already\\b)(?=[\\p{L}\\d]))|\\bput\\b(?:\\s+\\S+){0,5}?\\s+on\\s+hold\\b`,
  'iu',
);
/** What every settling passive needs: a participle of `SETTLED_PARTICIPLES`, "agreed", "hold", "deemed" … */
const PASSIVE_GATE = new RegExp(
  `(?:^|[^\\p{L}])(?:${SETTLED}|agreed|hold|deemed|considered|declared|regarded|treated)(?![\\p{L}])`,
  'iu',
);
/** "It will not be backported", "PRs from bots will not be accepted", "cannot be merged while …". */
const REFUSED_PASSIVE_RE = new RegExp(
  `(\\S+)\\s+(?:(\\S+)\\s+)?(?:(?:will|shall)\\s+not|won['’]t|shan['’]t)\\s+be\\s+(?!(?:${alternation(STATE_WORDS)})\\b)(?:\\p{L}+ed|\\p{L}+en|made|built|kept|held|sent)\\b|(\\S+)\\s+(?:(\\S+)\\s+)?(?:cannot|can['’]t|can\\s+not)\\s+be\\s+(?:merged|accepted|landed|approved|included|backported|supported|released|shipped|upstreamed)\\b`,
  'iu',
);
const RELATIVE = new Set(['that', 'which', 'who', 'what']);
/** Right after a passive settling: where or when it was settled, if not in this meeting. */
const ELSEWHERE_RE =
  /^\s+(?:upstream|yesterday|earlier\s+this\s+(?:week|month|year)|last\s+(?:week|month|year|time)|(?:\S+\s+){0,3}?(?:by|in|at)\s+the\s+(?:board|kernel|upstream|mailing\s+list|conference))\b/iu;

const NEGATIVE_RE =
  /^(?:no|not\s+yet\s+a?)\s+(?:decision|conclusion|consensus|agreement)\b|\b(?:did\s+not|didn't|could\s+not|couldn't)\s+(?:reach|come\s+to)\b|\bno\s+(?:decision|conclusion|consensus)\s+(?:yet|was|has)\b|\b(?:needs?|have)\s+to\s+decide\b|\bto\s+be\s+decided\b/iu;

/** A sentence that cannot hold a decision is never split or matched: the cue lexicon of `cues.ts`. */
const CUE_RE = new RegExp(
  `(?:^|[^\\p{L}])(?:${alternation(DECISION_CUES)})|\\+1|\\d\\s+(?:against|yes|yeas?|ayes?|no|nays?)\\b|\\bSF\\s*[:=]?\\s*\\d`,
  'iu',
);

/**
 * "No decision yet", "did not come to a conclusion", "needs to decide": the matter is still open; and,
 * under a decision label, a hedged line ("A basic version may be enough for now"): a view, not the result.
 */
export function isUndecided(text: string): boolean {
  const plain = stripInlineMarkdown(text);
  return NEGATIVE_RE.test(plain) || HEDGED_RE.test(plain.split(/[,;:]\s/u)[0] ?? '');
}
const HEDGED_RE = new RegExp(`\\b(?:may|might|could|${alternation(HEDGES)})\\b`, 'iu');

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
  if (!PASSIVE_GATE.test(sentence)) return -1;
  const match = SETTLED_PASSIVE_RE.exec(sentence);
  if (!match) return -1;
  const [, first = '', second = ''] = match.map((word) => (word ?? '').toLowerCase());
  // "the points that were agreed upon" reports an old decision; "will be closed" is work still to do
  // (a commitment); "should be closed" and "to be resolved" a wish.
  // (", which was accepted" adds the outcome to what came before: a non-restrictive clause states it.)
  const nonRestrictive =
    (second || first) === 'which' &&
    /,\s*$/u.test(sentence.slice(0, match.index + match[0].search(/which/iu)));
  if ((RELATIVE.has(first) || RELATIVE.has(second)) && !nonRestrictive) return -1;
  if (/^(?:will|shall|would|should|to|could|might|may|must)$/u.test(second || first)) return -1;
  // "The conference was postponed", "Ada's talk was accepted": an event's logistics or an outside body's say.
  const head = (second || first).replace(/[^\p{L}]+/gu, '');
  if (EVENT_NOUNS.has(head)) return -1;
  if (subordinateBefore(sentence, match.index + (match[1]?.length ?? 0))) return -1;
  // "The patch was accepted upstream last week": settled elsewhere, or before the meeting; a report.
  if (ELSEWHERE_RE.test(sentence.slice(match.index + match[0].length))) return -1;
  return auxiliaryAt(match, /\b(?:is|was|were|are|be|been|being|put)\s/iu);
}

/** "It will not be backported": a refusal in the passive, of a thing (not "Ada will not be …"). */
function refusedPassive(sentence: string): number {
  if (!NOT_GATE.test(sentence)) return -1;
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
 * A refusal with the matter as its subject, in the active: "The loader will not support 32-bit hosts",
 * "This won't go into 1.0", "The fix won't make it into this release". Only verbs of what a project takes
 * in (`SCOPE_VERBS`): "It will not work", "will not boot" forecast, they settle nothing.
 */
const SCOPE = alternation(SCOPE_VERBS);
const THING_REFUSAL_RE = new RegExp(
  `(\\S+)\\s+(?:(\\S+)\\s+)?(?:(?:will|shall)\\s+not|won['’]t|shan['’]t|(?:is|are)\\s+not\\s+going\\s+to)\\s+(?:${SCOPE})\\b`,
  'iu',
);

function thingRefusal(sentence: string): number {
  if (!NOT_GATE.test(sentence)) return -1;
  const match = THING_REFUSAL_RE.exec(sentence);
  if (!match) return -1;
  const first = match[1] ?? '';
  const second = match[2] ?? '';
  if (RELATIVE.has(first.toLowerCase()) || RELATIVE.has(second.toLowerCase())) return -1;
  const subject = second ? `${first} ${second}` : first;
  // A person's or an outside party's refusal ("Ada won't support it", "they won't accept it") is theirs.
  if (personSubject(second || first) || personSubject(subject)) return -1;
  if (/^(?:they|them)$/iu.test(second || first)) return -1;
  if (subordinateBefore(sentence, match.index + first.length)) return -1;
  if (qualifiedBefore(sentence, match.index)) return -1;
  return auxiliaryAt(match, /\b(?:will|shall|won|shan|is|are)\b/iu);
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
  if (!/\b(?:will|shall)\b/iu.test(sentence)) return -1;
  const match = DESIGN_RE.exec(sentence);
  if (!match) return -1;
  const subject = (match[1] ?? '').trim();
  if (personSubject(subject) || PERSON_WORDS_RE.test(subject)) return -1;
  // "The call will stay at 9am": when a meeting is, logistics.
  if (EVENT_NOUNS.has(subject.split(/\s+/u).at(-1)?.toLowerCase() ?? '')) return -1;
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
  const before = sentence.slice(0, at);
  const words = wordsBefore(sentence, at);
  if (words.some((word) => DISPUTING_WORDS.has(word))) return true;
  if (/\b(?:do|does|did)(?:\s+not|n['’]t)\s+(?:think|believe|agree|feel)\b/iu.test(before))
    return true;
  if (/\bnot\s+(?:sure|convinced|clear)\b/iu.test(before)) return true;
  // A hit that opens with "and" / "but" and a subject starts a clause of its own.
  if (NEW_SUBJECT_AT_RE.test(sentence.slice(at))) return false;
  // The clause of the hit: after a comma or the like, or after "and" / "but" before a new subject ("Ada
  // proposed a new name and the group agreed": the proposal is not the group's clause).
  let clause = before.split(/[,;:：]\s+/u).at(-1) ?? '';
  if (/\s(?:and|but)\s/u.test(clause)) clause = clause.split(NEW_SUBJECT_RE).at(-1) ?? '';
  return wordsBefore(clause, clause.length).some(
    (word, i, words) =>
      (TENTATIVE_WORDS.has(word) &&
        !attributive(words, i) &&
        !coordinated(words, i) &&
        !evidential(words, i)) ||
      (opinions && OPINION_WORDS.has(word)),
  );
}

/** "Seems like we have consensus", "looks like …": "like" after a verb of appearance reports, it wishes nothing. */
const APPEARANCE = new Set([
  'seems',
  'seem',
  'seemed',
  'looks',
  'look',
  'looked',
  'sounds',
  'sound',
]);
const evidential = (words: readonly string[], i: number) =>
  words[i] === 'like' && APPEARANCE.has(words[i - 1] ?? '');

/**
 * "and" / "but" before a new subject: a clause of its own ("… and the group agreed"); "so we can land"
 * is a purpose, still the clause it serves.
 */
const SUBJECT_AFTER =
  '(?:then\\s+)?(?:(?:the\\s+)?(?:group|team|we|everyone|everybody|all|maintainers|participants|attendees)\\b|\\p{Lu})';
const NEW_SUBJECT_RE = new RegExp(`\\s(?:and|but)\\s+(?=${SUBJECT_AFTER})`, 'u');
const NEW_SUBJECT_AT_RE = new RegExp(`^\\s*(?:and|but)\\s+${SUBJECT_AFTER}`, 'u');

/**
 * A tentative verb coordinated with the settling one the hit starts at: "It was proposed and agreed",
 * "was discussed and then accepted": only "and" / "but" and adverbs stand between them.
 */
const coordinated = (words: readonly string[], i: number) => {
  const between = words.slice(i + 1);
  return (
    between.length > 0 &&
    (between[0] === 'and' || between[0] === 'but') &&
    between.slice(1).every((word) => word.endsWith('ly') || word === 'then' || word === 'finally')
  );
};

/** A participle after a determiner is an adjective ("the proposed logo", "the requested change"), no verb. */
const DETERMINERS = new Set([
  'the',
  'a',
  'an',
  'this',
  'that',
  'these',
  'those',
  'its',
  'our',
  'their',
]);
const attributive = (words: readonly string[], i: number) =>
  words[i]!.endsWith('ed') && DETERMINERS.has(words[i - 1] ?? '');

/** Where a rule's hit stands in its own clause, neither a condition nor a wish nor disputed; or -1. */
function hitAt(re: RegExp, plain: string): number {
  const hit = re.exec(plain);
  if (hit === null || subordinateBefore(plain, hit.index + hit[0].length)) return -1;
  // Read the clause from the hit's first word, past the boundary the rule takes with it: in "Ada
  // believes we can close, no objections" the consent is its own clause after the comma.
  const word = hit.index + Math.max(0, hit[0].search(/[\p{L}\p{N}+#]/u));
  return qualifiedBefore(plain, word) ? -1 : hit.index;
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
/**
 * A five-way poll's counts written out ("SF 4, F 9, N 3, A 1, SA 0", "SF: 5 F: 10 …"): carried when
 * those in favour outnumber those against. Case-sensitive: the column names are capitals.
 */
const FIVE_WAY_RE = /\b(SF|SA|F|N|A)\s*[:=]?\s*(\d+)\b/gu;

/** Whether a text gives a five-way poll's counts and they carry it ("SF 7 F 13 N 5 A 1 SA 0"). */
export function pollCarried(counts: string): boolean {
  return fiveWayPoll(counts) >= 0;
}

function fiveWayPoll(plain: string): number {
  const counts = new Map<string, number>();
  let first = -1;
  for (const match of plain.matchAll(FIVE_WAY_RE)) {
    const [, column = '', count = '0'] = match;
    if (!counts.has(column)) counts.set(column, Number(count));
    if (first < 0) first = match.index;
  }
  if (counts.size < 4 || !counts.has('SF') || !counts.has('SA')) return -1;
  const favour = (counts.get('SF') ?? 0) + (counts.get('F') ?? 0);
  const against = (counts.get('A') ?? 0) + (counts.get('SA') ?? 0);
  return favour > against ? first : -1;
}

/** Outside a speaker's turn a choice or a refusal states the group's decision too (built once). */
const UNSPOKEN_STATEMENT_RES: readonly RegExp[] = [
  ...STATEMENT_RES,
  ...CHOICE_RES,
  REFUSAL_RE,
  // "Agreed." as a bullet of its own records the meeting's assent; in a speaker's turn it is that
  // speaker agreeing with the last point.
  /^(?:agreed|all\s+agreed)\s*[.!]*\s*$/iu,
  // An item waiting on another: "waiting on the selection process", "This is waiting for #12" (in a
  // speaker's turn, "waiting on one person" reports the speaker's own progress).
  gated(
    /\bwaiting\b/iu,
    new RegExp(
      `(?:^|[,;:]\\s+)(?:(?:this|it|(?:the\\s+)?(?:[\\p{L}\\d#-]+\\s+)?${ITEM}s?)\\s+(?:is|are)\\s+)?(?:still\\s+)?waiting\\s+(?:on|for)\\b`,
      'iu',
    ),
  ),
  // "No need to backport this", "There is no need for a separate binary" (a speaker's "no need to rush" is
  // their view).
  /^(?:there\s+is\s+|there['’]s\s+)?no\s+(?:need|reason)\s+(?:to|for)\b/iu,
  // "The preference is to split the crate" (the meeting's; "Ada's preference", or a speaker's, is theirs).
  /^(?:the\s+)?(?:general\s+|overall\s+|clear\s+|group\s+)?preference\s+(?:is|was)\s+(?:to|for)\b/iu,
  // A refusal with no subject written, as notes put it: "Will not pursue this further", "Not going to
  // backport it" (a speaker's "Won't pursue it" is that speaker's stance).
  new RegExp(
    `^(?:(?:will|shall)\\s+not|won['’]t)\\s+(?:${SCOPE})\\b|^(?:(?:are|is)\\s+)?(?:not\\s+going\\s+to|decided\\s+not\\s+to)\\s+(?!${NOT_ABOUT_THE_MATTER}|(?:${alternation(FORECAST_VERBS)})\\b)\\p{L}`,
    'iu',
  ),
];

function statesDecision(plain: string, speaker: boolean): number {
  if (/\?\s*$/u.test(plain)) return -1;
  // Up to the end of the match: its own clause (after a lead-in's comma), "once" or "if" in it.
  const stated = firstHit(speaker ? STATEMENT_RES : UNSPOKEN_STATEMENT_RES, plain);
  if (stated >= 0) return stated;
  const vote = VOTE_COUNT_RE.exec(plain);
  if (vote && Number(vote[1]) > Number(vote[2])) return vote.index;
  // The cue's own word, past the boundary the cue pattern takes with it: "discussed the layout;
  // consensus was …" reads the clause after the semicolon, not the one the discussion opened.
  const cue = CUE_RE.exec(plain);
  const cueAt = cue ? cue.index + Math.max(0, cue[0].search(/[\p{L}\d+]/u)) : -1;
  if (cue && qualifiedBefore(plain, cueAt, false)) return -1;
  const consensus = consensusReached(plain);
  if (consensus >= 0) return consensus;
  if (cue && qualifiedBefore(plain, cueAt)) return -1;
  const settled = settledPassive(plain);
  if (settled >= 0 || speaker) return settled;
  const refused = refusedPassive(plain);
  if (refused >= 0) return refused;
  const scoped = thingRefusal(plain);
  if (scoped >= 0) return scoped;
  const poll = fiveWayPoll(plain);
  return poll >= 0 ? poll : designStated(plain);
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
  /** The speaker label names the whole group ("All: +1", "Everyone: agreed"). */
  group?: boolean;
}

/** The group's assent in a turn of its own: "All: +1", "Everyone: agreed", "Group: no objections". */
const GROUP_ASSENT_RE =
  /^(?:\+1s?|agreed|agree|yes|aye|lgtm|sgtm|approved|no\s+objections?|sounds\s+good|👍)(?![\p{L}])/iu;

/** A speaker label that names the whole group: "All:", "Everyone:", "The group:". */
export const GROUP_SPEAKER_RE =
  /^[*_]{0,2}(?:all|everyone|everybody|(?:the\s+)?(?:group|room))\s*[:：]/iu;

export function extractDecision(
  text: string,
  { speaker = false, group = false }: DecisionOptions = {},
): ExtractedDecision | null {
  const shown = stripInlineMarkdown(text);
  const plain = maskUrls(shown);
  if (group && GROUP_ASSENT_RE.test(plain.trim())) return { text: shown, labelOnly: false };
  if (NEGATIVE_RE.test(plain)) return null;
  const label = LABEL_RE.exec(plain);
  if (label) {
    const rest = shown.slice(label[0].length).trim();
    return { text: rest, labelOnly: rest === '' };
  }
  if (/^(?:decision|decisions|consensus|conclusion|agreement)s?\s*$/iu.test(plain)) {
    return { text: '', labelOnly: true };
  }
  const inner = INNER_LABEL_RE.exec(plain);
  if (inner && !NEGATIVE_RE.test(plain.slice(inner.index + inner[0].length))) {
    const from = shown.slice(inner.index).replace(/^[.;!\s–—-]+/u, '');
    return { text: shown, labelOnly: false, from };
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
