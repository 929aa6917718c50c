import type { Decision, TopicRecord } from '../types.ts';
import type { SiteUrls } from '../urls.ts';
import { archiveMonths, countByMonth, createTally } from './activity.ts';
import { toSectionLink } from './section-link.ts';
import type {
  Meeting,
  MeetingSection,
  SectionLink,
  Topic,
  TopicEntry,
  TopicNavigation,
} from './model.ts';

interface Located {
  entry: TopicEntry;
  section: MeetingSection;
}

/** `meetingId#anchor`: one section of the archive. */
export type SectionKey = `${string}#${string}`;

export interface AssembledTopics {
  topics: Topic[];
  /** Each section's previous and next discussion of each of its topics, in other meetings. */
  navigation: Map<SectionKey, TopicNavigation[]>;
}

/**
 * Topic timelines: every tagged section, oldest first, with the bullets that concern the topic, and
 * each section's previous and next discussion of the topic in another meeting.
 */
export function assembleTopics(
  records: readonly TopicRecord[],
  meetings: readonly Meeting[],
  mentionBullets: ReadonlyMap<SectionKey, Readonly<Record<string, string[]>>>,
  urls: SiteUrls,
): AssembledTopics {
  const located = new Map<string, Located[]>(records.map((record) => [record.id, []]));
  const navigation = new Map<SectionKey, TopicNavigation[]>();
  for (const meeting of meetings) {
    for (const section of meeting.sections) {
      for (const tag of section.topics) {
        const list = located.get(tag.id);
        if (!list) continue;
        const bullets =
          tag.kind === 'primary'
            ? section.bullets
            : (mentionBullets.get(`${meeting.id}#${section.anchor}`)?.[tag.id] ?? []);
        list.push({
          section,
          entry: {
            ...toSectionLink(meeting, section, urls),
            kind: tag.kind,
            ...(tag.terms ? { terms: tag.terms } : {}),
            bullets,
            decisions: section.decisions,
          },
        });
      }
    }
  }

  const months = archiveMonths(meetings);
  const meetingDates = new Map(meetings.map((meeting) => [meeting.id, meeting]));
  const topics = records.map((record) => {
    const entries = located.get(record.id) ?? [];
    linkNeighbours(record.id, entries, navigation);
    const meetingIds = [...new Set(entries.map(({ entry }) => entry.meeting))];
    const people = createTally();
    const decisions: Decision[] = [];
    for (const { entry, section } of entries) {
      for (const person of section.people) people.add(person);
      for (const text of entry.decisions)
        decisions.push({ text, meeting: entry.meeting, section: entry.anchor });
    }
    return {
      ...record,
      url: urls.topic(record.id),
      entries: entries.map(({ entry }) => entry),
      meetingCount: meetingIds.length,
      firstDate: entries[0]?.entry.date,
      lastDate: entries.at(-1)?.entry.date,
      activity:
        entries.length > 0
          ? countByMonth(
              months,
              meetingIds.map((id) => meetingDates.get(id)!),
            )
          : [],
      people: people.list(),
      decisions,
    };
  });
  return { topics, navigation };
}

/** Neighbours are sought in other meetings: the next section of the same meeting is on the same page. */
function linkNeighbours(
  topic: string,
  entries: readonly Located[],
  navigation: Map<SectionKey, TopicNavigation[]>,
): void {
  const groups: Located[][] = [];
  for (const item of entries) {
    const group = groups.at(-1);
    if (group && group[0]!.entry.meeting === item.entry.meeting) group.push(item);
    else groups.push([item]);
  }
  const linkOf = ({ entry }: Located): SectionLink => ({
    meeting: entry.meeting,
    anchor: entry.anchor,
    url: entry.url,
    date: entry.date,
    title: entry.title,
    heading: entry.heading,
  });
  groups.forEach((group, at) => {
    const before = groups[at - 1]?.at(-1);
    const after = groups[at + 1]?.[0];
    if (!before && !after) return;
    for (const { entry } of group) {
      const key: SectionKey = `${entry.meeting}#${entry.anchor}`;
      const list = navigation.get(key) ?? [];
      navigation.set(key, list);
      list.push({
        topic,
        ...(before ? { previous: linkOf(before) } : {}),
        ...(after ? { next: linkOf(after) } : {}),
      });
    }
  });
}
