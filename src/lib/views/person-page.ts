import type { Archive, Person, PersonMention, PersonMonth } from '../archive/model.ts';
import type { ActionItem, FollowUp } from '../types.ts';
import { filterTargetId, topicFilterCss } from './topic-filter.ts';
import { groupByYear, type YearGroup } from './year-groups.ts';

/** What a person page needs from the archive; the page itself queries nothing. */
export type PersonPageArchive = Pick<Archive, 'meetings' | 'meetingsById' | 'topicsById'>;

export interface LinkedMeeting {
  url: string;
  date: string;
  title: string;
}

export interface HistorySection {
  url: string;
  heading: string;
  /** The section's bullets that name the person. */
  bullets: string[];
  topics: string[];
}

/** One meeting of a person's history: the sections of it that name them. */
export interface HistoryMeeting extends LinkedMeeting {
  sections: HistorySection[];
  /** Every topic of those sections, so the filter hides a meeting with none of the chosen one. */
  topics: string[];
}

export interface TopicChip {
  name: string;
  count: number;
  /** The chip's own fragment id: following it narrows the history. */
  targetId: string;
  topic: string;
  /** The topic's page. */
  url: string;
}

export interface Commitment {
  text: string;
  /** The section the commitment was made in. */
  url: string;
  date: string;
  /** What happened next: later sections on it, at most three. */
  next: FollowUp[];
}

export interface PersonPage {
  /** Meetings with an attendee list: what "attended N of M" is counted against. */
  listedMeetings: number;
  attendedByYear: { year: number; meetings: LinkedMeeting[] }[];
  /** Newest year first; the newest year open. */
  history: (YearGroup<HistoryMeeting> & { topics: string[]; earlierTopics: string[] })[];
  sectionCount: number;
  chips: TopicChip[];
  /** Inline stylesheet of the chips' filter. */
  filterCss: string;
  /** Newest first: the latest few shown, the rest folded. */
  commitments: { shown: Commitment[]; earlier: Commitment[] };
  activity: PersonMonth[];
}

/** How much of a long history is shown before the reader unfolds more. */
export const personPageLimits = { meetingsOpen: 8, commitmentsOpen: 6, chips: 12 } as const;

export function createPersonPage(person: Person, archive: PersonPageArchive): PersonPage {
  const meetingOf = (id: string) => archive.meetingsById.get(id);
  const attended = person.attended.flatMap((id) => {
    const meeting = meetingOf(id);
    return meeting ? [meeting] : [];
  });
  const attendedByYear = groupByYear([...attended].reverse(), (meeting) => meeting.year, {
    idPrefix: 'attended',
    openLimit: Infinity,
  }).map(({ year, items }) => ({
    year,
    meetings: [...items].reverse().map(({ url, date, title }) => ({ url, date, title })),
  }));

  const chips = person.topics.slice(0, personPageLimits.chips).flatMap(({ id, count }) => {
    const topic = archive.topicsById.get(id);
    return topic
      ? [{ name: topic.name, count, targetId: filterTargetId(id), topic: id, url: topic.url }]
      : [];
  });

  return {
    listedMeetings: archive.meetings.filter((meeting) => meeting.attendees.length > 0).length,
    attendedByYear,
    history: groupByYear(
      historyMeetings(person.mentions, archive),
      (meeting) => Number(meeting.date.slice(0, 4)),
      { idPrefix: 'history', openLimit: personPageLimits.meetingsOpen },
    ).map((year) => ({
      ...year,
      topics: topicsOf(year.items),
      earlierTopics: topicsOf(year.earlier),
    })),
    sectionCount: person.mentions.length,
    chips,
    filterCss: topicFilterCss(chips.map((chip) => chip.topic)),
    commitments: splitAt(
      person.actions.flatMap((action) => commitmentOf(action, archive)),
      personPageLimits.commitmentsOpen,
    ),
    activity: person.activity,
  };
}

/** Mentions are oldest first, one per section; the history lists meetings newest first. */
function historyMeetings(
  mentions: readonly PersonMention[],
  archive: PersonPageArchive,
): HistoryMeeting[] {
  const meetings = new Map<string, HistoryMeeting>();
  for (const mention of mentions) {
    let meeting = meetings.get(mention.meeting);
    if (!meeting) {
      meeting = {
        url: archive.meetingsById.get(mention.meeting)?.url ?? mention.url,
        date: mention.date,
        title: mention.title,
        sections: [],
        topics: [],
      };
      meetings.set(mention.meeting, meeting);
    }
    meeting.sections.push({
      url: mention.url,
      heading: mention.heading,
      bullets: mention.bullets,
      topics: mention.topics,
    });
    meeting.topics = [...new Set([...meeting.topics, ...mention.topics])];
  }
  return [...meetings.values()].reverse();
}

function topicsOf(meetings: readonly HistoryMeeting[]): string[] {
  return [...new Set(meetings.flatMap((meeting) => meeting.topics))];
}

function commitmentOf(action: ActionItem, archive: PersonPageArchive): Commitment[] {
  const meeting = archive.meetingsById.get(action.meeting);
  return meeting
    ? [
        {
          text: action.text,
          url: `${meeting.url}#${action.section}`,
          date: meeting.date,
          next: action.next ?? [],
        },
      ]
    : [];
}

function splitAt<T>(items: readonly T[], at: number): { shown: T[]; earlier: T[] } {
  return { shown: items.slice(0, at), earlier: items.slice(at) };
}
