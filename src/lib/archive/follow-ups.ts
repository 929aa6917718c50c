/**
 * "What happened next": for each commitment, the later sections (in later meetings) that name the same
 * owner on the same topic, or share its key terms, at most three, oldest first — so a reader can see
 * whether it got done. A group commitment (no owner) follows its topic instead.
 *
 * API
 * - `linkFollowUps(actions, meetings, urls)` → a copy of `actions`, each with `next: SectionLink[]`.
 *
 * Cost: one pass to index sections by person and by topic; per commitment a scan of at most
 * `MAX_SCAN` later sections of each owner (or topic), so the whole stays linear in the archive.
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
      const located = { at, meeting, section };
      position.set(`${meeting.id}#${section.anchor}`, located);
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
    const terms = keyTerms(action.text);
    const pools =
      action.owners.length > 0
        ? action.owners.map((id) => byPerson.get(id) ?? [])
        : [...topics].map((id) => byTopic.get(id) ?? []);
    const candidates = new Map<string, Located>();
    for (const pool of pools) {
      let scanned = 0;
      for (const located of pool) {
        if (located.at <= origin.at) continue;
        if (++scanned > MAX_SCAN) break;
        const sameTopic = located.section.topics.some((tag) => topics.has(tag.id));
        const later = sectionTerms(located.section);
        let shared = 0;
        for (const term of terms) if (later.has(term) && ++shared >= SHARED_TERMS) break;
        if (sameTopic || shared >= SHARED_TERMS)
          candidates.set(`${located.meeting.id}#${located.section.anchor}`, located);
      }
    }
    const next: SectionLink[] = [...candidates.values()]
      .sort((a, b) => a.at - b.at)
      .slice(0, MAX_NEXT)
      .map(({ meeting, section }) => toSectionLink(meeting, section, urls));
    return { ...action, next };
  });
}
