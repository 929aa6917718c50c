/**
 * Outcomes of one bullet: the commitments, decisions and suggestions it records, with their owners.
 *
 * API
 * - `findOutcomes(markdown, context)` → `{ outcomes, labelOnly? }` for ONE bullet's own text.
 *   The bullet is read the way a reader does:
 *   1. A lead-in label ("**Next Steps:** …", "Decision: …", "AI: …", "**Ada Lovelace:** Will …") is taken
 *      off; an action, decision or suggestion label gives the rest its kind, a person's name gives it its
 *      owner. A bullet that is only such a label returns `labelOnly`: its child bullets inherit the kind.
 *   2. The rest is split into sentences and tagged by compromise (`sentences.ts`). A sentence commits
 *      someone when its predicate is a future the subject takes on: a modal "will"/"shall"/"'ll" + verb
 *      (not "will be …" unless a progressive, not negated, not hedged), "would" in reported speech
 *      ("Ada said she would …"), "is going / planning to", a committing verb + "to" ("agreed",
 *      "volunteered", "offered", "committed", "promised", "plans", "intends", "aims"; the word after "to"
 *      counts as a verb by its place when an object follows, "intends to upstream the driver"), plans as a
 *      noun ("Ada announced plans to …"), an offer ("is happy / glad / willing to"), a goal ("The priority
 *      for the spring is to …", the group's; "Ada's plan is to …", hers), "volunteered for", "took the action
 *      to", an idiom of volunteering ("raised her hand to", "stepped up to", "put his name down for"), the
 *      group agreeing that work must be done ("The team agreed the guide needs to be kept current"), or
 *      the headline form "Ada to <verb>". Not work: a wish or an obligation ("would like", "will need to",
 *      "would have to"), a guess ("Ada thinks the group would …", "I think users are going to …"), a
 *      placeholder ("To be determined"), when the group meets ("We will meet next week"), who runs a call
 *      ("will chair the next call"), an offer done at once in the call ("offered to share her screen"); a convention in
 *      the passive ("Releases will be named after the month") is a decision. A sentence without a cue of
 *      `cues.ts` (`hasCommitmentCue`, built from the same lexicons) is never tagged.
 *   3. The subject is found by walking left from the predicate over fillers ("also", "has"): names (the
 *      name finder's, joined by "and", "," or "&"), a pronoun (resolved to the subject of the reporting verb
 *      in reported speech, else the person named last before it in the bullet, else in its parent bullets,
 *      else in the heading), a group noun ("the team", "we": a group commitment, no owner), or a
 *      coordination ("Ada acknowledged the bug and will investigate": the first verb's subject; none when
 *      that verb has none either, "Waiting on the vendor and will then revisit it"). A thing as
 *      subject ("The build will fail") commits nobody; so does a future inside a question or a subordinate
 *      clause ("asked whether Ada will …").
 *   Decisions come from `extract-decision.ts` plus a group subject with a negated future ("We will not
 *   support …"). Suggestions are a suggesting verb ("suggested", "recommended", "proposed") or label, not
 *   a guess at a cause ("suggested that the hang was caused by …").
 * - Each outcome: `kind`, `owners` (`{ owner: person id | null, ownerName }`, in order), `group` (the whole
 *   meeting, no one person), `text` (the sentence, or the bullet without its label).
 */
import type { NameFinder, NameMatch } from '../people/name-finder.ts';
import {
  ABSENCE_VERBS,
  ACTION_NOUNS,
  ADVOCATING_VERBS,
  ASKING_MODALS,
  CALL_NOUNS,
  CALL_ROLES,
  CAUSE_WORDS,
  CHORE_PARTICLES,
  CHORE_VERBS,
  COMMITTING_VERBS,
  EVALUATIVE_WORDS,
  EVENT_NOUNS,
  FILLERS,
  FUTURE_MODALS,
  GOAL_NOUNS,
  GROUP_NOUNS,
  HEDGES,
  HELP_NOUNS,
  hasCommitmentCue,
  IMMEDIATE_WORDS,
  INTENDING_VERBS,
  labelKind,
  MEETING_VERBS,
  NOTICE_NOUNS,
  OPINION_WORDS,
  PERSON_PRONOUNS,
  PLACEHOLDER_PARTICIPLES,
  POLL_NOUNS,
  POSSESSIVE_PRONOUNS,
  PROCESS_VERBS,
  PROPOSING_OPENERS,
  READINESS_WORDS,
  REPORTING_VERBS,
  SCHEME_PARTICIPLES,
  STATE_PARTICIPLES,
  STATE_WORDS,
  SUBORDINATORS,
  SUGGESTING_VERBS,
  SUGGESTION_NOUNS,
  verbBase,
  WISH_WORDS,
  WORK_NOUNS,
  type LabelKind,
  THING_ABBREVIATIONS,
} from './cues.ts';
import { extractDecision, GROUP_SPEAKER_RE, isChoice, isUndecided } from './extract-decision.ts';
import { stripInlineMarkdown } from './markdown-text.ts';
import { readSentences, type Sentence, type Word } from './sentences.ts';

export type OutcomeKind = LabelKind;

export interface OutcomeOwner {
  owner: string | null;
  ownerName: string;
}

export interface Outcome {
  kind: OutcomeKind;
  owners: OutcomeOwner[];
  /** A commitment of the whole group ("The team will …", "We agreed to …"): nobody in particular. */
  group: boolean;
  text: string;
  /**
   * The sentence from its subject on ("Ben is picking the docs up …" of a run-on line), to tell on
   * which line of a bullet that wraps the outcome stands.
   */
  from?: string;
}

export interface BulletContext {
  finder: NameFinder;
  /** The kind an enclosing label bullet or heading gives this bullet ("Action items" → commitment). */
  inherited?: LabelKind | undefined;
  /** The people each parent bullet names, nearest parent first. */
  parents?: readonly OutcomeOwner[][];
  /**
   * The parent bullet is a suggestion ("Ada suggested a staged approach:"): this bullet details it, so
   * an imperative here is part of the proposal, not a chore of its own.
   */
  detailsSuggestion?: boolean;
  /** The people the bullet before this one names. */
  previous?: readonly OutcomeOwner[];
  /** The people the section heading names. */
  heading?: readonly OutcomeOwner[];
}

export interface BulletOutcomes {
  outcomes: Outcome[];
  /** The bullet is only a label ("**Action items:**", "Consensus:"); its children have this kind. */
  labelOnly?: LabelKind;
}

interface Label {
  /** Text after the label. */
  rest: string;
  kind: LabelKind | null;
  /** The label is a person's name ("**Ada Lovelace:** Will review …"). */
  owners: OutcomeOwner[];
  /** The label names a speaker (a person or initials): the rest is what they said. */
  speaker?: boolean;
}

const READER_RE = /\byou(?:rs?|['’](?:ve|re|ll|d))?\b/iu;
/**
 * An obligation put on a generic audience, not on the meeting: "Users must …", "New contributors should …",
 * "Everyone who runs a mirror needs to …", "You have to …". "The docs must be updated", "Need to …" or
 * "The team has to …" is still work the group takes on.
 */
const AUDIENCE_OBLIGATION_RE =
  /^(?:(?:all|any|every|the)\s+)?(?:\p{L}+\s+)?(?:users?|contributors?|attendees|participants|members|everyone|everybody|anyone|anybody|you|developers|packagers|downstreams?|authors|people)\b(?:\s+[\p{L}'’-]+){0,5}?\s+(?:should|must|needs?\s+to|ha(?:ve|s)\s+to)\b/iu;
/** A text that ends in an issue or PR number ("… the summit [#58](…)", "… #58"). */
const ISSUE_REF_END_RE = /(?:\[#\d+\]\([^)]*\)|#\d+)\s*$/u;
/** One sentence that ends in an issue or PR number, linked or not: "Title of the issue [#123](…)". */
const ISSUE_TITLE_RE = /^[^.!?]*(?:\[#\d+\]\([^)]*\)|#\d+)\s*$/u;
const BOLD_LEAD_RE = /^\s*(\*\*|__)(.+?)\1\s*([:：.-]\s*)?/u;
// A label may carry its owner in parentheses: "TODO(Ada):", "AI (Ben):".
const PLAIN_LABEL_RE = /^([^:：.;!?()[\]]{1,60}?(?:\s*\([^()]{1,40}\))?)\s*[:：]\s+(?=\S)/u;
const MAX_LABEL_WORDS = 6;
/** A speaker's initials as a label: "NF", "CW (chair)", "JK (chat)". */
const SPEAKER_INITIALS_RE = /^(\p{Lu}{2,3})(?:\s*\([^)]*\))?$/u;
/** Initials in running notes: "SC to post …". */
const INITIALS_RE = /^\p{Lu}{2,3}$/u;

const toOwner = (match: NameMatch): OutcomeOwner => ({
  owner: match.person,
  ownerName: match.written,
});

/**
 * The owner a speaker's initials name: the attendee who has them, or, when several attendees do, a
 * person as written (the notes do not say which); undefined when no attendee has them.
 */
function initialsOwner(finder: NameFinder, initials: string): OutcomeOwner | undefined {
  const ids = finder.attendeesWithInitials(initials);
  if (ids.length === 0) return undefined;
  return { owner: ids.length === 1 ? ids[0]! : null, ownerName: initials };
}

/** Whether a string is nothing but names (and roles, "and", commas): a person label. */
function namesOnly(text: string, finder: NameFinder): OutcomeOwner[] {
  const matches = finder.find(text);
  if (matches.length === 0) return [];
  let rest = text;
  for (const match of [...matches].reverse())
    rest = rest.slice(0, match.start) + rest.slice(match.end);
  const leftover = rest.replace(/\([^)]*\)|\band\b|[,&/\s]/giu, '');
  return leftover === '' ? matches.map(toOwner) : [];
}

function readLabel(markdown: string, finder: NameFinder): Label {
  const bold = BOLD_LEAD_RE.exec(markdown);
  let label: string | undefined;
  let rest: string;
  if (bold && (/[:：]\s*$/u.test(bold[2] ?? '') || /[:：]/u.test(bold[3] ?? ''))) {
    label = bold[2] ?? '';
    rest = stripInlineMarkdown(markdown.slice(bold[0].length));
  } else {
    const plain = stripInlineMarkdown(markdown);
    const m = PLAIN_LABEL_RE.exec(plain);
    // A whole bold bullet without a colon ("**Action Items**") is a label when it names a kind.
    if (bold && bold[0].length >= markdown.trim().length && labelKind(bold[2] ?? '')) {
      return { rest: '', kind: labelKind(bold[2] ?? ''), owners: [] };
    }
    if (
      m &&
      (m[1] ?? '').trim().split(/\s+/u).length <= MAX_LABEL_WORDS &&
      !opensWithVerb(m[1] ?? '')
    ) {
      label = m[1] ?? '';
      rest = plain.slice(m[0].length);
    } else {
      const kind = labelKind(plain);
      return kind ? { rest: '', kind, owners: [] } : { rest: plain, kind: null, owners: [] };
    }
  }
  const clean = label.replace(/[:：]\s*$/u, '').trim();
  const kind = labelKind(clean);
  // "TODO(Ada):", "Action (Ben and Carla):": the label names who takes it on.
  const inner = /\(([^()]+)\)\s*$/u.exec(clean)?.[1];
  if (kind === 'commitment' && inner) {
    const owners = namesOnly(inner.replace(/^@/u, ''), finder);
    if (owners.length > 0) return { rest: rest.trim(), kind, owners };
  }
  // "Action item for Ada:", "Next steps by Ada and Ben:"
  const addressed = /^(.+?)\s+(?:for|by)\s+(.+)$/u.exec(clean);
  if (!kind && addressed && labelKind(addressed[1] ?? '') === 'commitment') {
    return { rest: rest.trim(), kind: 'commitment', owners: namesOnly(addressed[2] ?? '', finder) };
  }
  const owners = kind ? [] : namesOnly(clean, finder);
  // A person's name or a speaker's initials ("NF:", "CW (chair):"): the rest is that person's turn,
  // and the initials are the attendee who has them (or, when no attendee has them, a person as written).
  const written = kind ? undefined : SPEAKER_INITIALS_RE.exec(clean)?.[1];
  const initials = written && !THING_ABBREVIATIONS.has(written) ? written : undefined;
  if (initials && owners.length === 0)
    owners.push(initialsOwner(finder, initials) ?? { owner: null, ownerName: initials });
  const speaker = !kind && (owners.length > 0 || initials !== undefined);
  return { rest: rest.trim(), kind, owners, ...(speaker ? { speaker } : {}) };
}

/**
 * "Proposed a three-stage plan: …" is a sentence with a colon, not a label: a label is a noun phrase,
 * and this one opens with a verb of the lexicons (a one-word label such as "Proposed:" still counts).
 */
function opensWithVerb(label: string): boolean {
  const words = label.trim().toLowerCase().split(/\s+/u);
  return words.length > 1 && verbBase(words[0] ?? '') !== undefined && labelKind(label) === null;
}

/** The name (if any) each word belongs to. */
function namesByWord(
  words: readonly Word[],
  names: readonly NameMatch[],
): (NameMatch | undefined)[] {
  return words.map((word) =>
    word.text === ''
      ? undefined
      : names.find((name) => word.start < name.end && word.end > name.start),
  );
}

interface Subject {
  type: 'people' | 'group' | 'thing' | 'none' | 'subordinate';
  owners: OutcomeOwner[];
  /** Index of the subject's first word. */
  at: number;
}

interface SentenceReading {
  sentence: Sentence;
  words: Word[];
  nameAt: (NameMatch | undefined)[];
  /** Every name in the bullet's text (label removed), for pronouns. */
  names: readonly NameMatch[];
  context: BulletContext;
  labelOwners: OutcomeOwner[];
  /** The bullet speaks to its reader ("you", "your"): its imperatives are instructions, not chores. */
  toReader: boolean;
  /** The kind its label or an enclosing label gives the bullet. */
  kind: LabelKind | null;
}

const COLLECTIVE = new Set(['both', 'all', 'each', 'everyone', 'everybody']);
const isVerb = (word: Word | undefined) => word !== undefined && word.tags.has('Verb');
const isCapitalised = (word: Word) => /^\p{Lu}/u.test(word.text);
const COPULAS = new Set(['is', 'are', 'am', "'s", "'re"]);

function clauseStart(words: readonly Word[], before: number): number {
  for (let i = before - 1; i >= 0; i--) if (/[;:：]/u.test(words[i]?.post ?? '')) return i + 1;
  return 0;
}

function skipFillers(words: readonly Word[], from: number, floor: number): number {
  let j = from;
  while (j >= floor) {
    const word = words[j]!;
    if (
      FILLERS.has(word.word) ||
      NEGATIONS.has(word.word) ||
      (word.tags.has('Adverb') && !HEDGES.has(word.word))
    )
      j--;
    else break;
  }
  return j;
}

/** People, a pronoun, a group or a thing: what stands before the predicate at `from`. */
function findSubject(reading: SentenceReading, from: number, depth = 0): Subject {
  const { words, nameAt } = reading;
  const floor = clauseStart(words, from + 1);
  let j = skipFillers(words, from, floor);
  // "Ada Lovelace (Example Corp) will …": a parenthetical stands beside the subject, not for it.
  if (j >= floor && /\)/u.test(words[j]!.post) && !nameAt[j]) {
    let open = j;
    while (open > floor && !/\(/u.test(words[open]!.pre)) open--;
    if (/\(/u.test(words[open]!.pre)) j = skipFillers(words, open - 1, floor);
  }
  if (j < floor) {
    // "Both agreed to …", "All will …": the group, not a missing subject.
    const lead = words[floor];
    if (lead && from >= floor && COLLECTIVE.has(lead.word)) {
      // "Both agreed to …": the two people named last (in the bullet, its parents, the heading).
      const two = lead.word === 'both' ? lastPeople(reading, lead.start, 2) : [];
      return two.length === 2
        ? { type: 'people', owners: two, at: floor }
        : { type: 'group', owners: [], at: floor };
    }
    return { type: 'none', owners: [], at: j + 1 };
  }
  const word = words[j]!;
  const guarded = (subject: Subject): Subject => {
    const before = words[subject.at - 1];
    if (!before || subject.at - 1 < floor) return subject;
    // "the conflicts that we'll get": "that" after a noun opens a relative clause, which describes.
    const head = words[subject.at - 2];
    const relative = before.word === 'that' && head?.tags.has('Noun') === true && !isVerb(head);
    return SUBORDINATORS.has(before.word) || relative
      ? { type: 'subordinate', owners: [], at: subject.at }
      : subject;
  };

  // "SC to post the issue": an attendee's initials; when two attendees have them, still a person, as
  // written. Initials no attendee has are left alone: in running notes they are as often a thing's.
  if (!nameAt[j] && INITIALS_RE.test(word.text) && !THING_ABBREVIATIONS.has(word.text)) {
    const owner = initialsOwner(reading.context.finder, word.text);
    if (owner) return guarded({ type: 'people', owners: [owner], at: j });
  }
  // "@ada will …", "@ada to …": a handle nobody registered is still a person, as written.
  if (!nameAt[j] && word.tags.has('AtMention') && word.text.startsWith('@'))
    return guarded({ type: 'people', owners: [{ owner: null, ownerName: word.text }], at: j });
  if (nameAt[j] || (word.tags.has('Person') && isCapitalised(word))) {
    const owners: OutcomeOwner[] = [];
    let i = j;
    while (i >= floor) {
      const name = nameAt[i];
      const current = words[i]!;
      if (name) {
        if (owners[0]?.ownerName !== name.written || owners[0]?.owner !== name.person)
          owners.unshift(toOwner(name));
        while (i > floor && nameAt[i - 1] === name) i--;
      } else if (current.tags.has('Person') && isCapitalised(current)) {
        let first = i;
        while (
          first > floor &&
          (words[first - 1]!.tags.has('Person') || nameAt[first - 1]) &&
          isCapitalised(words[first - 1]!)
        )
          first--;
        // "Mike D takes …": a known first name with an initial after it is that person.
        const known = words.slice(first, i + 1).findIndex((_, at) => nameAt[first + at]);
        const name = known >= 0 ? nameAt[first + known] : undefined;
        const written = words
          .slice(first, i + 1)
          .map((w) => w.text)
          .join(' ');
        owners.unshift(name ? toOwner(name) : { owner: null, ownerName: written });
        i = first;
      } else break;
      // Joined names: "Ada, Ben and Carl", "Ada & Ben", "Ada (AMD) and Ben".
      const previous = words[i - 1];
      if (!previous || i - 1 < floor) break;
      if (previous.word === 'and' || previous.text === '&') {
        i -= 2;
        continue;
      }
      if (/[,&]/u.test(previous.post) && (nameAt[i - 1] || previous.tags.has('Person'))) {
        i -= 1;
        continue;
      }
      break;
    }
    return guarded({ type: 'people', owners, at: i });
  }

  if (PERSON_PRONOUNS.has(word.word) && word.tags.has('Pronoun')) {
    // "Ada hopes they will do it": a hope about others, not work anyone here takes on.
    const opinion = verbBase(
      words[j - 1]?.word === 'that' ? (words[j - 2]?.word ?? '') : (words[j - 1]?.word ?? ''),
    );
    if (word.word === 'they' && opinion && OPINION_VERBS.has(opinion))
      return { type: 'thing', owners: [], at: j };
    const owners = resolvePronoun(reading, j, floor);
    // "they" with nobody to refer to is the things just mentioned ("if the PRs are late, they will wait").
    if (owners.length === 0 && word.word === 'they') return { type: 'thing', owners, at: j };
    return guarded({ type: 'people', owners, at: j });
  }
  const determiner = words[j - 1];
  if (GROUP_NOUNS.has(word.word) && !word.tags.has('Verb')) {
    return guarded({ type: 'group', owners: [], at: determiner?.word === 'the' ? j - 1 : j });
  }
  // A second verb of a coordination: the subject of the first ("Ada fixed X and will test it").
  if ((word.word === 'and' || word.word === 'but') && depth === 0) {
    const first = firstSubject(reading, floor, j);
    if (first) return first;
    // "Waiting on the vendor, and then will revisit it", "Blocked on the spec but will pick it up":
    // the first conjunct is a note without a subject (it opens with its verb), so this one has none
    // either: it is about whoever the note is about.
    const lead = NEGATIONS.has(words[floor]?.word ?? '') ? words[floor + 1] : words[floor];
    const finite = words
      .slice(floor + 1, j)
      .some((x, at) => isVerb(x) && !nonFinite(x) && words[floor + at]?.word !== 'to');
    if (lead && isVerb(lead) && !nameAt[floor] && !lead.tags.has('Modal') && !finite)
      return { type: 'none', owners: [], at: j + 1 };
  }
  return { type: 'thing', owners: [], at: j };
}

/**
 * The subject of the verb that "and" coordinates with: the nearest finite verb before `end` (not a
 * gerund, not an infinitive after "to"), and whoever stands before it.
 */
function firstSubject(
  reading: SentenceReading,
  floor: number,
  end: number,
  main = false,
): Subject | undefined {
  const { words } = reading;
  const verbs: number[] = [];
  for (let v = floor + 1; v < end; v++) {
    const verb = words[v]!;
    if (!isVerb(verb) || verb.tags.has('Gerund') || verb.tags.has('Infinitive')) continue;
    if (reading.nameAt[v] || words[v - 1]?.word === 'to') continue;
    verbs.push(v);
  }
  // The nearest verb first; the sentence's main verb when the nearest has a thing for subject
  // ("Ada said the vendor does not offer it but will ask"), unless that thing is a pronoun ("it").
  const order = main ? verbs.slice(0, 1) : [...verbs].reverse();
  for (const v of order) {
    // Auxiliaries and negations belong to the verb after them: walk back over them.
    let first = v;
    while (
      first > floor &&
      (isVerb(words[first - 1]) || NEGATIONS.has(words[first - 1]!.word)) &&
      !reading.nameAt[first - 1]
    )
      first--;
    const subject = findSubject(reading, first - 1, 1);
    if (subject.type === 'people' || subject.type === 'group') return subject;
    // "Ada agrees that it is worth doing and will talk to Ben": a pronoun inside a "that" clause is not
    // what the second verb coordinates with; the main verb is.
    const complement = words[subject.at - 1]?.word === 'that';
    if (main || (words[subject.at]?.tags.has('Pronoun') && !complement)) return undefined;
    return firstSubject(reading, floor, end, true);
  }
  return undefined;
}

/**
 * He, she, they: in reported speech the subject of the reporting verb ("Ada said she will"), else the
 * person named last before it in the bullet, else in the parent bullets, else in the heading.
 */
function resolvePronoun(reading: SentenceReading, at: number, floor: number): OutcomeOwner[] {
  const { words, sentence } = reading;
  // "BV: … thanks Ada, I can do it": "I" is the speaker of the label, never someone named in the text.
  if (words[at]?.word === 'i' && reading.labelOwners.length > 0) return reading.labelOwners;
  let r = at - 1;
  if (words[r]?.word === 'that') r--;
  const verb = words[r];
  if (verb && r >= floor && REPORTING_VERBS.has(verbBase(verb.word) ?? '')) {
    const reporter = findSubject(reading, r - 1, 1);
    if (reporter.type === 'people' && reporter.owners.length > 0) return reporter.owners;
  }
  const start = words[at]!.start;
  const before = reading.names.filter((name) => name.end <= start);
  const last = before.at(-1);
  if (last) return [toOwner(last)];
  void sentence;
  if (reading.labelOwners.length > 0) return reading.labelOwners;
  const { parents = [], previous = [], heading = [] } = reading.context;
  for (const group of [...parents, previous, heading]) {
    const nearest = group.at(-1);
    if (nearest) return [nearest];
  }
  return [];
}

/** The last `count` different people named before `start` in the bullet, else in its context. */
function lastPeople(reading: SentenceReading, start: number, count: number): OutcomeOwner[] {
  const { parents = [], previous = [], heading = [] } = reading.context;
  const pools = [
    reading.names.filter((name) => name.end <= start).map(toOwner),
    reading.labelOwners,
    ...parents,
    previous,
    heading,
  ];
  for (const pool of pools) {
    const distinct: OutcomeOwner[] = [];
    for (const person of [...pool].reverse())
      if (!distinct.some((d) => d.ownerName === person.ownerName && d.owner === person.owner))
        distinct.unshift(person);
    if (distinct.length >= count) return distinct.slice(-count);
  }
  return [];
}

/**
 * Whoever a sentence without a subject ("Will check with the vendor", "Proposed a plan") is about: the
 * person of a name label, the subject of the sentence's first clause, or the first person the nearest
 * parent bullet names (its subject, as minutes write).
 */
function impliedSubject(reading: SentenceReading, at: number): Subject {
  if (reading.labelOwners.length > 0) return { type: 'people', owners: reading.labelOwners, at };
  if (at > 0) {
    const first = firstSubject(reading, 0, at, true);
    if (first) return first;
    // "Ada collecting the numbers; will report back": the clause before names its subject first.
    const lead = reading.nameAt[0];
    if (lead) return { type: 'people', owners: [toOwner(lead)], at };
  }
  for (const group of reading.context.parents ?? []) {
    const lead = group[0];
    if (lead) return { type: 'people', owners: [lead], at };
  }
  return { type: 'group', owners: [], at };
}

/** A gerund, an infinitive or a participle: a verb form that has no subject of its own. */
const nonFinite = (word: Word) =>
  word.tags.has('Gerund') ||
  word.tags.has('Infinitive') ||
  word.tags.has('Particle') ||
  isParticiple(word);

/** "Ada thinks the group would …" is a guess about others, not reported speech that commits them. */
const OPINION_VERBS = new Set(['think', 'believe', 'hope', 'expect']);

/** An opinion verb ("think", "believe", "feel") in the clause before the subject at `at`. */
function opinionBefore(words: readonly Word[], at: number): boolean {
  return words.slice(clauseStart(words, at), at).some((x) => OPINION_WORDS.has(x.word));
}

function reportedSpeech(reading: SentenceReading, subjectAt: number): boolean {
  for (let i = subjectAt - 1; i >= 0 && i >= subjectAt - 3; i--) {
    const base = verbBase(reading.words[i]!.word) ?? '';
    if (REPORTING_VERBS.has(base)) return !OPINION_VERBS.has(base);
  }
  return false;
}

interface Predicate {
  /** `refusal` ("will not …") and `rule` (a convention in the passive) are decisions of the group. */
  kind: 'commitment' | 'suggestion' | 'refusal' | 'rule';
  /** Where the subject search starts (the word before the predicate). */
  subjectFrom: number;
  /**
   * "would" needs reported speech; the headline "to" named people at the start of the clause; a passive
   * future a thing as subject (the work is the group's); "the goal is to …" and "it was agreed to …" are
   * the group's whatever stands before them; a sentence-initial verb has no subject of its own.
   */
  needs?:
    | 'reported'
    | 'named'
    | 'passive'
    | 'group'
    | 'gerund'
    | 'goal'
    | 'process'
    | 'deadline'
    | 'imperative'
    | 'listed'
    | 'agreed'
    | 'implied'
    | 'obliged'
    | 'advocate';
  /** Of a passive: the participle ("will be discussed"), which tells work from a state ("will be needed"). */
  participle?: number;
}

/** A verb in a title ("Update Website Copy"): its next words are capitalised too, and none is a name. */
function titleCase(words: readonly Word[], k: number): boolean {
  const word = words[k]!;
  if (k > 0 && !/^\p{Ll}/u.test(word.text)) return true;
  const next = words.slice(k + 1, k + 3).filter((x) => x.text !== '');
  return next.length > 0 && next.every((x) => isCapitalised(x) && !x.tags.has('Person'));
}

/** After a verb used as a noun: "update on the roadmap", "review of the charter". */
const NOUN_MARKERS = new Set(['on', 'of', 'from', 'about', 'for', 'is', 'was', 'has', 'and']);

/**
 * Whether word `k` opens a clause of its own: the sentence's first word, or the first after a colon,
 * semicolon or a comma that closes a clause with its own verb ("Ada elected as chair, post in the issue").
 */
function opensClause(words: readonly Word[], k: number): boolean {
  if (k === 0) return true;
  const before = words[k - 1]!;
  if (/[;:]/u.test(before.post)) return true;
  if (!/,/u.test(before.post)) return false;
  return words.slice(clauseStart(words, k), k - 1).some((x) => isVerb(x) && !x.tags.has('Gerund'));
}

/** "will keep it open", "will leave it as is": the matter stays as it stands. */
const KEEPING_VERBS = new Set(['keep', 'leave']);
const STANDING_WORDS = new Set(['open', 'now', 'is', 'hold', 'unchanged', 'pending']);
/** What an offer of help is for: "help with the docs", "support on it", "assistance for the release". */
const HELP_LINKS = new Set(['with', 'on', 'for', 'in', 'to']);
/** "Nobody volunteered", "no one offered": nobody took it on. */
const NOBODY_WORDS = new Set(['nobody', 'noone', 'none', 'no']);
/** "offered help during the call": done at once. */
const duringCall = (words: readonly Word[]) =>
  words.some(
    (x, i) =>
      IMMEDIATE_WORDS.has(x.word) ||
      (x.word === 'during' && words.slice(i + 1, i + 3).some((y) => CALL_NOUNS.has(y.word))),
  );
/** "in favour of": the noun of advocacy. */
const FAVOUR_NOUNS = new Set(['favor', 'favour']);
/** "voted in favour of the motion": a vote, the poll's, not a suggestion. */
const VOTING_FORMS = new Set(['vote', 'votes', 'voted', 'voting', 'against']);
/** Skipped between an advocacy and its subject: "I would still prefer", "Ada is strongly in favour". */
const ADVOCACY_ADVERBS = new Set([
  'do',
  'does',
  'would',
  "'d",
  'd',
  'still',
  'also',
  'really',
  'strongly',
  'personally',
  'generally',
  'broadly',
  'slightly',
  'clearly',
  'firmly',
  'very',
  'much',
  'all',
]);
/** "We should / could …", "we might want to …": the speaker proposes a course for the group. */
const PROPOSING_MODALS = new Set(['should', 'could', 'ought']);

/** "move on", "move to the vote", "go ahead", "wrap up": what the call does next, at once. */
const CALL_FLOW_VERBS = new Set(['move', 'go', 'proceed', 'wrap', 'get']);
const CALL_FLOW_PARTICLES = new Set(['on', 'to', 'ahead', 'up', 'back']);
/** The verb at `n` with its particle is the call's own course ("move on", "go ahead"). */
const isCallFlow = (words: readonly Word[], n: number) =>
  CALL_FLOW_VERBS.has(words[n]?.word ?? '') && CALL_FLOW_PARTICLES.has(words[n + 1]?.word ?? '');
/** The sentence asks (it ends in "?"): a question takes nothing on and proposes nothing. */
const isQuestion = (sentence: Sentence) => /\?["'”’)\]]*\s*$/u.test(sentence.text.trim());

/** Words of a sentence that weighs alternatives: "if needed I can help" offers nothing firm. */
const HYPOTHETICAL_WORDS = new Set([
  'if',
  'unless',
  'otherwise',
  'could',
  'might',
  'rather',
  'whether',
  'maybe',
  'perhaps',
  'instead',
]);

/** "I can see / imagine / say …": what the speaker perceives or thinks, no offer. */
const COGNITION_VERBS = new Set([
  'see',
  'imagine',
  'understand',
  'say',
  'think',
  'tell',
  'live',
  'hear',
  'speak',
  'confirm',
  'answer',
  'agree',
  'be',
  // Shown in the call itself: "I can bring up the dashboard", "I can show it".
  'show',
  'bring',
  'pull',
  'share',
  'present',
  'demo',
  'walk',
]);

/** "Volunteers include / are …" */
const LISTING_VERBS = new Set(['include', 'are', 'were', 'included']);

/** Words that put the work after the call: "next week", "offline", "on the mailing list". */
const LATER_WORDS = new Set([
  'next',
  'later',
  'offline',
  'tomorrow',
  'async',
  'asynchronously',
  'afterwards',
  'eventually',
  'future',
  'upcoming',
  'list',
  'thread',
  'issue',
  'tracker',
]);

/** "expects to see", "hopes to hear": what one will perceive, not work. */
const PERCEPTION_VERBS = new Set(['be', 'see', 'hear', 'get', 'receive']);
const PRESENT_COPULAS = new Set(['is', 'are', 'am', "'s", "'re", "'m"]);

/** Skipped walking back to a subject ("Ada has agreed"), never forward ("will have it ready"). */
const AUXILIARIES = new Set(['has', 'have', 'had']);
const NON_COMMITTAL = new Set([
  'consider',
  'keep',
  'wait',
  'stay',
  'stick',
  'leave',
  'defer',
  'postpone',
  'not',
]);
const NEGATIONS = new Set(['not', 'never', 'no', "n't"]);
/** Words that cannot start the verb phrase after "will" (compromise sometimes tags a verb as an adverb). */
const NOT_A_VERB = ['Determiner', 'Preposition', 'Conjunction', 'Pronoun', 'Adjective', 'Value'];

function nextContent(words: readonly Word[], from: number): number {
  let i = from;
  while (i < words.length) {
    const word = words[i]!;
    if (
      (FILLERS.has(word.word) && !AUXILIARIES.has(word.word)) ||
      (word.tags.has('Adverb') && word.word.endsWith('ly') && !HEDGES.has(word.word))
    )
      i++;
    else break;
  }
  return i;
}

const isParticiple = (word: Word | undefined) =>
  word !== undefined &&
  (word.tags.has('PastTense') || word.tags.has('Participle')) &&
  /(?:ed|en|wn|t)$/u.test(word.word);

/** A lower-case word that can only be a verb after "to": no determiner, preposition or name. */
const verbByPlace = (word: Word | undefined) =>
  word !== undefined &&
  /^\p{Ll}/u.test(word.text) &&
  !NOT_A_VERB.some((tag) => word.tags.has(tag)) &&
  !word.tags.has('Adverb');

/**
 * Where the "to" of a verb stands: right after it, or after a prepositional phrase of up to four words
 * ("volunteered on the list to draft …", "offered after the call to write …"); `from` when there is none.
 */
function toAfterPhrase(words: readonly Word[], from: number): number {
  if (words[from]?.word === 'to' || !words[from]?.tags.has('Preposition')) return from;
  for (let i = from + 1; i < words.length && i <= from + 4; i++) {
    const word = words[i]!;
    if (word.word === 'to') return i;
    if (isVerb(word) || /[,;:]/u.test(words[i - 1]!.post)) break;
  }
  return from;
}

/**
 * A word compromise did not tag as a verb that is one by its place: after "to" and before an object
 * ("intends to upstream the driver", "offered to port it").
 */
function verbBySyntax(words: readonly Word[], at: number): boolean {
  const word = words[at];
  const object = words[at + 1];
  if (!word || !object || !/^\p{Ll}/u.test(word.text)) return false;
  if (NOT_A_VERB.some((tag) => tag !== 'Adjective' && word.tags.has(tag))) return false;
  return (
    object.tags.has('Determiner') ||
    object.tags.has('Possessive') ||
    (object.tags.has('Pronoun') && !PERSON_PRONOUNS.has(object.word))
  );
}

/** The goal noun of "The <goal> (for …) is to": within six words before the copula, no verb between. */
function goalBefore(words: readonly Word[], copula: number): number {
  for (let i = copula - 1; i >= Math.max(0, copula - 6); i--) {
    const word = words[i]!;
    if (GOAL_NOUNS.has(word.word) && !word.tags.has('Verb')) return i;
    if (isVerb(word) || /[,;:]/u.test(word.post)) return -1;
  }
  return -1;
}

/**
 * Where the subject search starts for a nominal "plans to": before a reporting or other verb that has
 * the plans ("Ada shared future plans to …", "Ada announced plans to …"), or at a possessive ("Ada's
 * plans to …"); undefined when nobody has them ("The plans to …").
 */
function nominalOwner(words: readonly Word[], noun: number): number | undefined {
  const lead = words[noun - 1];
  // "The TSC plans to …": a subject right before it makes it the verb compromise took for a noun.
  if (
    lead &&
    !lead.tags.has('Adjective') &&
    !lead.tags.has('Determiner') &&
    !lead.tags.has('Possessive') &&
    !POSSESSIVE_PRONOUNS.has(lead.word) &&
    !isVerb(lead)
  )
    return noun - 1;
  let i = noun - 1;
  while (i >= 0 && (words[i]!.tags.has('Adjective') || POSSESSIVE_PRONOUNS.has(words[i]!.word)))
    i--;
  const word = words[i];
  if (!word) return undefined;
  if (word.tags.has('Possessive')) return i;
  if (POSSESSIVE_PRONOUNS.has(words[i + 1]?.word ?? '')) return i + 1;
  return isVerb(word) && !word.tags.has('Gerund') ? i - 1 : undefined;
}

/** Is there a predicate at word k, and what kind? */
function predicateAt(reading: SentenceReading, k: number): Predicate | undefined {
  const { words, nameAt } = reading;
  const word = words[k]!;
  if (nameAt[k]) return undefined;
  const w = word.word;

  // "Would be nice if …", "It would be great if …": a wish, the speaker's suggestion (compromise may
  // take a capitalised "Would" after a speaker's label for a name).
  // "It would be good to add a test" proposes the same ("would be good news" does not).
  // "It might be simpler to generate them", "it could be better if …", "Might be wise to pin it": with
  // another modal or a judgement word, only after an empty "it" or none ("the format would be simpler
  // to parse" judges the format; "it might be better now that …" proposes nothing, and "it would be
  // better to wait" is an opinion on holding off, no course).
  if (words[k + 1]?.word === 'be') {
    const judged = words[k + 2]?.word ?? '';
    const empty = () =>
      k === clauseStart(words, k) || ['it', 'this', 'that'].includes(words[k - 1]?.word ?? '');
    if (
      ((w === 'would' && WISH_WORDS.has(judged)) ||
        (['would', 'might', 'could'].includes(w) &&
          (WISH_WORDS.has(judged) || EVALUATIVE_WORDS.has(judged)) &&
          !HOLDING_VERBS.has(words[k + 4]?.word ?? '') &&
          empty())) &&
      (words[k + 3]?.word === 'if' || (words[k + 3]?.word === 'to' && isVerb(words[k + 4])))
    )
      return { kind: 'suggestion', subjectFrom: k - 1, needs: 'gerund' };
  }
  if (FUTURE_MODALS.has(w) || w === 'would') {
    if (!word.tags.has('Modal') && !word.tags.has('Auxiliary') && !word.tags.has('Verb'))
      return undefined;
    const n = nextContent(words, k + 1);
    const next = words[n];
    // "Not writing the spec yet, but will soon", "Has not started, and will next week": the verb is the
    // first conjunct's, left out; the commitment is its subject's.
    if (w !== 'would' && ellipticalFuture(words, k))
      return { kind: 'commitment', subjectFrom: k - 1 };
    if (!next) return undefined;
    if (NEGATIONS.has(next.word)) {
      const be = words[n + 1];
      const done = words[n + 2];
      // "We will not meet next week", "the guest will not be affected": the call or a state, no refusal.
      if (ABSENCE_VERBS.has(be?.word ?? '') || CALL_ROLES.has(be?.word ?? '')) return undefined;
      if (be?.word === 'be' && STATE_WORDS.has(done?.word ?? '')) return undefined;
      // compromise tags some participles as adjectives ("accepted"); after "will not be" they are.
      const passive =
        be?.word === 'be' &&
        (isParticiple(done) || (done?.tags.has('Adjective') === true && done.word.endsWith('ed')));
      return {
        kind: 'refusal',
        subjectFrom: k - 1,
        ...(passive ? { needs: 'passive' as const } : {}),
      };
    }
    if (HEDGES.has(next.word)) return undefined;
    // "The review will proceed", "Work on X will continue": the group's work goes on (not "continue to fail").
    if (PROCESS_VERBS.has(next.word) && words[n + 1]?.word !== 'to' && w !== 'would')
      return { kind: 'commitment', subjectFrom: k - 1, needs: 'process' };
    if (
      !isVerb(next) &&
      (NOT_A_VERB.some((tag) => next.tags.has(tag)) || /^\P{Ll}/u.test(next.text))
    )
      return undefined;
    // "will be merged": work in the passive, the group's; "will be away", "will be attending": not work.
    if (next.word === 'be') {
      const at = nextContent(words, n + 1);
      const participle = words[at];
      if (w === 'would' || !isParticiple(participle) || participle?.word === 'decided')
        return undefined;
      // "Releases will be named after the month": a convention the group settles, not work; so is what
      // normative text says "shall be" done ("The encoding shall be factored so that …").
      return SCHEME_PARTICIPLES.has(participle?.word ?? '') || w === 'shall'
        ? { kind: 'rule', subjectFrom: k - 1, needs: 'passive' }
        : { kind: 'commitment', subjectFrom: k - 1, needs: 'passive', participle: at };
    }
    // "We will keep the issue open for now", "will leave it as is": nothing changes (a decision at most).
    if (
      KEEPING_VERBS.has(next.word) &&
      words.slice(n + 1, n + 6).some((x) => STANDING_WORDS.has(x.word))
    )
      return undefined;
    // "We will see", "you will know": what one will perceive, not work.
    if (['see', 'hear', 'know', 'wonder'].includes(next.word)) return undefined;
    // "would like / want / prefer", "would have to check": a wish or an obligation, not work taken on.
    if (['remain', 'like', 'prefer', 'want', 'need', 'love'].includes(next.word)) return undefined;
    // "I'll agree with Ada that …", "I will admit …": a stance, said now.
    if (STANCE_VERBS.has(next.word)) return undefined;
    if (next.word === 'have' && words[n + 1]?.word === 'to') return undefined;
    // "Carla will chair the next call": who runs a call is logistics.
    if (CALL_ROLES.has(next.word) && words.slice(n + 1, n + 5).some((x) => CALL_NOUNS.has(x.word)))
      return undefined;
    // "We will meet next week", "we'll reconvene in two weeks": when the group meets is logistics too
    // ("will meet with the vendor", "will meet to settle the schedule" is work with someone, or for something).
    if (MEETING_VERBS.has(next.word) && !meetsForWork(words, n + 1)) return undefined;
    // "Will wait for the other projects", "we will defer it": holding off is a decision, no work.
    if (HOLDING_VERBS.has(next.word) && !thenActs(words, n + 1)) return undefined;
    // "Ada will attend", "Ben will present remotely, Carla in person": attendance is logistics.
    if (ATTENDING_VERBS.has(next.word) || attendanceManner(words, n + 1)) return undefined;
    if (k === 0 || /[;:]/u.test(words[k - 1]?.post ?? ''))
      return w === 'would'
        ? undefined
        : { kind: 'commitment', subjectFrom: k - 1, needs: 'gerund' };
    return w === 'would'
      ? { kind: 'commitment', subjectFrom: k - 1, needs: 'reported' }
      : { kind: 'commitment', subjectFrom: k - 1 };
  }

  const base = verbBase(w);
  // "On Ada's TODO list", "her action item": the work is the owner's; "Ada has an action item to …".
  if (ACTION_NOUNS.has(w) && !isVerb(word)) {
    const has = words[k - 2];
    if (
      has &&
      ['has', 'have', 'had'].includes(has.word) &&
      ['an', 'the'].includes(words[k - 1]?.word ?? '')
    )
      return { kind: 'commitment', subjectFrom: k - 3 };
    const owner = words[k - 1];
    if (
      owner &&
      (owner.tags.has('Possessive') || POSSESSIVE_PRONOUNS.has(owner.word)) &&
      (nameAt[k - 1] || POSSESSIVE_PRONOUNS.has(owner.word))
    )
      return { kind: 'commitment', subjectFrom: k - 1, needs: 'goal' };
  }
  // "Post in the issue and close it", "…, ping the vendor": a chore in the imperative, no subject before
  // it, is the group's (a verb used as a noun, "update on the roadmap", is not).
  if (CHORE_VERBS.has(w) && opensClause(words, k) && !titleCase(words, k)) {
    const next = words[k + 1];
    const particle = CHORE_PARTICLES[w];
    // "Close, covered by #321.", "Merge." : with no object the item is closed or merged in the meeting,
    // a ruling (a decision), not a chore left for later.
    if (RULING_CHORES.has(w) && (!next || /[,.;:]/u.test(word.post))) return undefined;
    if (particle ? next?.word === particle : !(next && NOUN_MARKERS.has(next.word)))
      if (!words[k - 1] || !words[k - 1]!.tags.has('Determiner'))
        return { kind: 'commitment', subjectFrom: k - 1, needs: 'imperative' };
  }
  // "Proposal to move …", "Suggestion is to merge …", "Action to revisit …": the noun names the act.
  // "My suggestion would be to …", "Her proposal is to …", "an idea from Ada to …": the owner's.
  if (SUGGESTION_NOUNS.has(w) || w === 'idea') {
    const owner = words[k - 1];
    const from = words[k + 1]?.word === 'from' && nameAt[k + 2] ? k + 2 : -1;
    let n = k + 1;
    // "my suggestion for moving ahead would be to": a short phrase may stand before the copula.
    for (let i = k + 1; i < words.length && i <= k + 5; i++) {
      const word = words[i]!;
      if (['is', 'was', 'would'].includes(word.word)) {
        n = i;
        break;
      }
      if (word.word === 'to' || (isVerb(word) && !word.tags.has('Gerund'))) break;
    }
    if (from >= 0) n = k + 3;
    else if (['is', 'was'].includes(words[n]?.word ?? '')) n += 1;
    else if (words[n]?.word === 'would' && words[n + 1]?.word === 'be') n += 2;
    if (words[n]?.word === 'to' && (isVerb(words[n + 1]) || verbByPlace(words[n + 1]))) {
      if (from >= 0) return { kind: 'suggestion', subjectFrom: from };
      if (owner && (owner.tags.has('Possessive') || POSSESSIVE_PRONOUNS.has(owner.word)))
        return { kind: 'suggestion', subjectFrom: k - 1, needs: 'goal' };
    }
  }
  if (SUGGESTION_NOUNS.has(w) || ACTION_NOUNS.has(w)) {
    const n = words[k + 1]?.word === 'is' ? k + 2 : k + 1;
    if (k === clauseStart(words, k) && words[n]?.word === 'to' && isVerb(words[n + 1]))
      return {
        kind: SUGGESTION_NOUNS.has(w) ? 'suggestion' : 'commitment',
        subjectFrom: k - 1,
        needs: 'gerund',
      };
    return undefined;
  }
  // "Ada prefers keeping the old lexer", "I'd prefer a single file", "Carla is still in favour of
  // shipping it", "Dmitri in favor of dropping it": a participant advocating a course (the guide, batch
  // 4). Not "the preferred option" (an adjective), "preferred not to comment", a vote or a count in
  // favour (a poll's), nor inside a condition or a question.
  const inFavour =
    FAVOUR_NOUNS.has(w) && words[k - 1]?.word === 'in' && words[k + 1]?.word === 'of';
  if (
    inFavour ||
    (base !== undefined &&
      ADVOCATING_VERBS.has(base) &&
      isVerb(word) &&
      !word.tags.has('Gerund') &&
      words[k - 1]?.word !== 'in')
  ) {
    if (NEGATIONS.has(words[k + 1]?.word ?? '') || isQuestion(reading.sentence)) return undefined;
    if (words.some((x) => POLL_NOUNS.has(x.word) || VOTING_FORMS.has(x.word))) return undefined;
    let s = inFavour ? k - 2 : k - 1;
    const skip = (set: ReadonlySet<string>) => {
      while (s >= 0 && set.has(words[s]!.word)) s--;
    };
    skip(ADVOCACY_ADVERBS);
    if (inFavour && PRESENT_COPULAS.has(words[s]?.word ?? '')) s--;
    else if (inFavour && ['was', 'were'].includes(words[s]?.word ?? '')) s--;
    skip(ADVOCACY_ADVERBS);
    if (words.slice(clauseStart(words, s + 1), k).some((x) => SUBORDINATORS.has(x.word)))
      return undefined;
    return { kind: 'suggestion', subjectFrom: s, needs: 'advocate' };
  }
  // A sentence that opens with "Proposed …" or "Encouraged …" (compromise may call it an adjective);
  // an imperative ("Encourage everyone to …") is a call to all, not someone's suggestion.
  const opening = k === clauseStart(words, k) && base !== undefined && /ed$/u.test(w);
  // "X is recommended": compromise may tag the participle an adjective.
  const passive = ['is', 'are', 'was'].includes(words[k - 1]?.word ?? '') && /ed$/u.test(w);
  if (base && SUGGESTING_VERBS.has(base) && (isVerb(word) || opening || passive)) {
    if (k === clauseStart(words, k) && !/ed$/u.test(w)) return undefined;
    // "Attendees are encouraged to …", "Encouraged everyone to …": a call to all, not a suggestion to
    // someone; "encouraged Ada to …" is one.
    if (CALLING_VERBS.has(base) && !addressesPerson(reading, k)) return undefined;
    // "…, suggesting that …": the suggestion is the main clause's subject's.
    if (word.tags.has('Gerund') || w.endsWith('ing'))
      return /,\s*$/u.test(words[k - 1]?.post ?? '')
        ? { kind: 'suggestion', subjectFrom: k - 1, needs: 'gerund' }
        : undefined;
    // "X is recommended", "It was suggested to …" (not "has been proposed": a report).
    if (['is', 'are', 'was'].includes(words[k - 1]?.word ?? ''))
      return { kind: 'suggestion', subjectFrom: k - 1, needs: 'group' };
    if (words[k - 1]?.word === 'been') return undefined;
    // "suggested that the hang was caused by …": a guess at a cause, not a course of action.
    if (words[k + 1]?.word === 'that' && words.slice(k + 2).some((x) => CAUSE_WORDS.has(x.word)))
      return undefined;
    return { kind: 'suggestion', subjectFrom: k - 1 };
  }

  // "Should we split the crate?", "Can we publish a nightly?", "Why not keep both?", "How about moving
  // it?": a question whether the group takes a concrete course is the asker's proposal (the guide, batch
  // 4). Not one for information ("Can we get an update?"), about a state ("Should we be worried?"), the
  // call's own course ("Can we move on?"), a poll or a decision at once ("Should we decide it today?"), nor
  // "What about the tests?" (no course named).
  if (k === clauseStart(words, k) && isQuestion(reading.sentence)) {
    const asking = ASKING_MODALS.has(w) && words[k + 1]?.word === 'we';
    const opener = words[k + 1] !== undefined && PROPOSING_OPENERS.get(w) === words[k + 1]!.word;
    if (asking || opener) {
      let n = nextContent(words, k + 2);
      // "How about we move it?": the proposal's own subject.
      if (opener && w !== 'why' && words[n]?.word === 'we') n = nextContent(words, n + 1);
      const verb = words[n];
      const course =
        verb !== undefined &&
        (opener && w !== 'why' && words[n - 1]?.word === 'about'
          ? verb.tags.has('Gerund')
          : isVerb(verb) || verbByPlace(verb)) &&
        !COGNITION_VERBS.has(verb.word) &&
        !['have', 'get', 'decide'].includes(verb.word) &&
        !isCallFlow(words, n) &&
        !words.some((x) => POLL_NOUNS.has(x.word));
      return course ? { kind: 'suggestion', subjectFrom: k - 1, needs: 'gerund' } : undefined;
    }
  }
  // "We should revisit it", "we could change the limit", "we might want to look at …": the speaker
  // proposes a course for the group (not "we should be fine", "we should have asked", nor a question).
  if (
    PROPOSING_MODALS.has(w) ||
    ((w === 'might' || w === 'may') && words[k + 1]?.word === 'want')
  ) {
    const we = skipFillers(words, k - 1, 0);
    if (words[we]?.word !== 'we') return undefined;
    // "If we could get access …": a condition proposes nothing.
    if (words.slice(clauseStart(words, we), we).some((x) => SUBORDINATORS.has(x.word)))
      return undefined;
    let n = nextContent(words, k + 1);
    if (words[n]?.word === 'want' || (w === 'ought' && words[n]?.word === 'to'))
      n = nextContent(words, words[n + 1]?.word === 'to' ? n + 2 : n + 1);
    const verb = words[n];
    if (!verb || !isVerb(verb) || ['be', 'have'].includes(verb.word) || NEGATIONS.has(verb.word))
      return undefined;
    // "We should move to the next topic", "we could move on": the call's own course, at once.
    if (isCallFlow(words, n)) return undefined;
    if (isQuestion(reading.sentence)) return undefined;
    return { kind: 'suggestion', subjectFrom: we - 1, needs: 'gerund' };
  }

  // "I can write it up": the speaker's offer (not "I can see / imagine …", a question or a condition).
  // Only with a speaker's label that names who "I" is: an offer nobody can be named for helps no one.
  if (w === 'can' && words[k - 1]?.word === 'i' && reading.labelOwners.length > 0) {
    const verb = words[nextContent(words, k + 1)];
    if (!verb || !isVerb(verb) || COGNITION_VERBS.has(verb.word) || NEGATIONS.has(verb.word))
      return undefined;
    if (isQuestion(reading.sentence)) return undefined;
    if (words.some((x) => HYPOTHETICAL_WORDS.has(x.word) || IMMEDIATE_WORDS.has(x.word)))
      return undefined;
    return { kind: 'commitment', subjectFrom: k - 1 };
  }

  // "Let's revisit it next week", "let's open an issue": the group takes it on; "let's move on", "let's
  // do a quick poll" are the call's own course, at once, and say nothing of later.
  if (w === 'let' && words[k + 1]?.word === 'us') {
    const n = nextContent(words, k + 2);
    const verb = words[n];
    if (!verb || !(isVerb(verb) || verbByPlace(verb))) return undefined;
    if (isCallFlow(words, n)) return undefined;
    const later = words.slice(n + 1).some((x) => LATER_WORDS.has(x.word));
    return later || CHORE_VERBS.has(verb.word)
      ? { kind: 'commitment', subjectFrom: k - 1, needs: 'group' }
      : undefined;
  }

  // "She wants to release the rest first": a person's intention about their own work (not "wanted
  // to", a report; not a wish to know, discuss or make sure; only a person: "we want to avoid …" is a goal).
  if ((w === 'wants' || w === 'want') && words[k + 1]?.word === 'to') {
    const verb = words[nextContent(words, k + 2)];
    if (verb && (isVerb(verb) || verbByPlace(verb)) && !WISHED_VERBS.has(verb.word))
      return { kind: 'commitment', subjectFrom: k - 1, needs: 'obliged' };
  }
  // "Ada hopes / expects to …", "Ada is looking to …": her intention; "was hoping to" is a report.
  if (base && INTENDING_VERBS.has(base) && words[k + 1]?.word === 'to') {
    const at = nextContent(words, k + 2);
    const after = words[at];
    if (!after || !(isVerb(after) || verbBySyntax(words, at))) return undefined;
    if (PERCEPTION_VERBS.has(after.word) || CALL_ROLES.has(after.word)) return undefined;
    if (w.endsWith('ed') || w === base)
      return w === base && k > clauseStart(words, k)
        ? { kind: 'commitment', subjectFrom: k - 1 }
        : undefined;
    // "Looking to discuss it at a future session": the notes' subjectless intention.
    if (w.endsWith('ing'))
      return PRESENT_COPULAS.has(words[k - 1]?.word ?? '')
        ? { kind: 'commitment', subjectFrom: k - 2 }
        : k === clauseStart(words, k)
          ? { kind: 'commitment', subjectFrom: k - 1, needs: 'gerund' }
          : undefined;
    return { kind: 'commitment', subjectFrom: k - 1 };
  }

  // "Ada is planning on rewriting the parser"
  if (w === 'planning' && words[k + 1]?.word === 'on' && words[k + 2]?.tags.has('Gerund')) {
    return PRESENT_COPULAS.has(words[k - 1]?.word ?? '')
      ? { kind: 'commitment', subjectFrom: k - 2 }
      : undefined;
  }

  // "The next release is due at the end of the month": a deadline the group works to ("due to" is a
  // cause, "due back" an absence).
  if (
    w === 'due' &&
    PRESENT_COPULAS.has(words[k - 1]?.word ?? '') &&
    !['to', 'back'].includes(words[k + 1]?.word ?? '')
  )
    return { kind: 'commitment', subjectFrom: k - 2, needs: 'deadline' };

  // "The release is planned for May", "The cleanup is scheduled for next week": work the group has
  // scheduled ("was planned" is a report; a call or an event scheduled is logistics).
  if (
    SCHEDULED_PARTICIPLES.has(w) &&
    PRESENT_COPULAS.has(words[k - 1]?.word ?? '') &&
    ['for', 'to'].includes(words[k + 1]?.word ?? '')
  )
    return { kind: 'commitment', subjectFrom: k - 2, needs: 'passive', participle: k };

  // "is going to", "are planning to"
  if ((w === 'going' || w === 'planning') && words[k + 1]?.word === 'to') {
    const copula = words[k - 1];
    // "is going to be late", "is going to be the chair": a state or a role, as after "will be"; "are
    // going to be updated" is work in the passive.
    if (words[k + 2]?.word === 'be') {
      const at = nextContent(words, k + 3);
      const participle = words[at];
      return copula &&
        COPULAS.has(copula.word) &&
        isParticiple(participle) &&
        participle?.word !== 'decided'
        ? { kind: 'commitment', subjectFrom: k - 2, needs: 'passive', participle: at }
        : undefined;
    }
    // "Going to ask the vendor", "Planning to port it": the notes' subjectless intention.
    if (k === clauseStart(words, k) && (isVerb(words[k + 2]) || verbByPlace(words[k + 2])))
      return { kind: 'commitment', subjectFrom: k - 1, needs: 'gerund' };
    // The verb may be one by its place only ("is going to setup a meeting").
    if (copula && COPULAS.has(copula.word) && (isVerb(words[k + 2]) || verbByPlace(words[k + 2])))
      return { kind: 'commitment', subjectFrom: k - 2 };
    return undefined;
  }

  // "The goal is to …", "The priority for the next quarter is to …", "Ada's plan is to …"
  if (COPULAS.has(w) && words[k + 1]?.word === 'to') {
    const goal = goalBefore(words, k);
    if (goal < 0) return undefined;
    return isVerb(words[k + 2]) && words[k + 2]!.word !== 'be'
      ? { kind: 'commitment', subjectFrom: goal - 1, needs: 'goal' }
      : undefined;
  }

  // "Ada is happy to …", "I would be glad to …": an offer.
  if (
    READINESS_WORDS.has(w) &&
    words[k + 1]?.word === 'to' &&
    (isVerb(words[k + 2]) || verbBySyntax(words, k + 2))
  ) {
    const before = words[k - 1]?.word;
    if (before !== undefined && ['is', 'are', 'am', 'was', "'m", "'re"].includes(before))
      return { kind: 'commitment', subjectFrom: k - 2 };
    if (before === 'be' && ['would', 'will'].includes(words[k - 2]?.word ?? ''))
      return { kind: 'commitment', subjectFrom: k - 3 };
    return undefined;
  }

  // "It was agreed / decided to …": a decision, and the work it settles is the group's.
  if (
    (w === 'agreed' || w === 'decided') &&
    (words[k - 1]?.word === 'was' || words[k - 1]?.word === 'been') &&
    words[k + 1]?.word === 'to' &&
    isVerb(words[k + 2]) &&
    // "It was agreed to consider / wait": what not to do yet, no work taken on.
    !NON_COMMITTAL.has(words[k + 2]!.word)
  )
    return { kind: 'commitment', subjectFrom: k - 1, needs: 'group' };

  // "The team agreed that the guide needs to be kept current", "It was agreed that the flag should be
  // removed", "Everyone agreed we need to add a test": the group agrees on work it has to do, and so takes
  // it on (the agreement itself is a decision, extract-decision.ts). Not an agreement on a fact ("agreed
  // that it is faster") or on a noun ("agreed that it needs more thought").
  if (base === 'agree' && !w.endsWith('ing') && agreedObligation(words, k + 1))
    return { kind: 'commitment', subjectFrom: k - 1, needs: 'agreed' };
  // "Ada raised her hand to port the parser", "Ben stepped up to run …", "Carla put her name down for
  // the review": idioms of volunteering ("to raise my hand to …" after another verb: its subject's).
  const idiom = volunteeringIdiom(words, k);
  if (idiom) return idiom;

  // "expressed his intention to fix it", "stated her willingness to help": the intention as a noun,
  // whoever has it.
  if (
    INTENTION_NOUNS.has(w) &&
    !isVerb(word) &&
    words[k + 1]?.word === 'to' &&
    (isVerb(words[k + 2]) || verbByPlace(words[k + 2]))
  ) {
    const owner = nominalOwner(words, k);
    if (owner === undefined) return undefined;
    // "her intention": whoever "her" is (the goal reading resolves a possessive pronoun).
    return POSSESSIVE_PRONOUNS.has(words[owner]?.word ?? '')
      ? { kind: 'commitment', subjectFrom: owner, needs: 'goal' }
      : { kind: 'commitment', subjectFrom: owner };
  }
  // "Carla still needs to follow up", "Ada has to rebase her PR": work a named person is bound to do.
  if (OBLIGATION_VERBS.has(w) && words[k + 1]?.word === 'to') {
    const verb = words[nextContent(words, k + 2)];
    if (
      verb &&
      (isVerb(verb) || verbByPlace(verb)) &&
      !UNBOUND_VERBS.has(verb.word) &&
      !COGNITION_VERBS.has(verb.word) &&
      !PERCEPTION_VERBS.has(verb.word)
    )
      return { kind: 'commitment', subjectFrom: k - 1, needs: 'obliged' };
  }

  // "Volunteers include Ada and Ben", "Volunteers are Ada, Ben": the people listed.
  if (
    w === 'volunteers' &&
    k === clauseStart(words, k) &&
    LISTING_VERBS.has(words[k + 1]?.word ?? '')
  )
    return { kind: 'commitment', subjectFrom: k - 1, needs: 'listed' };
  if (base && COMMITTING_VERBS.has(base) && !w.endsWith('ing')) {
    // "Ada volunteered on the list to draft …": a short place or time between the verb and its "to".
    const to = toAfterPhrase(words, k + 1);
    const next = words[to];
    const at = nextContent(words, to + 1);
    const after = words[at];
    if (
      next?.word === 'to' &&
      (isVerb(after) || (base === 'commit' && after?.tags.has('Gerund')) || verbBySyntax(words, at))
    ) {
      // "agreed to consider / keep / wait": a decision about what not to do yet, no work taken on.
      if (base === 'agree' && NON_COMMITTAL.has(after?.word ?? '')) return undefined;
      // "offered to share her screen": done at once, in the call.
      if (base === 'offer' && words.slice(at).some((x) => IMMEDIATE_WORDS.has(x.word)))
        return undefined;
      // "shared future plans to …", "her plans to …": the noun; the owner is whoever has them.
      if (!isVerb(word)) {
        const owner = nominalOwner(words, k);
        return owner === undefined ? undefined : { kind: 'commitment', subjectFrom: owner };
      }
      return { kind: 'commitment', subjectFrom: k - 1 };
    }
    if (base === 'volunteer' && next?.word === 'for')
      return { kind: 'commitment', subjectFrom: k - 1 };
    // "Ada offered assistance with the scripts", "Ben offers his help on it": an offer of help is work
    // taken on, as "offered to help" is; not help given during the call, nor "offered support contracts"
    // (a thing offered) or "offered feedback" (said in the call).
    if (base === 'offer' && isVerb(word)) {
      const h = POSSESSIVE_PRONOUNS.has(words[k + 1]?.word ?? '') ? k + 2 : k + 1;
      const after = words[h + 1];
      if (
        HELP_NOUNS.has(words[h]?.word ?? '') &&
        (!after || HELP_LINKS.has(after.word) || /[,.;]/u.test(words[h]!.post)) &&
        !duringCall(words)
      )
        return { kind: 'commitment', subjectFrom: k - 1 };
    }
    // "Dmitri volunteered." under an item that names the work: volunteering for it (not "Nobody
    // volunteered").
    if (
      base === 'volunteer' &&
      isVerb(word) &&
      (k === words.length - 1 || /[,.;!]/u.test(word.post)) &&
      !words.slice(0, k).some((x) => NOBODY_WORDS.has(x.word))
    )
      return { kind: 'commitment', subjectFrom: k - 1 };
    // "Ada signed up for …" (not the imperative "sign up for the list").
    if (base === 'sign' && next?.word === 'up' && w !== 'sign')
      return { kind: 'commitment', subjectFrom: k - 1 };
    return undefined;
  }
  if (base === 'volunteer') return { kind: 'commitment', subjectFrom: k - 1 };
  if (base === 'take' && !w.endsWith('ing')) {
    const rest = words
      .slice(k + 1, k + 5)
      .map((x) => x.word)
      .join(' ');
    if (/^(?:on\s+)?(?:(?:the|an|a)\s+)?(?:action|ai)\b|^(?:on\s+)?ownership\b/u.test(rest))
      return { kind: 'commitment', subjectFrom: k - 1 };
  }
  // "Ada takes over the release", "Ben is taking the migration forward", "Carla picks up the docs": taking work
  // on, said in the present ("took over last year" is a report, "is taking a break" no work).
  if ((base === 'take' || base === 'pick') && !w.endsWith('ed') && w !== 'took') {
    const progressive = w.endsWith('ing');
    if (progressive && !PRESENT_COPULAS.has(words[k - 1]?.word ?? '')) return undefined;
    if (!progressive && w === base && k === clauseStart(words, k)) return undefined;
    const particles = base === 'pick' ? ['up'] : ['over', 'on', 'forward'];
    const particle = words
      .slice(k + 1, k + 5)
      .findIndex((x, at) => particles.includes(x.word) && (at === 0 || !isVerb(x)));
    if (particle < 0 || words.slice(k + 1, k + 1 + particle).some((x) => x.word === 'to'))
      return undefined;
    return { kind: 'commitment', subjectFrom: progressive ? k - 2 : k - 1 };
  }
  if (base === 'take') return undefined;

  // Headline style: "Ada to send the notes", "Ada and Ben to follow up", "Follow-up issue to be filed by Ada".
  if (w === 'to' && isVerb(words[k + 1]) && !words[k + 1]!.tags.has('Gerund')) {
    if (words[k + 1]!.word === 'be' && isParticiple(words[k + 2]) && byAgent(reading, k + 3))
      return { kind: 'commitment', subjectFrom: k - 1, needs: 'passive' };
    // "Docs to be updated", "To be discussed next week": the headline passive, the group's work (not
    // "needs to be updated": an obligation nobody took on).
    if (
      words[k + 1]!.word === 'be' &&
      isParticiple(words[k + 2]) &&
      !isVerb(words[k - 1]) &&
      // compromise may tag "needs" a noun: the obligation all the same.
      !OBLIGATION_VERBS.has(words[k - 1]?.word ?? '')
    )
      return { kind: 'commitment', subjectFrom: k - 1, needs: 'passive', participle: k + 2 };
    // "The review is to be done by Friday", "The notes are to be sent out": planned work in the passive.
    if (
      words[k + 1]!.word === 'be' &&
      PRESENT_COPULAS.has(words[k - 1]?.word ?? '') &&
      (isParticiple(words[k + 2]) || IRREGULAR_PARTICIPLES.has(words[k + 2]?.word ?? ''))
    )
      return { kind: 'commitment', subjectFrom: k - 2, needs: 'passive', participle: k + 2 };
    // "Someone to look into the flaky test": an action item nobody has taken yet, the group's.
    if (ANYONE.has(words[k - 1]?.word ?? '') && k - 1 === clauseStart(words, k))
      return { kind: 'commitment', subjectFrom: k - 1, needs: 'group' };
    return { kind: 'commitment', subjectFrom: k - 1, needs: 'named' };
  }
  return undefined;
}

/**
 * Whether a meeting the group plans ("will meet soon to review the notes", "will meet up with the vendor")
 * is for work: "with" someone or "to" do something before the clause ends.
 */
function meetsForWork(words: readonly Word[], from: number): boolean {
  for (let i = from; i < words.length && i < from + 10; i++) {
    const word = words[i]!;
    if (word.word === 'with') return true;
    if (word.word === 'to' && (isVerb(words[i + 1]) || verbByPlace(words[i + 1]))) return true;
    if (/[;:,]/u.test(word.post)) return false;
  }
  return false;
}

/**
 * Whether the subject of "is scheduled / planned for" at `k` names an event, a call or a vote ("Ada's
 * talk", "the next call", "the poll on the proposal"): their schedule is logistics, not work.
 */
function schedulesEvent(words: readonly Word[], k: number): boolean {
  return words
    .slice(clauseStart(words, k), k)
    .some((x) => EVENT_NOUNS.has(x.word) || CALL_NOUNS.has(x.word) || POLL_NOUNS.has(x.word));
}

/** Participles of work planned for a time: "is scheduled for …". */
const SCHEDULED_PARTICIPLES = new Set(['planned', 'scheduled', 'slated', 'targeted']);
/** Participles compromise tags as adjectives: "is to be done". */
const IRREGULAR_PARTICIPLES = new Set(['done', 'made', 'sent', 'written', 'built', 'kept', 'set']);
/** "Someone to look into it": nobody in particular. */
const ANYONE = new Set(['someone', 'somebody']);

/** Chores that, said with no object, close the item in the meeting: "Close.", "Merge, CI is green." */
const RULING_CHORES = new Set(['close', 'merge', 'land']);
/** "wants to know / discuss / make sure / avoid …": a wish or a goal, not work. */
const WISHED_VERBS = new Set([
  'know',
  'understand',
  'see',
  'hear',
  'discuss',
  'talk',
  'ask',
  'make',
  'avoid',
  'be',
  'have',
  'get',
  'keep',
  'clarify',
  'highlight',
  'point',
  'mention',
  'raise',
  'thank',
  'note',
]);

/** "I'll agree with …", "I will admit …", "I'll say …": a stance taken as it is said. */
const STANCE_VERBS = new Set(['agree', 'disagree', 'admit', 'say', 'note', 'argue']);
/** "will wait / defer / postpone / hold": holding off. */
const HOLDING_VERBS = new Set(['wait', 'defer', 'postpone', 'hold', 'pause']);
/** "… wait on the vendor and then port the driver": a verb the same modal governs after "and (then)". */
function thenActs(words: readonly Word[], from: number): boolean {
  for (let i = from; i < words.length - 1; i++) {
    if (/[;:.]/u.test(words[i]!.post)) return false;
    if (words[i]!.word !== 'and') continue;
    const verb = words[words[i + 1]!.word === 'then' ? i + 2 : i + 1];
    return isVerb(verb) && !verb!.tags.has('Gerund');
  }
  return false;
}

/** "will attend / miss / skip": who is there. */
const ATTENDING_VERBS = new Set(['attend', 'miss', 'skip']);
const MANNERS = new Set(['remotely', 'virtually', 'online']);

/** "… present remotely", "… join in person": how someone takes part, within three words of `from`. */
function attendanceManner(words: readonly Word[], from: number): boolean {
  for (let i = from; i < words.length && i < from + 3; i++) {
    if (MANNERS.has(words[i]!.word)) return true;
    if (words[i]!.word === 'in' && words[i + 1]?.word === 'person') return true;
  }
  return false;
}

/** What may follow an elliptical "will": nothing, or a time ("soon", "next week", "later"). */
const ELLIPSIS_TIMES = new Set(['soon', 'later', 'next', 'tomorrow', 'shortly', 'eventually']);

/**
 * Whether the modal at `k` leaves its verb out after "but" or "and":
 * "… yet, but will soon", "… and will next week".
 */
function ellipticalFuture(words: readonly Word[], k: number): boolean {
  const link = words[k - 1]?.word;
  if (link !== 'but' && link !== 'and') return false;
  const rest = words.slice(k + 1);
  const first = rest[0];
  if (!first) return true;
  // compromise may read "next" as a verb: what matters is that no verb follows the time.
  return ELLIPSIS_TIMES.has(first.word) && rest.slice(1).every((x) => !isVerb(x));
}

/** "his intention to …", "her willingness to …". */
const INTENTION_NOUNS = new Set(['intention', 'intent', 'willingness', 'commitment']);
/** "has to leave early", "needs to go", "has to travel": the person's own logistics. */
const UNBOUND_VERBS = new Set([
  'leave',
  'go',
  'travel',
  'drop',
  'step',
  'be',
  'have',
  'run',
  'know',
]);

/** Obligations inside what was agreed: "… needs to / must / should / has to …". */
const OBLIGATION_MODALS = new Set(['must', 'should']);
const OBLIGATION_VERBS = new Set(['need', 'needs', 'has', 'have']);
/** A generic audience (the words of `AUDIENCE_OBLIGATION_RE`): "people working on …", "users", "anyone". */
const AUDIENCE_NOUNS = new Set([
  'user',
  'users',
  'contributor',
  'contributors',
  'people',
  'everyone',
  'everybody',
  'anyone',
  'anybody',
  'you',
  'developers',
  'packagers',
  'authors',
  'downstreams',
]);

/**
 * Whether the clause after "agreed" at `from` puts an obligation to act on someone: "(that) the docs
 * need to be kept current", "(that) we must add a test", not "that it is faster" or "that it needs more
 * thought". Searched up to the clause's end, at most twelve words on.
 */
function agreedObligation(words: readonly Word[], from: number): boolean {
  if (words[from]?.word === 'to' || words[from]?.word === 'with') return false;
  for (let i = from; i < words.length && i < from + 12; i++) {
    const word = words[i]!;
    // "agreed that contributors should …": an instruction to a generic audience, which nobody takes on.
    if (AUDIENCE_NOUNS.has(word.word)) return false;
    let verb = -1;
    if (OBLIGATION_MODALS.has(word.word)) verb = nextContent(words, i + 1);
    else if (OBLIGATION_VERBS.has(word.word) && words[i + 1]?.word === 'to')
      verb = nextContent(words, i + 2);
    if (verb >= 0) {
      const next = words[verb];
      if (next?.word === 'be') {
        const participle = words[nextContent(words, verb + 1)];
        return isParticiple(participle) && !STATE_PARTICIPLES.has(participle?.word ?? '');
      }
      return (
        next !== undefined &&
        !['have', 'not'].includes(next.word) &&
        (isVerb(next) || verbByPlace(next))
      );
    }
    if (/[;:]/u.test(word.post) || SUBORDINATORS.has(word.word)) return false;
  }
  return false;
}

const RAISING = new Set(['raise', 'raises', 'raised', 'raising']);
const STEPPING = new Set(['step', 'steps', 'stepped', 'stepping']);
const HANDS = new Set(['hand', 'hands']);
const OWNERS_OF_HANDS = new Set([...POSSESSIVE_PRONOUNS, 'a', 'their']);

/**
 * "raised her hand to / for …", "stepped up to / for …", "put his name down for / to …": volunteering
 * said with an idiom. The base form after "to" ("wanted to raise my hand to …") is the main verb's
 * subject's; the imperative ("Step up to help") calls on everyone and commits nobody.
 */
function volunteeringIdiom(words: readonly Word[], k: number): Predicate | undefined {
  const w = words[k]!.word;
  let end = -1;
  if (
    RAISING.has(w) &&
    OWNERS_OF_HANDS.has(words[k + 1]?.word ?? '') &&
    HANDS.has(words[k + 2]?.word ?? '')
  )
    end = k + 3;
  else if (STEPPING.has(w) && words[k + 1]?.word === 'up') end = k + 2;
  else if (
    (w === 'put' || w === 'puts') &&
    POSSESSIVE_PRONOUNS.has(words[k + 1]?.word ?? '') &&
    ['name', 'names'].includes(words[k + 2]?.word ?? '') &&
    words[k + 3]?.word === 'down'
  )
    end = k + 4;
  if (end < 0) return undefined;
  const link = words[end]?.word;
  if (link === 'to') {
    const verb = words[nextContent(words, end + 1)];
    if (!verb || !(isVerb(verb) || verbByPlace(verb))) return undefined;
  } else if (link !== 'for') return undefined;
  const infinitive = words[k - 1]?.word === 'to';
  if (!infinitive && k === clauseStart(words, k) && !/(?:ed|s)$/u.test(w)) return undefined;
  if (w.endsWith('ing'))
    return PRESENT_COPULAS.has(words[k - 1]?.word ?? '')
      ? { kind: 'commitment', subjectFrom: k - 2 }
      : undefined;
  return infinitive
    ? { kind: 'commitment', subjectFrom: k - 1, needs: 'implied' }
    : { kind: 'commitment', subjectFrom: k - 1 };
}

/** Verbs that urge someone on: a suggestion only when a person is urged ("encouraged Ada to"). */
const CALLING_VERBS = new Set(['encourage', 'urge']);

/** Whether the words between the verb at `k` and its "to" name a person ("encouraged Ada to …"). */
function addressesPerson(reading: SentenceReading, k: number): boolean {
  const { words, nameAt } = reading;
  for (let i = k + 1; i < words.length && i <= k + 4; i++) {
    const word = words[i]!;
    if (word.word === 'to') return false;
    if (nameAt[i] || (word.tags.has('Person') && isCapitalised(word))) return true;
    if (['him', 'her', 'them'].includes(word.word)) return true;
  }
  // No "to" close by: "encouraged the use of …" proposes a course of action.
  return !words.slice(k + 1, k + 5).some((word) => word.word === 'to');
}

/**
 * Whether the modal at `k` stands in a subordinate or relative clause: a subordinator or a relative
 * pronoun between it and the verb or punctuation before its subject.
 */
function inDependentClause(words: readonly Word[], k: number): boolean {
  for (let i = k - 1; i >= 0; i--) {
    const word = words[i]!;
    if (SUBORDINATORS.has(word.word) || (word.word === 'that' && i === k - 1)) return true;
    if (isVerb(word) || /[,;:]/u.test(word.post)) return false;
  }
  return false;
}

/** The agent of a passive: "… will be opened by Ada" → Ada. */
function byAgent(reading: SentenceReading, from: number): OutcomeOwner[] | undefined {
  const { words, nameAt } = reading;
  for (let i = from; i < words.length - 1 && i < from + 8; i++) {
    if (words[i]!.word !== 'by') continue;
    const name = nameAt[i + 1];
    if (name) return [toOwner(name)];
    const next = words[i + 1]!;
    if (next.tags.has('Person') && isCapitalised(next))
      return [{ owner: null, ownerName: next.text }];
    return undefined;
  }
  return undefined;
}

interface SentenceOutcome {
  kind: Predicate['kind'];
  subject: Subject;
  /** Where the predicate stands: a further one is searched for after it. */
  at: number;
}

function readSentence(reading: SentenceReading, start = 0): SentenceOutcome | undefined {
  const { words, sentence } = reading;
  const question = isQuestion(sentence);
  for (let k = start; k < words.length; k++) {
    const predicate = predicateAt(reading, k);
    if (!predicate) continue;
    let subject = findSubject(reading, predicate.subjectFrom);
    const { needs } = predicate;
    if (needs === 'group') {
      subject = { type: 'group', owners: [], at: subject.at };
    } else if (needs === 'agreed') {
      // "It was agreed that …", "The team / we agreed that …": the group's; a person agreeing that
      // something must be done agrees with it, and takes nothing on.
      const passive = ['was', 'been'].includes(words[k - 1]?.word ?? '');
      if (!passive && subject.type !== 'group') continue;
      subject = { type: 'group', owners: [], at: subject.at };
    } else if (needs === 'implied') {
      subject = impliedSubject(reading, k);
    } else if (needs === 'obliged') {
      // Only a person named (or a pronoun for one) is bound; "the docs need to …", "we need to …" and
      // "you have to …" take nothing on (an obligation nobody took, or an instruction).
      // A speaker's "I have to …" is mostly a case argued ("if I'm a provider, I have to rely on …").
      if (subject.type !== 'people' || subject.owners.length === 0 || question) continue;
      // "They need to show up in the index": "they" is as often the things just named.
      if (['i', 'they'].includes(words[subject.at]?.word ?? '')) continue;
    } else if (needs === 'advocate') {
      // Only a participant advocates: "we are all in favour" is the room's sense, a thing prefers nothing.
      if (subject.type === 'none') subject = impliedSubject(reading, k);
      if (subject.type !== 'people' || subject.owners.length === 0) continue;
    } else if (needs === 'goal') {
      // "Ada's plan is to …", "Her goal is to …" are hers; "The goal is to …" the group's; "if the goal
      // is to …" a condition.
      const owner = words[predicate.subjectFrom];
      const clause = words.slice(
        clauseStart(words, predicate.subjectFrom + 1),
        predicate.subjectFrom + 1,
      );
      if (clause.some((x) => SUBORDINATORS.has(x.word))) continue;
      const group: Subject = { type: 'group', owners: [], at: subject.at };
      if (owner && POSSESSIVE_PRONOUNS.has(owner.word)) {
        const owners = resolvePronoun(reading, predicate.subjectFrom, 0);
        subject = owners.length > 0 ? { type: 'people', owners, at: predicate.subjectFrom } : group;
      } else if (!(subject.type === 'people' && owner?.tags.has('Possessive'))) subject = group;
    } else if (needs === 'passive') {
      // Work in the passive is the group's, or the agent's ("by Ada"); the logistics of a call are not work.
      if (subject.type === 'subordinate') continue;
      if (subject.type !== 'thing' && subject.type !== 'none') continue;
      // The head of the subject ("this issue" is work, "the next call" and "an announcement" are not) and
      // the participle ("It will be revisited" is work, "It will be needed" a state).
      const head = words[predicate.subjectFrom]?.word ?? '';
      const participle = words[predicate.participle ?? -1]?.word ?? '';
      if (
        CALL_NOUNS.has(head) ||
        NOTICE_NOUNS.has(head) ||
        STATE_PARTICIPLES.has(participle) ||
        PLACEHOLDER_PARTICIPLES.has(participle) ||
        (SCHEDULED_PARTICIPLES.has(participle) && schedulesEvent(words, k))
      )
        continue;
      // "… because the corruption will be masked out", "images that will be built": an explanation or a
      // relative clause describes, it takes no work on.
      if (inDependentClause(words, k)) continue;
      const agent = byAgent(reading, k + 1);
      subject = agent
        ? { type: 'people', owners: agent, at: subject.at }
        : { type: 'group', owners: [], at: subject.at };
    } else if (needs === 'process' || needs === 'deadline') {
      // "The review will proceed": the work named by the subject goes on, the group's; "Ada will continue
      // with it" is hers. A deadline ("is due") is the group's whatever the thing is.
      if (subject.type === 'subordinate') continue;
      if (subject.type === 'thing' || subject.type === 'none') {
        const span = words.slice(clauseStart(words, k), k);
        const named = span.some((x) => WORK_NOUNS.has(x.word) && !CALL_NOUNS.has(x.word));
        if (needs === 'process' && (!named || span.some((x) => CALL_NOUNS.has(x.word)))) continue;
        subject = { type: 'group', owners: [], at: subject.at };
      } else if (needs === 'deadline' && subject.type === 'people') continue;
    } else if (needs === 'listed') {
      const after = words[k + 1]!.end;
      const owners = reading.names.filter((name) => name.start >= after).map(toOwner);
      if (owners.length === 0) continue;
      subject = { type: 'people', owners, at: k };
    } else if (needs === 'imperative') {
      // A question, an instruction to the reader ("Send an email … if you …"), a detail of a proposal;
      // an issue's title, imperative by convention ("Organize the summit [#58](…)").
      if (question || reading.context.detailsSuggestion) continue;
      if (ISSUE_REF_END_RE.test(sentence.text)) continue;
      if (reading.toReader) continue;
      // Under an action label the label already makes it one (owned by whoever leads it).
      if (reading.kind === 'commitment') continue;
      subject =
        reading.labelOwners.length > 0
          ? { type: 'people', owners: reading.labelOwners, at: k }
          : { type: 'group', owners: [], at: k };
    } else if (needs === 'gerund') {
      if (subject.type === 'none' || predicate.kind === 'suggestion')
        subject = impliedSubject(reading, k);
    } else if (
      needs === 'named' &&
      (subject.type !== 'people' ||
        predicate.subjectFrom !== k - 1 ||
        // "Ada has to leave early" is no headline: only the name stands before "to".
        FILLERS.has(words[k - 1]?.word ?? '') ||
        subject.at !== clauseStart(words, subject.at + 1))
    ) {
      continue;
    }
    if (needs === 'reported' && !reportedSpeech(reading, subject.at)) continue;
    if (subject.type === 'subordinate') continue;
    if (subject.type === 'thing' && predicate.kind !== 'refusal') continue;
    if (subject.type === 'none') {
      // A sentence that starts with its verb: "Volunteered to …", "Proposed …"; "Agreed to …" is the
      // group's (and a decision).
      subject =
        words[k]?.word === 'agreed'
          ? { type: 'group', owners: [], at: 0 }
          : impliedSubject(reading, k);
    }
    if (question && predicate.kind === 'commitment') continue;
    // "I think users are going to ask …", "Ada believes we will need …": a forecast inside an opinion
    // about the group (or people at large) is a guess, not work taken on.
    if (
      predicate.kind === 'commitment' &&
      subject.type === 'group' &&
      opinionBefore(words, subject.at)
    )
      continue;
    if (predicate.kind === 'refusal' && subject.type === 'thing' && needs !== 'passive') continue;
    if (predicate.kind === 'rule' && subject.type === 'people') continue;
    return { kind: predicate.kind, subject, at: k };
  }
  return undefined;
}

/**
 * The owners of a person's commitment and of the commitments of other people coordinated with it in the
 * same sentence: "Ada will draft it and Ben will review it", "Ada will draft the text; Ben will test it".
 */
function coordinatedOwners(reading: SentenceReading, found: SentenceOutcome): OutcomeOwner[] {
  const owners = [...found.subject.owners];
  for (let next = readSentence(reading, found.at + 1); next;) {
    if (next.kind !== 'commitment' || next.subject.type !== 'people') break;
    for (const person of next.subject.owners)
      if (!owners.some((o) => o.ownerName === person.ownerName && o.owner === person.owner))
        owners.push(person);
    next = readSentence(reading, next.at + 1);
  }
  return owners;
}

/** The text of `sentence` from the word at `at` (its subject) to its end. */
function clauseFrom(text: string, sentence: Sentence, at: number): string {
  const word = sentence.words[Math.max(0, Math.min(at, sentence.words.length - 1))];
  return word ? text.slice(word.start, sentence.end).trim() : sentence.text.trim();
}

const TRAILING_PAREN_RE = /\(\s*(?:owners?\s*[:：]\s*)?([^()]{1,60})\)\s*[.;]?\s*$/iu;
const TRAILING_DASH_RE = /\s(?:[—–]|--?)\s*([^—–()-]{1,60}?)\s*[.;]?\s*$/u;
const TRAILING_HANDLES_RE = /(?:^|\s)(@[\w-]+(?:\s*(?:,|&|\band\b)\s*@[\w-]+)*)\s*[.;]?\s*$/iu;

/**
 * The people written after the work at the end of a bullet: in parentheses ("(Ada)", "(owner: Ada and
 * Ben)"), after a dash ("— Ben") or as handles ("@dima"). Only names: "(see #12)", "— next week" name
 * nobody.
 */
function trailingOwners(text: string, finder: NameFinder): OutcomeOwner[] {
  const handles = TRAILING_HANDLES_RE.exec(text)?.[1];
  if (handles)
    return handles.split(/\s*(?:,|&|\band\b)\s*/iu).map((handle) => {
      const resolved = finder.resolveName(handle.slice(1));
      return resolved.person
        ? { owner: resolved.person, ownerName: resolved.written }
        : { owner: null, ownerName: handle };
    });
  for (const re of [TRAILING_PAREN_RE, TRAILING_DASH_RE]) {
    const inner = re.exec(text)?.[1];
    if (!inner) continue;
    const owners = namesOnly(inner, finder);
    if (owners.length > 0) return owners;
  }
  return [];
}

/**
 * The text starts with someone who acts: a person ("Ada to review …"), a pronoun ("We will …") or the
 * group ("The team will …"). An issue's title starts with its topic or an imperative instead.
 */
function leadsWithSubject(text: string, finder: NameFinder): boolean {
  const first = /^\s*(?:the\s+)?([\p{L}]+)/iu.exec(text)?.[1]?.toLowerCase() ?? '';
  if (PERSON_PRONOUNS.has(first) || GROUP_NOUNS.has(first)) return true;
  const lead = finder.find(text)[0];
  return lead !== undefined && text.slice(0, lead.start).trim() === '';
}

/** "For now:", "For the time being:" before a colon: a time frame of what follows, not a label. */
const INTERIM_FRAME_RE =
  /^\s*[*_]{0,2}(?:for\s+now|for\s+the\s+time\s+being|for\s+the\s+moment)[*_]{0,2}\s*[:：]/iu;

/** A turn of several speakers, by their initials: "TL, RH:", "AB and CD:". */
const SPEAKERS_RE = /^\p{Lu}{2,3}(?:\s*(?:,|&|and)\s*\p{Lu}{2,3})+\s*[:：]/u;

export function findOutcomes(markdown: string, context: BulletContext): BulletOutcomes {
  const { finder } = context;
  const label = readLabel(markdown, finder);
  if (label.rest === '') {
    return label.kind ? { outcomes: [], labelOnly: label.kind } : { outcomes: [] };
  }
  const kind = label.kind ?? context.inherited ?? null;
  const text = label.rest;
  const outcomes: Outcome[] = [];

  // "For now: keep …" is no label of a kind but the frame of an interim course: read with it.
  const decision = extractDecision(INTERIM_FRAME_RE.test(markdown) ? markdown.trim() : text, {
    // Several speakers' initials ("TL, RH: Agreed.") are a turn as much as one speaker's.
    speaker: label.speaker === true || SPEAKERS_RE.test(markdown.trimStart()),
    group: GROUP_SPEAKER_RE.test(markdown.trimStart()),
  });
  if ((kind === 'decision' && !isUndecided(text)) || decision) {
    outcomes.push({
      kind: 'decision',
      owners: [],
      group: true,
      text: decision?.text || text,
      ...(decision?.from ? { from: decision.from } : {}),
    });
  }

  let commitment: Outcome | undefined;
  let suggestion: Outcome | undefined;
  // A sentence proposed something and then took work on: both are outcomes.
  let alongside = false;
  // A top-level bullet that is one line ending in an issue link is an agenda item, an issue's title
  // ("Add a release checklist [#123](…)", "We should try a shorter cycle #42"): what it says was not
  // said in the meeting. Unless someone leads it with a commitment's cue ("Ada to review #412", "Ben
  // will fix the crash in #123"): then it is read, and only a commitment it gives is kept.
  const issueLine =
    kind === null && (context.parents ?? []).length === 0 && ISSUE_TITLE_RE.test(markdown.trim());
  const agendaItem = issueLine && !(hasCommitmentCue(text, true) && leadsWithSubject(text, finder));
  // Most bullets carry no cue at all: they are not even split into sentences, nor searched for names.
  const sentences =
    !agendaItem && hasCommitmentCue(text, true)
      ? readSentences(text, (sentence) => hasCommitmentCue(sentence))
      : [];
  const names = sentences.length > 0 || kind === 'commitment' ? finder.find(text) : [];
  for (const sentence of sentences) {
    const reading: SentenceReading = {
      sentence,
      words: sentence.words,
      nameAt: namesByWord(sentence.words, names),
      names,
      context,
      labelOwners: label.owners,
      toReader: READER_RE.test(text),
      kind,
    };
    let found = readSentence(reading);
    if (!found) continue;
    // "Ada suggested a cleanup pass - she will open an issue for it": the commitment after a suggestion.
    if (found.kind === 'suggestion' && !commitment) {
      let later = readSentence(reading, found.at + 1);
      // Only someone who takes the work on by name or pronoun: an imperative or a passive after "Ada
      // suggested …" details the proposal.
      const ownWork = (o: SentenceOutcome) =>
        o.kind === 'commitment' && o.subject.type === 'people' && o.subject.at > found!.at;
      while (later && !ownWork(later)) later = readSentence(reading, later.at + 1);
      if (later) {
        // Both were said: the suggestion stays beside the commitment.
        const proposer = found.subject;
        if (!issueLine)
          suggestion ??= {
            kind: 'suggestion',
            owners: proposer.type === 'people' ? proposer.owners : [],
            group: proposer.type === 'group',
            text: sentence.text.trim(),
            from: clauseFrom(text, sentence, proposer.at),
          };
        alongside = true;
        found = later;
      }
    }
    const { subject } = found;
    if ((found.kind === 'refusal' || found.kind === 'rule') && issueLine) continue;
    if (found.kind === 'refusal' || found.kind === 'rule') {
      // In a speaker's turn a refusal is the speaker's stance, not the meeting's ("NF: We won't …").
      if (found.kind === 'refusal' && label.speaker) continue;
      if (subject.type !== 'people' && !outcomes.some((o) => o.kind === 'decision'))
        outcomes.push({ kind: 'decision', owners: [], group: true, text: sentence.text.trim() });
      continue;
    }
    const outcome: Outcome = {
      kind: found.kind,
      owners: subject.type === 'people' ? coordinatedOwners(reading, found) : [],
      group: subject.type === 'group',
      text: kind === 'commitment' ? text : sentence.text.trim(),
      from: clauseFrom(text, sentence, subject.at),
    };
    // "We'll go with TOML": the group chooses how (a decision, above) and takes no work on.
    if (found.kind === 'commitment' && outcome.group && isChoice(sentence.text)) continue;
    if (found.kind === 'commitment') commitment ??= outcome;
    else if (!issueLine) suggestion ??= outcome;
  }

  // Under an action label every bullet is one, unless it tells a generic audience what it should or
  // must do ("Users must now install …"): an instruction to all, which nobody takes on.
  const lead = names[0] && names[0].start === 0 ? [toOwner(names[0])] : [];
  // A sentence that is a suggestion of its own ("Action item: Ada suggested …") stays one.
  if (
    kind === 'commitment' &&
    !commitment &&
    !suggestion &&
    (lead.length > 0 || !AUDIENCE_OBLIGATION_RE.test(text.trim()))
  ) {
    // Its owner is whoever leads it, if anyone; a list of names ("Volunteers: Ada and Ben") is all of them.
    const listed = namesOnly(text.replace(/[.;]\s*$/u, ''), finder);
    commitment = {
      kind: 'commitment',
      owners: label.owners.length > 0 ? label.owners : listed.length > 0 ? listed : lead,
      group: false,
      text,
    };
  }
  // "Update the docs (Ada)", "Port the tests — Ben", "Review the plan @dima": the owner written after
  // the work, as action items often name it.
  if (commitment && commitment.owners.length === 0) {
    const trailing = trailingOwners(text, finder);
    if (trailing.length > 0) commitment = { ...commitment, owners: trailing, group: false };
  }
  if (kind === 'suggestion' && !suggestion) {
    suggestion = { kind: 'suggestion', owners: label.owners, group: false, text };
  }
  if (commitment) outcomes.push(commitment);
  if (suggestion && (!commitment || alongside)) outcomes.push(suggestion);
  return { outcomes };
}
