/**
 * Topic evidence from the archive itself: the terms that characterise the sections that name a topic
 * (frequent there, rare elsewhere) find the discussions of it that never spell its name.
 *
 * API
 * - `characteristicTerms(sections, options?)` → topic id → its characteristic terms, strongest first.
 *   For each topic, the sections that name it (a registry spelling, pattern or context in the text) are
 *   compared with all the others by the log-odds ratio with an informative Dirichlet prior (Monroe,
 *   Colaresi and Quinn 2008, "Fightin' Words"), counted in sections (a term counts once per section, so
 *   one long section cannot carry a topic's vocabulary). The prior is each term's frequency in the whole
 *   archive, which shrinks the estimate for rare terms towards "no difference". A term characterises the
 *   topic when its z-score reaches `minZ`, it occurs in naming sections of at least `minMeetings`
 *   meetings (so one meeting's wording is never taken for a topic's, and a one-meeting archive has no
 *   characteristic terms at all), at least `minShare` of its sections name the topic, and it is in
 *   fewer than `maxMeetingShare` of all meetings (a template line is in nearly all of them).
 * - `findTermEvidence(sections, options?)` → section key → the tags the terms give it. A section that
 *   does not spell a topic gets it as a `mention` when its characteristic terms add up (their log-odds)
 *   to `mentionScore` from at least `minTerms` distinct pieces of evidence (a phrase and the words in
 *   it are one), and as `primary` when its heading alone reaches `mentionScore` too (the heading says
 *   what a section is about). A term is no evidence when it spells another topic the section names, or
 *   characterises such a topic too: the section's own topics explain it. Structural sections
 *   (Agenda, Attendees) list rather than discuss and get nothing. Each tag lists the terms that made
 *   it, strongest first, so a reader sees why. At most the `maxTopics` best topics per section.
 *
 * Cost: one pass over the sections' terms to count, one over each topic's naming sections' terms to
 * weigh, one over the sections' terms to score: linear in the archive's terms.
 */
import type { TopicTag } from '../types.ts';

export interface EvidenceSection {
  /** `meeting#anchor`. */
  key: string;
  meeting: string;
  /** Distinct terms of heading and body (`termsOf`). */
  terms: readonly string[];
  /** Distinct terms of the heading. */
  headingTerms: readonly string[];
  /** Topics the section is tagged with because its text names them: what the terms learn from. */
  named: readonly string[];
  /** Topics spelled anywhere in the section, tagged or not (a name in a list of examples too). */
  spelled: readonly string[];
  /** A section that gives the minutes their shape (Agenda, Attendees): it lists, it does not discuss. */
  structural?: boolean;
}

export interface EvidenceOptions {
  /**
   * Topic id → the terms of its registry spellings. A section's words that spell a topic it names are
   * accounted for by that topic, so they are no evidence of another ("virtio drivers" names VirtIO).
   */
  spellings?: ReadonlyMap<string, readonly string[]>;
  /** Words that never count, nor the phrases with them (people's names, the archive's own name). */
  ignore?: (word: string) => boolean;
  minZ?: number;
  minMeetings?: number;
  /**
   * The share of a term's sections that must name the topic: "rare elsewhere" taken literally, so a
   * word every section uses ("agenda") is no topic's term however often the topic's sections use it.
   */
  minShare?: number;
  /**
   * A term in at least this share of the meetings is the archive's boilerplate (a template line, the
   * words of its agenda), like the archive's own name: no evidence of any one topic.
   */
  maxMeetingShare?: number;
  /** Weight of the prior, as a share of the archive's counts (1: as much as the archive itself). */
  priorScale?: number;
  mentionScore?: number;
  minTerms?: number;
  maxTopics?: number;
}

export interface CharacteristicTerm {
  term: string;
  /** The log-odds ratio of the topic's sections against the others (natural log). */
  logOdds: number;
  z: number;
}

/** Defaults chosen on the tune set of the evaluation (see EVALUATION.md); nothing topic-specific. */
export const EVIDENCE_DEFAULTS = {
  minZ: 3.5,
  minMeetings: 3,
  priorScale: 0.03,
  minShare: 0.3,
  maxMeetingShare: 0.5,
  mentionScore: 5,
  minTerms: 3,
  maxTopics: 2,
} as const;

export function characteristicTerms(
  sections: readonly EvidenceSection[],
  options: EvidenceOptions = {},
): Map<string, CharacteristicTerm[]> {
  const minZ = options.minZ ?? EVIDENCE_DEFAULTS.minZ;
  const minMeetings = options.minMeetings ?? EVIDENCE_DEFAULTS.minMeetings;
  const scale = options.priorScale ?? EVIDENCE_DEFAULTS.priorScale;
  const minShare = options.minShare ?? EVIDENCE_DEFAULTS.minShare;
  const maxMeetingShare = options.maxMeetingShare ?? EVIDENCE_DEFAULTS.maxMeetingShare;
  const ignored = ignoring(options.ignore);
  // Pass 1: in how many sections each term occurs, in all and in those naming each topic.
  const all = new Map<string, number>();
  type Count = { sections: number; meetings: Set<string> };
  const byTopic = new Map<string, Map<string, Count>>();
  const inTopic = new Map<string, number>();
  const meetingsOf = new Map<string, Set<string>>();
  const meetings = new Set<string>();
  let total = 0;
  for (const section of sections) {
    const terms = section.terms.filter((term) => !ignored(term));
    meetings.add(section.meeting);
    total += terms.length;
    for (const term of terms) {
      all.set(term, (all.get(term) ?? 0) + 1);
      let where = meetingsOf.get(term);
      if (!where) meetingsOf.set(term, (where = new Set()));
      where.add(section.meeting);
    }
    for (const id of new Set(section.named)) {
      inTopic.set(id, (inTopic.get(id) ?? 0) + terms.length);
      let counts = byTopic.get(id);
      if (!counts) byTopic.set(id, (counts = new Map<string, Count>()));
      for (const term of terms) {
        let count = counts.get(term);
        if (!count) counts.set(term, (count = { sections: 0, meetings: new Set() }));
        count.sections++;
        count.meetings.add(section.meeting);
      }
    }
  }
  // The log-odds of a term in a topic's sections against every other section, and its z-score.
  const weigh = (id: string, term: string) => {
    const count = byTopic.get(id)?.get(term);
    if (!count) return undefined;
    const n1 = inTopic.get(id) ?? 0;
    const n2 = total - n1;
    const overall = all.get(term) ?? 0;
    const y1 = count.sections;
    const y2 = overall - y1;
    // The prior is the archive's own frequency of the term: αw = scale · yw, α0 = scale · total.
    const prior = scale * overall;
    const a0 = scale * total;
    const delta =
      Math.log((y1 + prior) / (n1 + a0 - y1 - prior)) -
      Math.log((y2 + prior) / (n2 + a0 - y2 - prior));
    return { delta, z: delta / Math.sqrt(1 / (y1 + prior) + 1 / (y2 + prior)), count, overall };
  };
  // Pass 2: each term a topic's sections use, weighed.
  const characteristic = new Map<string, CharacteristicTerm[]>();
  for (const [id, counts] of byTopic) {
    const terms: CharacteristicTerm[] = [];
    for (const term of counts.keys()) {
      const weighed = weigh(id, term)!;
      if (weighed.z < minZ || weighed.count.meetings.size < minMeetings) continue;
      if (weighed.count.sections < minShare * weighed.overall) continue;
      if ((meetingsOf.get(term)?.size ?? 0) >= maxMeetingShare * meetings.size) continue;
      terms.push({ term, logOdds: weighed.delta, z: weighed.z });
    }
    terms.sort((a, b) => b.z - a.z || a.term.localeCompare(b.term));
    if (terms.length > 0) characteristic.set(id, terms);
  }
  return characteristic;
}

/** Whether a term is ignored: a phrase when one of its words is. Asked once per distinct term. */
function ignoring(ignore: ((word: string) => boolean) | undefined): (term: string) => boolean {
  if (!ignore) return () => false;
  const known = new Map<string, boolean>();
  return (term) => {
    let answer = known.get(term);
    if (answer === undefined) {
      answer = term.split(' ').some(ignore);
      known.set(term, answer);
    }
    return answer;
  };
}

export function findTermEvidence(
  sections: readonly EvidenceSection[],
  options: EvidenceOptions = {},
): Map<string, TopicTag[]> {
  const mentionScore = options.mentionScore ?? EVIDENCE_DEFAULTS.mentionScore;
  const minTerms = options.minTerms ?? EVIDENCE_DEFAULTS.minTerms;
  const maxTopics = options.maxTopics ?? EVIDENCE_DEFAULTS.maxTopics;
  const weights = new Map<string, Array<{ id: string; weight: number }>>();
  for (const [id, terms] of characteristicTerms(sections, options))
    for (const { term, logOdds } of terms) {
      let list = weights.get(term);
      if (!list) weights.set(term, (list = []));
      list.push({ id, weight: logOdds });
    }
  const tags = new Map<string, TopicTag[]>();
  if (weights.size === 0) return tags;
  // Pass 3: each section's evidence per topic it does not spell.
  for (const section of sections) {
    if (section.structural) continue;
    const spelled = new Set(section.spelled);
    const named = new Set(section.named);
    const spelledTerms = new Set(section.spelled.flatMap((id) => options.spellings?.get(id) ?? []));
    const evidence = new Map<string, Array<{ term: string; weight: number }>>();
    for (const term of section.terms) {
      if (spelledTerms.has(term)) continue;
      const candidates = weights.get(term) ?? [];
      // A term that characterises a topic the section names is accounted for by that topic ("unsafe
      // blocks" in a section on unsafe code is no evidence of a block device).
      if (candidates.some(({ id }) => named.has(id))) continue;
      for (const { id, weight } of candidates) {
        if (spelled.has(id)) continue;
        let list = evidence.get(id);
        if (!list) evidence.set(id, (list = []));
        list.push({ term, weight });
      }
    }
    const heading = new Set(section.headingTerms);
    const passed: Array<{ tag: TopicTag; score: number }> = [];
    for (const [id, found] of evidence) {
      const score = sum(found);
      if (score < mentionScore) continue;
      found.sort((a, b) => b.weight - a.weight || a.term.localeCompare(b.term));
      const terms = shownTerms(found.map(({ term }) => term));
      if (terms.length < minTerms) continue;
      const inHeading = sum(found.filter(({ term }) => heading.has(term)));
      passed.push({
        score,
        tag: {
          id,
          kind: inHeading >= mentionScore ? 'primary' : 'mention',
          terms: terms.slice(0, SHOWN_TERMS),
        },
      });
    }
    if (passed.length === 0) continue;
    passed.sort((a, b) => b.score - a.score || a.tag.id.localeCompare(b.tag.id));
    tags.set(
      section.key,
      passed.slice(0, maxTopics).map(({ tag }) => tag),
    );
  }
  return tags;
}

function sum(found: ReadonlyArray<{ weight: number }>): number {
  return found.reduce((total, { weight }) => total + weight, 0);
}

/** How many of a tag's terms a reader is shown. */
const SHOWN_TERMS = 5;

/**
 * The distinct pieces of evidence, as a reader is shown them: a word that a phrase among them already
 * contains is part of that phrase ("block storage", not "block", "storage" and "block storage").
 */
function shownTerms(terms: readonly string[]): string[] {
  const phrases = terms.filter((term) => term.includes(' '));
  const inPhrase = new Set(phrases.flatMap((phrase) => phrase.split(' ')));
  return terms.filter((term) => term.includes(' ') || !inPhrase.has(term));
}
