/**
 * The words the outcome rules listen for. Lexicons, not patterns: which verbs commit someone, which
 * report what they said, which propose; which nouns stand for the whole group.
 */

import { memoize } from '../memo.ts';

/** "<Owner> volunteered / offered … to <verb>": taking work on. Base forms; inflections are matched. */
export const COMMITTING_VERBS = new Set([
  'agree',
  'volunteer',
  'offer',
  'commit',
  'promise',
  'plan',
  'intend',
  'aim',
  'pledge',
  'undertake',
  'sign',
]);

/**
 * "Ada hopes / expects / is looking / seeks to <verb>": an intention about one's own work, read only in
 * the present ("was hoping to" is a report) and only with "to" right after ("expects the vendor to" is
 * about others).
 */
export const INTENDING_VERBS = new Set(['hope', 'expect', 'look', 'seek']);

/** Verbs that take work on with an object rather than "to" ("volunteered for the review"). */
const TAKING_ON_VERBS = new Set(['volunteer', 'sign', 'take', 'pick']);

/** Reported speech: "Ada said she would …". */
export const REPORTING_VERBS = new Set([
  'say',
  'said',
  'mention',
  'note',
  'state',
  'confirm',
  'indicate',
  'explain',
  'reply',
  'respond',
  'announce',
  'add',
  'agree',
  'promise',
  'acknowledge',
  'clarify',
  'report',
  'decide',
  'tell',
  'told',
  'hope',
  'expect',
  'think',
  'thought',
  'believe',
]);

/** "<Person> suggested / recommended …": shown apart from commitments. */
export const SUGGESTING_VERBS = new Set([
  'suggest',
  'recommend',
  'propose',
  'advise',
  'encourage',
  'urge',
]);

/**
 * "Ada prefers …", "I would prefer …", "Ben favours …", "Carla advocated …": a participant advocating a
 * course, which the labelling guide counts as a suggestion (batch 4).
 */
export const ADVOCATING_VERBS = new Set(['prefer', 'favor', 'favour', 'advocate']);

/** Subjects that stand for the meeting as a whole: "The group will …", "Everyone agreed …". */
export const GROUP_NOUNS = new Set([
  'group',
  'team',
  'teams',
  'community',
  'maintainers',
  'everyone',
  'everybody',
  'all',
  'attendees',
  'participants',
  'folks',
  'people',
  'committee',
  'council',
  'tsc',
  'cpc',
  'cg',
  'we',
  'us',
  'developers',
  'members',
]);

/** Subordinators: a future inside "asked whether Ada will …" or "once Ada will …" commits nobody. */
export const SUBORDINATORS = new Set([
  'whether',
  'if',
  'when',
  'once',
  'unless',
  'until',
  'before',
  'after',
  'because',
  'since',
  'while',
  'how',
  'why',
  'what',
  'who',
  'whom',
  'where',
  'which',
  'whatever',
  'whoever',
]);

/** Hedges: "Ada will probably …" is a guess, not a commitment. */
export const HEDGES = new Set(['probably', 'likely', 'possibly', 'maybe', 'perhaps', 'hopefully']);

/** Between a subject and its verb: "Ada also agreed", "Ada has volunteered", "Ada then will". */
export const FILLERS = new Set([
  'also',
  'then',
  'now',
  'first',
  'soon',
  'still',
  'already',
  'both',
  'each',
  'all',
  'again',
  'further',
  'additionally',
  'kindly',
  'has',
  'have',
  'had',
  'just',
  'later',
  'eventually',
]);

/** Subject pronouns that stand for people. */
/**
 * Capitalised abbreviations minutes use for things, not people: "PR to be merged", "FYI: I will …",
 * "CI to be fixed". Initials ("SC to post …", "NF: …") are a speaker only when they are not one of
 * these, or an attendee who happens to be Paul Rogers would own every pull request.
 */
export const THING_ABBREVIATIONS: ReadonlySet<string> = new Set([
  'AOB',
  'API',
  'CD',
  'CI',
  'CLI',
  'CVE',
  'EOD',
  'EOW',
  'ETA',
  'FAQ',
  'FYI',
  'LTS',
  'MR',
  'OK',
  'PR',
  'PRS',
  'PSA',
  'QA',
  'RFC',
  'SDK',
  'TBA',
  'TBD',
  'TSC',
  'UI',
  'URL',
  'UX',
  'WG',
  'WIP',
]);

export const PERSON_PRONOUNS = new Set(['he', 'she', 'they', 'i']);

/** Heading or bullet labels ("**Action items:**", "Decision:") and what they make of what follows. */
export type LabelKind = 'commitment' | 'decision' | 'suggestion';

const LABELS: Array<[RegExp, LabelKind]> = [
  [
    /^(?:action(?:\s+items?|\s+points?)?|actions|ais?|todos?|to[- ]?dos?|volunteers?|next\s+steps?|follow[- ]?ups?|owners?\s+and\s+next\s+steps|takeaways?\s+and\s+actions?|goals?|objectives?|targets?|plans?|planned)$/iu,
    'commitment',
  ],
  [
    /^(?:final\s+)?(?:decisions?|decided|consensus|conclusions?|agreements?|agreed|resolutions?|resolved|outcomes?|approved|accepted|rejected|verdicts?|result|(?:poll|vote|voting)\s+results?|(?:agreed|chosen|preferred|selected|final)\s+(?:approach|plan|direction|solution|design|path|option)|(?:agreement|consensus)\s+reached)$/iu,
    'decision',
  ],
  [/^(?:suggestions?|proposals?|recommendations?|proposed|suggested)$/iu, 'suggestion'],
];

function singleLabelKind(text: string): LabelKind | null {
  // "Key decisions", "Decisions made", "Open action items": a qualifier around the label.
  const core = text
    .replace(/^(?:key|main|open|new|our|the|list\s+of|summary\s+of)\s+/iu, '')
    .replace(
      /\s+(?:made|taken|reached|agreed|so\s+far|for\s+next\s+(?:week|time|call|meeting))$/iu,
      '',
    );
  for (const [re, kind] of LABELS) if (re.test(core)) return kind;
  return null;
}

/**
 * What a label such as "Next Steps", "Consensus" or "Action items & next steps" announces, or null for
 * any other label (and for one that joins two kinds, "Decisions and action items").
 */
// Asked of every bullet's lead-in (and up to four times of the same one), so each label is read once.
export const labelKind: (label: string) => LabelKind | null = memoize(10_000, readLabelKind);

function readLabelKind(label: string): LabelKind | null {
  const text = label
    .replace(/\([^)]*\)/gu, ' ')
    .replace(/[*_`:：\s-]+$/u, '')
    .replace(/\s+/gu, ' ')
    .trim();
  const whole = singleLabelKind(text);
  if (whole) return whole;
  const parts = text.split(/\s*(?:[/&+,]|\band\b)\s*/iu).filter(Boolean);
  if (parts.length < 2) return null;
  const kinds = new Set(parts.map(singleLabelKind));
  return kinds.size === 1 ? [...kinds][0]! : null;
}

const IRREGULAR: Record<string, string[]> = {
  take: ['took', 'taken'],
  say: ['said'],
  tell: ['told'],
  think: ['thought'],
};

/** The inflected forms of a base verb: "plan" → plans, planned, planning. */
function inflect(base: string): string[] {
  const forms = [base, ...(IRREGULAR[base] ?? [])];
  const stem = base.endsWith('e') ? base.slice(0, -1) : base;
  // Short verbs ending consonant-vowel-consonant double it: plan → planned, commit → committed.
  const doubled = /[^aeiou][aeiou][bdgklmnprt]$/u.test(base) ? base + base.at(-1) : base;
  forms.push(base.endsWith('s') ? `${base}es` : `${base}s`);
  forms.push(`${stem}ed`, `${doubled}ed`, `${stem}ing`, `${doubled}ing`);
  if (base.endsWith('y')) forms.push(`${base.slice(0, -1)}ies`, `${base.slice(0, -1)}ied`);
  return forms;
}

function formIndex(bases: Iterable<string>): Map<string, string> {
  const index = new Map<string, string>();
  for (const base of bases) for (const form of inflect(base)) index.set(form, base);
  return index;
}

const FORMS = formIndex([
  ...COMMITTING_VERBS,
  ...INTENDING_VERBS,
  ...TAKING_ON_VERBS,
  ...REPORTING_VERBS,
  ...SUGGESTING_VERBS,
  ...ADVOCATING_VERBS,
]);

/** The base form of one of the lexicon's verbs ("volunteered" → "volunteer"), or undefined. */
export function verbBase(word: string): string | undefined {
  return FORMS.get(word);
}

/** Futures that commit: "Ada will …", "We shall …". */
export const FUTURE_MODALS = new Set(['will', 'shall']);
/** "Proposal to move …", "Suggestion is to merge …": the noun names a suggestion. */
export const SUGGESTION_NOUNS = new Set(['proposal', 'suggestion', 'recommendation', 'preference']);
/** "Action to revisit …", "AI: …": the noun names work to do. */
export const ACTION_NOUNS = new Set(['action', 'ai', 'todo']);
/** "The goal is to …", "The priority for the next quarter is to …", "Ada's plan is to …". */
export const GOAL_NOUNS = new Set([
  'goal',
  'goals',
  'aim',
  'aims',
  'plan',
  'plans',
  'priority',
  'priorities',
  'intention',
  'objective',
  'objectives',
  'target',
  'focus',
  'next',
  'step',
  'steps',
]);
/** "Ada's plan", "her plan": whose the goal is. */
export const POSSESSIVE_PRONOUNS = new Set(['his', 'her', 'their', 'my']);
/** "Ada is happy to …", "I would be glad to …": an offer. */
export const READINESS_WORDS = new Set(['happy', 'glad', 'willing']);
/** "Would be nice if …": a wish, which the guide counts as a suggestion. */
export const WISH_WORDS = new Set(['nice', 'great', 'good', 'helpful', 'useful', 'cool']);
/** "Should we …?", "Could we …?", "Can we …?": a modal that asks whether the group takes a course. */
export const ASKING_MODALS = new Set(['should', 'could', 'can', 'shall']);
/** "How about …?", "What about …?", "Why not …?": the openings of a proposal put as a question. */
export const PROPOSING_OPENERS: ReadonlyMap<string, string> = new Map([
  ['how', 'about'],
  ['what', 'about'],
  ['why', 'not'],
]);
/**
 * "It might be simpler to …", "it would be awesome if …": judgements that propose a course only after a
 * modal and an empty "it" (or no subject at all); "the format would be simpler to parse" judges a thing.
 */
export const EVALUATIVE_WORDS = new Set([
  'better',
  'best',
  'easier',
  'simpler',
  'cleaner',
  'safer',
  'wise',
  'wiser',
  'fun',
  'awesome',
  'preferable',
  'ideal',
  'sensible',
  'worthwhile',
]);
/** What a call is: "the next call will be held …" is logistics, not work. */
export const CALL_NOUNS = new Set(['call', 'calls', 'meeting', 'meetings', 'session', 'sync']);
/** Roles in a call: "Carla will chair the next call" is logistics, not work. */
export const CALL_ROLES = new Set([
  'chair',
  'host',
  'moderate',
  'facilitate',
  'run',
  'lead',
  'attend',
  'join',
  'miss',
  'skip',
]);
/** "offered assistance with …", "offers her help": the nouns of an offer of help. */
export const HELP_NOUNS = new Set(['help', 'assistance', 'support']);
/** Something done at once, in the call: "offered to share her screen", "offered to show it now". */
export const IMMEDIATE_WORDS = new Set(['screen', 'now', 'live', 'immediately']);
/** A convention in the passive: "Releases will be named after the month" is a decision, not work. */
export const SCHEME_PARTICIPLES = new Set([
  'named',
  'called',
  'numbered',
  'versioned',
  'labelled',
  'labeled',
  'formatted',
  'structured',
  'based',
  'modelled',
  'modeled',
  'treated',
  'defined',
]);
/** "suggested that the hang was caused by …": a guess at a cause, not a course of action. */
export const CAUSE_WORDS = new Set([
  'caused',
  'cause',
  'causes',
  'causing',
  'due',
  'because',
  'culprit',
  'related',
  'result',
  'responsible',
]);

/**
 * Nouns that name the group's work as a process: "The review will proceed", "Work on X will continue".
 * Only with a verb of `PROCESS_VERBS`, whose subject they are.
 */
export const WORK_NOUNS = new Set([
  'merge',
  'merging',
  'review',
  'reviews',
  'work',
  'discussion',
  'discussions',
  'conversation',
  'rebase',
  'migration',
  'investigation',
  'testing',
  'effort',
  'efforts',
  'rollout',
  'evaluation',
  'cleanup',
  'implementation',
  'upstreaming',
  'refactoring',
  'development',
]);
/** "… will proceed / continue / resume": the process goes on (not "continue to fail": a state). */
export const PROCESS_VERBS = new Set(['proceed', 'continue', 'resume', 'start', 'begin', 'happen']);
/** What is done to a thing that is no work: "It will be needed", "The call will be held". */
export const STATE_PARTICIPLES = new Set([
  'needed',
  'required',
  'used',
  'affected',
  'impacted',
  'held',
  'cancelled',
  'canceled',
  'recorded',
  'hosted',
  'seen',
  'known',
  'expected',
  'supported',
]);
/**
 * What "will not" can say about the call or a state rather than the matter: "We will not meet next week",
 * "we won't be able to", "the guest will not be affected". Not a refusal, so not a decision.
 */
export const ABSENCE_VERBS = new Set(['meet', 'attend', 'join', 'make']);
export const STATE_WORDS: ReadonlySet<string> = new Set([
  'able',
  'available',
  'there',
  'present',
  'around',
  'attending',
  'here',
  'involved',
  'concerned',
  'finished',
  'completed',
  'delayed',
  'ready',
  'done',
  'possible',
  // The passive futures that state a state; "will not be supported" is a refusal all the same.
  ...[...STATE_PARTICIPLES].filter((word) => word !== 'supported'),
]);
/**
 * What the minutes leave open, not work: "To be filled in later", "To be determined" (TBD,
 * TBC, TBA and their kin), "The date will be confirmed".
 */
export const PLACEHOLDER_PARTICIPLES = new Set([
  'filled',
  'determined',
  'confirmed',
  'announced',
  'decided',
]);
/** "We will meet next week", "We'll reconvene in May": when the group meets is logistics. */
export const MEETING_VERBS = new Set(['meet', 'reconvene', 'regroup']);
/** Notices, not work: "An announcement will be sent", "The agenda will be posted". */
export const NOTICE_NOUNS = new Set([
  'announcement',
  'invite',
  'invites',
  'invitation',
  'invitations',
  'reminder',
  'reminders',
  'notice',
  'agenda',
  'minutes',
  'recording',
  'calendar',
]);
const COPULAS_NOW = new Set(['is', 'are']);
const POSSESSIVES = new Set(['his', 'her', 'their', 'my']);

/**
 * Verbs of the group's chores that open an imperative action item in running notes ("post in the issue
 * and close it", "ping the vendor"): only these, and only with no subject before them.
 */
export const CHORE_VERBS = new Set([
  'ask',
  'post',
  'close',
  'file',
  'land',
  'merge',
  'ping',
  'email',
  'contact',
  'schedule',
  'reschedule',
  'follow',
  'reach',
  'circle',
  'revisit',
  'update',
  'send',
  'draft',
  'document',
  'tag',
  'label',
  'promote',
  'invite',
  'rebase',
  'submit',
  'publish',
  'notify',
  'inform',
  'remind',
  'prepare',
  'organize',
  'organise',
  'investigate',
]);
/** "follow up", "reach out", "circle back": the particle that makes the chore. */
export const CHORE_PARTICLES: Record<string, string> = {
  follow: 'up',
  reach: 'out',
  circle: 'back',
};

/** The word forms that start a commitment or suggestion predicate on their own. */
const CUE_FORMS = new Set([
  ...[...FORMS]
    .filter(
      ([, base]) =>
        SUGGESTING_VERBS.has(base) || ADVOCATING_VERBS.has(base) || base === 'volunteer',
    )
    .map(([form]) => form),
  ...FUTURE_MODALS,
  ...SUGGESTION_NOUNS,
  'll',
  'going',
]);
/** Forms that start one only before "to" ("agreed to", "plans to", "happy to", "the goal is to"). */
const BEFORE_TO = new Set([
  ...[...FORMS]
    .filter(([, base]) => COMMITTING_VERBS.has(base) || INTENDING_VERBS.has(base))
    .map(([form]) => form),
  ...READINESS_WORDS,
  ...WISH_WORDS,
  'decided',
  'is',
  'are',
]);
const COMMITTING_FORMS = new Set(
  [...FORMS].filter(([, base]) => COMMITTING_VERBS.has(base)).map(([f]) => f),
);
const REPORTING_FORMS = new Set(
  [...FORMS].filter(([, base]) => REPORTING_VERBS.has(base)).map(([f]) => f),
);
const TAKING_FORMS = new Set(
  [...FORMS].filter(([, base]) => base === 'take' || base === 'pick').map(([f]) => f),
);
const IDIOM_LEADS = new Set([
  'raise',
  'raises',
  'raised',
  'raising',
  'step',
  'steps',
  'stepped',
  'stepping',
  'put',
  'puts',
]);
const BOUND_WORDS = new Set(['needs', 'need', 'has', 'have', 'wants', 'want']);
const INTENTION_WORDS = new Set(['intention', 'intent', 'willingness', 'commitment']);
const SCHEDULED = new Set(['planned', 'scheduled', 'slated', 'targeted']);
const IDIOM_OBJECTS = new Set(['hand', 'hands', 'name', 'names']);
const AGREE_FORMS = new Set(['agree', 'agrees', 'agreed']);
const OBLIGATION_WORDS = new Set(['must', 'should', 'need', 'needs', 'has', 'have']);
/** The headline form: a name or handle, then "to" and a word ("Ada to send …", "@ada to review …"). */
const HEADLINE_RE = /(?:\p{Lu}[\p{L}\p{M}'’.-]*|@[\w-]+)\)?\s+to\s+\p{L}/u;

const WORD_RE = /\p{L}+/gu;
const SENTENCE_CLAUSE_MARK_RE = /[;:,]/u;
const BULLET_CLAUSE_MARK_RE = /[^ \t]/u;

/**
 * Whether a text holds a word the commitment and suggestion rules read: the prefilter in front of the
 * tagger (tagging is the expensive step, and most sentences of minutes carry no cue), built from the same
 * lexicons as the rules. `anywhere`: the text is a whole bullet, so the cues that count only at a
 * sentence's start ("Action to …") or after a reporting verb ("said she would") count anywhere.
 */
export function hasCommitmentCue(text: string, anywhere = false): boolean {
  const lower = text.toLowerCase();
  const words: string[] = [];
  // What stands between a word and the one before it: a chore verb counts only where a clause opens.
  const gaps: string[] = [];
  const starts: number[] = [];
  let end = 0;
  for (const match of lower.matchAll(WORD_RE)) {
    words.push(match[0]);
    gaps.push(lower.slice(end, match.index));
    starts.push(match.index);
    end = match.index + match[0].length;
  }
  // Whether the word at `i` is written with a capital (a name, most often).
  const capital = (i: number) => i >= 0 && /\p{Lu}/u.test(text.charAt(starts[i] ?? -1));
  // In a whole bullet a sentence may open after any mark or line break; in one sentence only at its start
  // or after ";", ":" or "," (where the imperative-chore rule's `opensClause` looks).
  const clauseMark = anywhere ? BULLET_CLAUSE_MARK_RE : SENTENCE_CLAUSE_MARK_RE;
  let reported = false;
  for (const [i, word] of words.entries()) {
    const next = words[i + 1];
    if (CUE_FORMS.has(word)) return true;
    // "she'd" is "she would" (or "she had": the rules tell them apart after tagging).
    if (word === 'd' && i > 0 && (reported || anywhere)) return true;
    // "The release is due next week": a deadline the group works to.
    if (word === 'due' && COPULAS_NOW.has(words[i - 1] ?? '') && next !== 'to') return true;
    if (PROCESS_VERBS.has(word) && words.slice(Math.max(0, i - 3), i).includes('will')) return true;
    if (next === 'to' && BEFORE_TO.has(word)) return true;
    // "her intention to address it"; "Ada (still) needs to follow up", "she has to rebase", "he wants to
    // release it": only after a name or a pronoun for a person, the only subjects the rule reads.
    if (next === 'to' && INTENTION_WORDS.has(word)) return true;
    if (next === 'to' && BOUND_WORDS.has(word)) {
      const at = words[i - 1] === 'still' || words[i - 1] === 'also' ? i - 2 : i - 1;
      if (capital(at) || PERSON_PRONOUNS.has(words[at] ?? '')) return true;
    }
    // "volunteered on the list to draft …": a short phrase between the verb and its "to".
    if (COMMITTING_FORMS.has(word) && words.slice(i + 2, i + 6).includes('to')) return true;
    // "offered assistance with …", "offers his help": an offer of help, no "to".
    if (
      COMMITTING_FORMS.has(word) &&
      (HELP_NOUNS.has(next ?? '') ||
        (POSSESSIVES.has(next ?? '') && HELP_NOUNS.has(words[i + 2] ?? '')))
    )
      return true;
    if ((word === 'signs' || word === 'signed') && next === 'up') return true;
    // Idioms of volunteering: "raised her hand to", "stepped up to", "put his name down for".
    if (IDIOM_LEADS.has(word) && (next === 'up' || IDIOM_OBJECTS.has(words[i + 2] ?? '')))
      return true;
    // "The team agreed that the docs need to be kept current": an obligation the group agrees on.
    if (AGREE_FORMS.has(word) && words.slice(i + 1, i + 13).some((w) => OBLIGATION_WORDS.has(w)))
      return true;
    if (word === 'planning' && next === 'on') return true;
    if ((word === 'let' && next === 's') || (word === 'let' && next === 'us')) return true;
    if (word === 'i' && next === 'can') return true;
    if (word === 'to' && next === 'be' && (i === 0 || anywhere)) return true;
    // "The review is to be done", "The release is scheduled for May": planned work.
    if (
      COPULAS_NOW.has(words[i - 1] ?? '') &&
      (SCHEDULED.has(word) || (word === 'to' && next === 'be'))
    )
      return true;
    // "It might be simpler to …", "would be awesome if …": a judgement that proposes a course.
    if (
      words[i - 1] === 'be' &&
      (next === 'to' || next === 'if') &&
      (WISH_WORDS.has(word) || EVALUATIVE_WORDS.has(word))
    )
      return true;
    // "Should we split it?", "Why not keep both?": a proposal put as a question (read only if it asks).
    if (
      next !== undefined &&
      (ASKING_MODALS.has(word) ? next === 'we' : PROPOSING_OPENERS.get(word) === next) &&
      text.includes('?')
    )
      return true;
    // "we should / could / ought to …", "we might want to …"
    if (words[i - 1] === 'we' && ['should', 'could', 'ought', 'might', 'may'].includes(word))
      return true;
    if (
      TAKING_FORMS.has(word) &&
      words
        .slice(i + 1, i + 5)
        .some(
          (w) => ACTION_NOUNS.has(w) || ['ownership', 'over', 'on', 'forward', 'up'].includes(w),
        )
    )
      return true;
    if (ACTION_NOUNS.has(word) && ['has', 'have', 'had'].includes(words[i - 2] ?? '')) return true;
    if (REPORTING_FORMS.has(word)) reported = true;
    if (word === 'would' && (reported || anywhere)) return true;
    if (word === 'would' && next === 'be' && WISH_WORDS.has(words[i + 2] ?? '')) return true;
    if ((i === 0 || anywhere) && ACTION_NOUNS.has(word)) return true;
    if (CHORE_VERBS.has(word) && (i === 0 || clauseMark.test(gaps[i]!))) return true;
    if (ACTION_NOUNS.has(word) && (words[i - 1] === 's' || POSSESSIVES.has(words[i - 1] ?? '')))
      return true;
  }
  return HEADLINE_RE.test(text);
}

/** "The group agreed / decided / settled on / went with …": verbs by which a group settles a matter. */
export const DECIDING_VERBS = new Set([
  'agreed',
  'decided',
  'concluded',
  'resolved',
  'settled',
  'determined',
  'opted',
  'chose',
  'selected',
  'voted',
  'approved',
  'accepted',
  'adopted',
  'rejected',
  'declined',
  'ratified',
  'endorsed',
  'went with',
  'stuck with',
  'stayed with',
  'landed on',
  'signed off',
  'green-lit',
  'greenlit',
  'gave the green light',
  'dropped',
  'deferred',
  'postponed',
  'tabled',
  'punted',
  'reached consensus',
  'reached agreement',
  'favored',
  'favoured',
  'preferred',
  'leaned towards',
  'leaned toward',
  'leans towards',
  'leans toward',
  'favors',
  'favours',
  'prefers',
  // Present tense, as W3C-style minutes write them: "The CG agrees to …".
  'agrees',
  'decides',
  'approves',
  'accepts',
  'adopts',
  'concludes',
]);

/**
 * A choice the group states for the future: "We will go with TOML", "The team will utilise the shared
 * calendar", "We're sticking with the current toolchain". Base forms after "will"; `CHOOSING_PROGRESSIVES`
 * after "are".
 */
export const CHOOSING_VERBS = new Set([
  'go with',
  'stick with',
  'stay with',
  'settle on',
  'switch to',
  'standardize on',
  'standardise on',
  'adopt',
  'use',
  'utilize',
  'utilise',
  'rely on',
  'default to',
  'keep using',
  'continue to use',
]);
export const CHOOSING_PROGRESSIVES = new Set([
  'going with',
  'sticking with',
  // "The approach will be to …", "The direction is to …": the noun with its verb, so the nouns alone
  // (frequent in any technical bullet) do not send a sentence to the rules.
  ...[
    'approach',
    'solution',
    'design',
    'format',
    'name',
    'naming',
    'policy',
    'convention',
    'strategy',
  ].flatMap((noun) => [`${noun} will be`, `${noun} is going to be`]),
  'direction is',
  'direction was',
  'direction will',
  'plan of record',
  'staying with',
  'settling on',
  'switching to',
]);
/** A design stated for the future with a thing as subject: "the new loader will rely on the firmware tables". */
export const DESIGN_VERBS = new Set([
  'rely on',
  'default to',
  'be based on',
  'build on',
  // A means chosen, in the passive: "The new logo will be used on the slides and the website".
  'be used for',
  'be used as',
  'be used on',
  'be used in',
  'be used by',
  // A thing kept where or as it is: "The loader will stay in the main repository", "The flag will remain
  // optional" (the group's choice that nothing moves; "Ada will stay in Berlin" is hers, a person).
  ...['stay', 'remain'].flatMap((verb) =>
    [
      'in',
      'on',
      'at',
      'as',
      'under',
      'behind',
      'separate',
      'optional',
      'experimental',
      'disabled',
      'enabled',
      'the default',
      'out of tree',
      'downstream',
      'internal',
      'private',
    ].map((where) => `${verb} ${where}`),
  ),
]);

/** How a design will work, in the passive with its means: "will be fixed by …", "will be passed via …". */
export const DESIGN_PARTICIPLES = new Set([
  'fixed',
  'handled',
  'solved',
  'addressed',
  'implemented',
  'achieved',
  'provided',
  'exposed',
  'passed',
  'stored',
  'represented',
  'encoded',
  'configured',
  'detected',
  'enforced',
  'tracked',
  'signalled',
  'signaled',
  'reported',
]);

/** "The issue is resolved", "Deferred until …", "can be closed": an item settled (or put aside). */
export const SETTLED_PARTICIPLES = new Set([
  'approved',
  'resolved',
  'accepted',
  'adopted',
  'rejected',
  'declined',
  'closed',
  'deferred',
  'postponed',
  'tabled',
  'punted',
  'dropped',
  'withdrawn',
  'parked',
  'shelved',
  'settled',
  'selected',
  'granted',
  'okayed',
  'endorsed',
  'chosen',
  'ratified',
  'finalized',
  'finalised',
  'signed off',
  'green-lit',
  'greenlit',
  'green-lighted',
]);
/** Of those, the ones that open a bullet with their object ("Approved the new member"); "Resolved the
 * conflict" and "Closed the loop" are more often work reported than a matter settled. */
export const SETTLING_WITH_OBJECT = new Set([
  'approved',
  'accepted',
  'adopted',
  'rejected',
  'declined',
  'deferred',
  'postponed',
  'tabled',
  'punted',
  'ratified',
  'endorsed',
]);

/** What a meeting settles: "Issue closed.", "PR approved", "keep the issue open", "the item is blocked by #12". */
export const ITEM_NOUNS = new Set([
  'issue',
  'issues',
  'item',
  'items',
  'pr',
  'prs',
  'pull request',
  'proposal',
  'request',
  'rfc',
  'motion',
  'change',
  'nomination',
  'application',
  'topic',
  'question',
  'discussion',
  'thread',
  'ticket',
  'charter',
  'kep',
]);

/**
 * Subjects whose acceptance or postponement is someone else's (a conference accepting a talk) or the
 * logistics of a call ("The conference was postponed"): not what the group settled.
 */
export const EVENT_NOUNS = new Set([
  'conference',
  'summit',
  'event',
  'workshop',
  'meetup',
  'talk',
  'talks',
  'paper',
  'papers',
  'submission',
  'submissions',
  'abstract',
  'cfp',
  'call',
  'meeting',
  'session',
  'sync',
  'webinar',
]);

/**
 * Words before a decision's cue that dispute or doubt it, so the sentence reports a dissent, not an outcome:
 * "I disagree that consensus was reached", "I don't think we agreed", "I'm open to being outvoted here".
 */
export const DISPUTING_WORDS = new Set([
  'disagree',
  'disagrees',
  'disagreed',
  'dispute',
  'disputes',
  'disputed',
  'doubt',
  'doubts',
  'doubted',
  'dissent',
  'dissenting',
  'unclear',
  'unsure',
  'questioned',
  'questions',
  'challenged',
]);

/**
 * Opinion verbs: "Ada thinks that is acceptable" is her view, not a ruling; a chair's "I think we have
 * consensus" still declares the result, so consensus is read without them.
 */
export const OPINION_WORDS = new Set([
  'think',
  'thinks',
  'believe',
  'believes',
  'feel',
  'feels',
  'felt',
]);

/** Words that make the clause before a cue tentative: a wish or an idea, not a result. */
export const TENTATIVE_WORDS = new Set([
  'should',
  'could',
  'might',
  'may',
  'maybe',
  'perhaps',
  'probably',
  'possibly',
  'suggest',
  'suggested',
  'suggests',
  'suggesting',
  'propose',
  'proposed',
  'proposes',
  'proposing',
  'recommend',
  'recommended',
  'recommends',
  'want',
  'wants',
  'wanted',
  'like',
  'hope',
  'hopes',
  'hoping',
  'consider',
  'considering',
  'discuss',
  'discussed',
  'discussing',
  'asked',
  'asks',
  'requested',
  'requests',
  'wondered',
  // A request: "Please review so we can land" asks for the outcome, it is not one.
  'please',
]);

/** What a vote is taken on: "the poll passes", "the motion carried". */
export const POLL_NOUNS = new Set(['poll', 'vote', 'motion', 'resolution', 'ballot']);
export const PASSING_VERBS = new Set(['passed', 'passes', 'carried', 'carries', 'succeeded']);

/** "Proposal moves / advances to phase 2": a process step the group grants. */
export const STAGE_VERBS = new Set([
  'moves',
  'moved',
  'advances',
  'advanced',
  'goes',
  'proceeds',
  'proceeded',
  'promoted',
  'graduates',
  'graduated',
  'moving',
  'advancing',
  'reaches',
  'reached',
  'enters',
  'entered',
]);

/** A person agreeing to what was asked, with no work of their own: "Ada agreed, as long as …". */
export const AGREEING_VERBS = new Set([
  'agreed',
  'agrees',
  'approved',
  'approves',
  'accepted',
  'accepts',
  'concurred',
  'consented',
  'signed off',
]);

/**
 * A remark of one's own right after "agreed,": "Ada agreed, suggesting a reset first", "Ben agreed,
 * noting the cost". The agreement is with a point of the discussion and the person goes on with theirs:
 * a view in the debate, not a maintainer granting a request.
 */
export const REMARK_PARTICIPLES = new Set([
  'suggesting',
  'proposing',
  'recommending',
  'noting',
  'adding',
  'saying',
  'arguing',
  'pointing out',
  'mentioning',
  'emphasizing',
  'emphasising',
  'stressing',
  'highlighting',
  'explaining',
  'observing',
  'remarking',
  'cautioning',
  'warning',
]);

/**
 * Verbs of a course the group sets for the time being, as an instruction: "For now: keep …", "For the
 * time being, use …" (the imperative opens the clause).
 */
export const INTERIM_COURSE_VERBS = new Set([
  'keep',
  'use',
  'stick',
  'stay',
  'leave',
  'go',
  'take',
  'continue',
  'skip',
  'drop',
  'hold',
  'rely',
  'treat',
  'assume',
  'put',
  'copy',
  'ship',
  'build',
  'document',
  'track',
  'record',
  'disable',
  'enable',
  'avoid',
  'ignore',
  'accept',
  'allow',
  'require',
  'default',
]);

/** What a maintainer agrees to: "approved the request", "agreed with the proposal". */
export const REQUEST_NOUNS = new Set([
  'request',
  'requests',
  'proposal',
  'suggestion',
  'plan',
  'approach',
  'idea',
  'change',
  'changes',
  'pr',
  'pull request',
  'patch',
  'patches',
  'series',
  'rfc',
]);

/** A reviewer's assent written as a word of its own. */
export const APPROVAL_WORDS = new Set(['lgtm', 'sgtm']);

/**
 * Words just before "consensus" that make it a goal, a question or its absence, not a result:
 * "no consensus", "seek consensus", "poll for consensus", "whether there is consensus", "the question of
 * consensus".
 */
export const CONSENSUS_GOALS = new Set([
  'no',
  'not',
  'without',
  'lack',
  'seek',
  'seeking',
  'sought',
  'get',
  'getting',
  'build',
  'building',
  'try',
  'trying',
  'need',
  'needs',
  'want',
  'declare',
  'find',
  'toward',
  'towards',
  'for',
  'whether',
  'if',
  'any',
  'more',
  'gauge',
  'gauging',
  'check',
  'checking',
  'confirming',
  'ask',
  'asking',
  'about',
  'of',
  'require',
  'requires',
  'reach',
  'reaching',
]);

/** Words before "consensus" that state it as a result: "we have consensus", "by consensus", "that's consensus". */
export const CONSENSUS_FRAMES = new Set([
  'have',
  'has',
  'had',
  'reached',
  'achieved',
  'got',
  'by',
  'with',
  'general',
  'broad',
  'rough',
  'clear',
  'unanimous',
  "that's",
  'that’s',
  "it's",
  'it’s',
  'is',
  'was',
]);

/**
 * Verbs of what a project takes in or leaves out, for a refusal without a person as its subject: "The
 * loader will not support 32-bit hosts", "This won't go into 1.0", "Will not pursue this further" (not "It
 * will not work", "will not be affected": a forecast or a state).
 */
export const SCOPE_VERBS = new Set([
  'support',
  'pursue',
  'accept',
  'include',
  'backport',
  'allow',
  'adopt',
  'ship',
  'merge',
  'land',
  'upstream',
  'proceed',
  'implement',
  'add',
  'expose',
  'require',
  'go into',
  'go in',
  'make it into',
  'make it in',
  'be part of',
  'be included',
]);

/** A settling act as the bullet's first word, its object after it: "Closing the issue", "Deferring this". */
export const SETTLING_GERUNDS = new Set([
  'closing',
  'approving',
  'accepting',
  'rejecting',
  'deferring',
  'postponing',
  'tabling',
  'parking',
  'shelving',
]);

/**
 * The words a decision cannot be stated without; a sentence with none of them is never matched. Built
 * from the lexicons above plus the nouns and verbs of the fixed phrasings ("decision to", "consensus",
 * "no objections", "unanimous", "voted", "on hold", "to phase 2"), matched as word beginnings.
 */
export const DECISION_CUES = new Set([
  ...DECIDING_VERBS,
  ...SETTLED_PARTICIPLES,
  ...POLL_NOUNS,
  ...PASSING_VERBS,
  ...STAGE_VERBS,
  ...AGREEING_VERBS,
  ...APPROVAL_WORDS,
  ...CHOOSING_VERBS,
  ...CHOOSING_PROGRESSIVES,
  ...DESIGN_VERBS,
  'decision',
  'decide',
  'agree',
  'consensus',
  'conclusion',
  'objection',
  'objected',
  'unanimous',
  'hold',
  'confirmed',
  'clarified',
  'deemed',
  'considered',
  'regarded',
  'treated',
  'declared',
  'verdict',
  'result',
  'open',
  'blocked',
  'agenda',
  'lands',
  'land',
  'ship',
  'release',
  'publish',
  'phase',
  'stage',
  'merge',
  'close',
  'going forward',
  'from now on',
  'henceforth',
  'marked',
  'will not',
  "won't",
  'won’t',
  'not going to',
  'shall not',
  'cannot',
  "can't",
  'can’t',
  'in favour',
  'in favor',
  'carried',
  'passed',
  'reach',
  'came to',
  'come to',
  'arrived at',
  'concern',
  'object',
  'way forward',
  'path forward',
  'outcome',
  'defer',
  'postpone',
  'table',
  'punt',
  'park',
  'waiting',
  'approval',
  'go-ahead',
  'green light',
  'blessing',
  'sign-off',
  'thumbs up',
  'fine with',
  'okay with',
  'ok with',
  'happy with',
  'comfortable with',
  'aligned',
  'in agreement',
  'on board',
  'acceptable',
  'unacceptable',
  'allowed',
  'permitted',
  'default',
  'opposed',
  'disagreed',
  'pushback',
  'opposition',
  'against',
  'scope',
  'as is',
  'as-is',
  'as it is',
  'unchanged',
  'keep',
  'thumbs',
  'preference',
  'going with',
  'sticking with',
  'wontfix',
  'be used',
  'be discussed',
  // The discussion sent on (DEFERRAL_RES): "Discussion will continue on the list".
  'continue on',
  'continue in',
  'continue at',
  'continue next',
  'continue offline',
  'continues on',
  'continues in',
  // ("happen", "take place", "moves" only after the noun: "the meeting will take place in Berlin").
  ...['discussion', 'discussions', 'conversation'].flatMap((noun) =>
    [
      'will happen',
      'is going to happen',
      'going to happen',
      'to happen',
      'will take place',
      'moves',
    ].map((verb) => `${noun} ${verb}`),
  ),
  // … or taken up at a later session: "Next time we'll talk about …".
  'we will talk about',
  'we will discuss',
  'we will come back',
  'we will revisit',
  'we will pick up',
  'we will continue with',
  'we will return to',
  ...['we’ll', "we'll"].flatMap((we) =>
    ['talk about', 'discuss', 'come back', 'revisit', 'pick up', 'continue with', 'return to'].map(
      (verb) => `${we} ${verb}`,
    ),
  ),
  // A convention set up in the passive: "is being introduced as a standing agenda item".
  'introduced as',
  'established as',
  'added as',
  'adopted as',
  'set up as',
  'be revisited',
  'be reconsidered',
  'be brought back',
  ...[...DESIGN_PARTICIPLES].map((participle) => `be ${participle}`),
  'be kept',
  'be deprecated',
  'be discontinued',
  'be retired',
  'be phased out',
  'ready to',
  'ready for',
  'way to go',
  'will be the',
  'fine for',
  'ok for',
  'okay for',
  'enough for',
  'sufficient for',
  'for now',
  'for the time being',
  'for the moment',
  'in the short term',
  'initially',
  'back burner',
  'back-burner',
  'on ice',
  'no need',
  'no reason',
  'approve',
  'accept',
  'reject',
  'drop',
  'wait for',
  'wait until',
  'wait on',
  'hold off',
  'voted in',
  'elected',
  'appointed',
  'transfer',
  'migrate',
  'move to',
  'be rediscussed',
  'proceed',
  'moving forward',
  'move forward',
  'go ahead',
  'going ahead',
  'be picked up',
  'be taken up',
  'carried over',
  'pushed to',
  'moved to',
  ...SETTLING_GERUNDS,
]);

/** Header words of a table's column that names who does the work ("Owner", "Assignee", "Who"). */
export const OWNER_COLUMN_WORDS = new Set([
  'owner',
  'owners',
  'assignee',
  'assignees',
  'assigned',
  'who',
  'responsible',
  'person',
  'people',
]);
/** Header words of a table's column that names the work ("Task", "Action item", "What"). */
export const TASK_COLUMN_WORDS = new Set([
  'task',
  'tasks',
  'action',
  'actions',
  'item',
  'items',
  'todo',
  'what',
  'step',
  'steps',
  'description',
]);
