/**
 * "What happened next": for each commitment, the later sections (in later meetings) that name the same
 * owner on the same topic, or share its key terms, at most three, oldest first — so a reader can see
 * whether it got done. A group commitment (no owner) follows its topic instead.
 *
 * API
 * - `linkFollowUps(actions, meetings, urls)` → a copy of `actions`, each with `next: SectionLink[]`.
 *
 * Cost: one pass to index sections by person and by topic; per commitment a binary search for its
 * meeting in each owner's (or topic's) sections and a scan of at most `MAX_SCAN` later ones, so the
 * whole stays near-linear in the archive.
 */
import { englishFunctionWords } from '../text/common-words.ts';
import { foldNameToken, tokenize } from '../text/normalize.ts';
import type { ActionItem } from '../types.ts';
import type { SiteUrls } from '../urls.ts';
import type { Meeting, MeetingSection, SectionLink } from './model.ts';
import { toSectionLink } from './section-link.ts';

const MAX_NEXT = 3;
const MAX_SCAN = 60;
/** Key terms a later section must share with the commitment when it shares no topic. */
const SHARED_TERMS = 2;

interface Located {
  /** `meeting#anchor`: one section, whichever pools it is in. */
  key: string;
  at: number;
  meeting: Meeting;
  section: MeetingSection;
}

/** Content words of a text: no function words, nothing shorter than four letters. */
function keyTerms(text: string): Set<string> {
  const terms = new Set<string>();
  for (const token of tokenize(text)) {
    const word = foldNameToken(token.text);
    if (word.length >= 4 && !englishFunctionWords.has(word) && !/^\d+$/u.test(word))
      terms.add(word);
  }
  return terms;
}

/** Whether a later section has at least `SHARED_TERMS` of a commitment's key terms. */
function sharesTerms(terms: readonly string[], later: ReadonlySet<string>): boolean {
  let shared = 0;
  for (const term of terms) if (later.has(term) && ++shared >= SHARED_TERMS) return true;
  return false;
}

/**
 * Index of the first section of `pool` (in meeting order) from a meeting after `at`: found by halving,
 * not by walking past every earlier section of a person who attends every call.
 */
function firstAfter(pool: readonly Located[], at: number): number {
  let low = 0;
  let high = pool.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (pool[middle]!.at <= at) low = middle + 1;
    else high = middle;
  }
  return low;
}

export function linkFollowUps(
  actions: readonly ActionItem[],
  meetings: readonly Meeting[],
  urls: SiteUrls,
): ActionItem[] {
  const byPerson = new Map<string, Located[]>();
  const byTopic = new Map<string, Located[]>();
  const position = new Map<string, Located>();
  meetings.forEach((meeting, at) => {
    for (const section of meeting.sections) {
      const located = { key: `${meeting.id}#${section.anchor}`, at, meeting, section };
      position.set(located.key, located);
      for (const id of section.people)
        (byPerson.get(id) ?? byPerson.set(id, []).get(id)!).push(located);
      for (const tag of section.topics)
        (byTopic.get(tag.id) ?? byTopic.set(tag.id, []).get(tag.id)!).push(located);
    }
  });
  const termsOf = new Map<MeetingSection, Set<string>>();
  const sectionTerms = (section: MeetingSection) => {
    let terms = termsOf.get(section);
    if (!terms) {
      terms = keyTerms([section.heading, ...section.bullets].join(' '));
      termsOf.set(section, terms);
    }
    return terms;
  };

  return actions.map((action) => {
    const origin = position.get(`${action.meeting}#${action.section}`);
    if (!origin) return { ...action, next: [] };
    const topics = new Set(origin.section.topics.map((tag) => tag.id));
    // Read only when a section's topic does not decide it.
    let terms: string[] | undefined;
    const actionTerms = () => (terms ??= [...keyTerms(action.text)]);
    const pools =
      action.owners.length > 0
        ? action.owners.map((id) => byPerson.get(id) ?? [])
        : [...topics].map((id) => byTopic.get(id) ?? []);
    const candidates = new Map<string, Located>();
    for (const pool of pools) {
      const from = firstAfter(pool, origin.at);
      // A pool is in meeting order, so its first MAX_NEXT candidates come before any later one of it
      // (also where meetings tie: those were found first): the rest cannot make the first MAX_NEXT.
      let found = 0;
      for (const located of pool.slice(from, from + MAX_SCAN)) {
        const sameTopic = located.section.topics.some((tag) => topics.has(tag.id));
        if (!sameTopic && !sharesTerms(actionTerms(), sectionTerms(located.section))) continue;
        candidates.set(located.key, located);
        if (++found >= MAX_NEXT) break;
      }
    }
    const next: SectionLink[] = [...candidates.values()]
      .sort((a, b) => a.at - b.at)
      .slice(0, MAX_NEXT)
      .map(({ meeting, section }) => toSectionLink(meeting, section, urls));
    return { ...action, next };
  });
}
