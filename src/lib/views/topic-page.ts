import type { Archive, Topic, TopicEntry } from '../archive/model.ts';
import type { FollowUp } from '../types.ts';
import { groupByYear } from './year-groups.ts';

/** What a topic page needs from the archive; the page itself queries nothing. */
export type TopicPageArchive = Pick<Archive, 'meetingsById' | 'peopleById' | 'topicsById'>;

/** A timeline entry with its first few bullets; the rest are counted and one click away. */
export interface TimelineEntry extends TopicEntry {
  /** How many of the entry's bullets the timeline leaves to the meeting page. */
  moreBullets: number;
}

export interface TopicYear {
  year: number;
  /** Fragment id of the year's heading. */
  id: string;
  /** Oldest first, as a timeline reads. */
  entries: TimelineEntry[];
  /** Only the newest year starts unfolded. */
  open: boolean;
}

export interface KeyMoment {
  text: string;
  /** The section it was said in. */
  url: string;
  date: string;
  /** For commitments: who took it on, linked when they have a page. */
  owner?: { name: string; url: string | undefined } | undefined;
  /** For commitments: what happened next, the later sections on it. */
  next?: FollowUp[] | undefined;
}

export interface TopicPage {
  /** Sections about the topic, by year: the story. */
  discussions: TopicYear[];
  /** Sections that only touch on it, by year, behind one toggle. */
  mentions: { count: number; years: TopicYear[] };
  /** The newest discussion (or mention, when it was never discussed): where the story stands. */
  latest: TopicEntry | undefined;
  /** Decisions and commitments made in the topic's discussions, newest first. */
  keyMoments: {
    decisions: { shown: KeyMoment[]; earlier: KeyMoment[] };
    commitments: { shown: KeyMoment[]; earlier: KeyMoment[] };
  };
  related: Topic[];
  people: { name: string; url: string | undefined; count: number }[];
}

export const topicPageLimits = { momentsOpen: 3, people: 12, bulletsPerEntry: 3 } as const;

export function createTopicPage(topic: Topic, archive: TopicPageArchive): TopicPage {
  const primary = topic.entries.filter((entry) => entry.kind === 'primary');
  const mentions = topic.entries.filter((entry) => entry.kind === 'mention');
  const discussions = byYear(primary, 'discussions');
  return {
    discussions,
    mentions: {
      count: mentions.length,
      years: byYear(mentions, 'mentions').map((year) => ({ ...year, open: true })),
    },
    latest: primary.at(-1) ?? mentions.at(-1),
    keyMoments: {
      decisions: split(newestFirst(decisionsOf(topic, archive))),
      commitments: split(newestFirst(commitmentsOf(primary, archive))),
    },
    related: topic.related.flatMap((id) => archive.topicsById.get(id) ?? []),
    people: topic.people.slice(0, topicPageLimits.people).flatMap(({ id, count }) => {
      const person = archive.peopleById.get(id);
      return person?.page ? [{ name: person.name, url: person.url ?? undefined, count }] : [];
    }),
  };
}

/** Years oldest first with entries oldest first; the newest year open, the others folded. */
function byYear(entries: readonly TopicEntry[], idPrefix: string): TopicYear[] {
  return groupByYear([...entries].reverse(), (entry) => Number(entry.date.slice(0, 4)), {
    idPrefix,
    openLimit: Infinity,
  })
    .map(({ year, id, items, open }) => ({
      year,
      id,
      entries: [...items].reverse().map(shorten),
      open,
    }))
    .reverse();
}

/** Long discussions would bury the timeline: each shows its first bullets and links to the rest. */
function shorten(entry: TopicEntry): TimelineEntry {
  const limit = topicPageLimits.bulletsPerEntry;
  return {
    ...entry,
    bullets: entry.bullets.slice(0, limit),
    moreBullets: Math.max(0, entry.bullets.length - limit),
  };
}

/** Decisions of the sections about the topic; one merely mentioning it decided something else. */
function decisionsOf(topic: Topic, archive: TopicPageArchive): KeyMoment[] {
  const about = new Set(
    topic.entries
      .filter((entry) => entry.kind === 'primary')
      .map((entry) => `${entry.meeting}#${entry.anchor}`),
  );
  return topic.decisions.flatMap((decision) => {
    if (!about.has(`${decision.meeting}#${decision.section}`)) return [];
    const meeting = archive.meetingsById.get(decision.meeting);
    return meeting
      ? [{ text: decision.text, url: `${meeting.url}#${decision.section}`, date: meeting.date }]
      : [];
  });
}

/** Commitments of the sections about the topic: a passing mention's action items are about something else. */
function commitmentsOf(primary: readonly TopicEntry[], archive: TopicPageArchive): KeyMoment[] {
  return primary.flatMap((entry) => {
    const section = archive.meetingsById
      .get(entry.meeting)
      ?.sections.find((candidate) => candidate.anchor === entry.anchor);
    return (section?.actions ?? []).map((action) => {
      const person = action.owner ? archive.peopleById.get(action.owner) : undefined;
      const name = person?.name ?? action.ownerName;
      // "Mei will…" already says who; the owner is named in front only when the text does not.
      const named = name !== undefined && action.text.startsWith(name.split(' ')[0]!);
      return {
        text: action.text,
        url: entry.url,
        date: entry.date,
        owner: name && !named ? { name, url: person?.url ?? undefined } : undefined,
        next: action.next,
      };
    });
  });
}

/** Moments are gathered oldest first; the box shows the latest. Stable for the same day. */
function newestFirst(moments: readonly KeyMoment[]): KeyMoment[] {
  return moments
    .map((moment, at) => ({ moment, at }))
    .sort((a, b) => b.moment.date.localeCompare(a.moment.date) || a.at - b.at)
    .map(({ moment }) => moment);
}

function split(moments: readonly KeyMoment[]): { shown: KeyMoment[]; earlier: KeyMoment[] } {
  return {
    shown: moments.slice(0, topicPageLimits.momentsOpen),
    earlier: moments.slice(topicPageLimits.momentsOpen),
  };
}
