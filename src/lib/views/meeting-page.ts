import type { ActionItem, FollowUp } from '../types.ts';
import { formatMonthName } from '../dates.ts';
import type {
  Archive,
  Meeting,
  MeetingLink,
  MeetingSection,
  SectionLink,
} from '../archive/model.ts';
import type { SiteUrls } from '../urls.ts';
import { meetingSearch, preambleSearch, sectionSearch } from './meeting-search.ts';
import { sourceLinks, type SourceLinks } from './source-links.ts';

/** What a meeting page needs from the archive; the page itself queries nothing. */
export type MeetingPageArchive = Pick<Archive, 'meetingsById' | 'peopleById' | 'topicsById'>;

export interface Crumb {
  label: string;
  url: string;
}

/** One entry of "On this page"; `####` subsections sit under their section. */
export interface TocEntry {
  anchor: string;
  heading: string;
  children: TocEntry[];
}

export interface PagerLink {
  url: string;
  date: string;
  title: string;
  /** The neighbour's first section headings, so a reader sees what it was about. */
  headings: string[];
  /** How many more sections it has. */
  moreHeadings: number;
}

export interface TopicNavRow {
  name: string;
  url: string | undefined;
  previous: SectionLink | undefined;
  next: SectionLink | undefined;
}

export interface SectionBlock {
  section: MeetingSection;
  /** The `##` group heading to show above this section, when it opens a group. */
  group: string | undefined;
  /** Heading level of the section: one below its group, one more for a `####` subsection. */
  level: number;
  /** Where the section's topics were discussed before and after, primary topics first. */
  topicNav: TopicNavRow[];
  /** What the search index reads of the section (`data-search-section`, see meeting-search.ts). */
  search: string;
}

export interface OutcomeDecision {
  text: string;
  anchor: string;
  heading: string;
}

export interface OutcomeAction extends OutcomeDecision {
  owner: { name: string; url: string | undefined } | undefined;
  /** What happened next: later sections on it, at most three (commitments only). */
  next: FollowUp[];
}

export interface MeetingPage {
  breadcrumbs: Crumb[];
  source: SourceLinks;
  /** What the search index reads of the meeting and of its text before the first section. */
  search: { meeting: string; preamble: string };
  decisions: OutcomeDecision[];
  actions: OutcomeAction[];
  /** "Ada suggested …": shown apart from the commitments. */
  suggestions: OutcomeAction[];
  blocks: SectionBlock[];
  toc: TocEntry[];
  pager: { previous: PagerLink | undefined; next: PagerLink | undefined };
  /** Attendees linked to their page where they have one. */
  attendees: { name: string; url: string | undefined }[];
}

export const meetingPageLimits = { pagerHeadings: 3 } as const;

export function createMeetingPage(
  meeting: Meeting,
  archive: MeetingPageArchive,
  urls: SiteUrls,
): MeetingPage {
  const personLink = (id: string | null) => {
    const person = id ? archive.peopleById.get(id) : undefined;
    return person?.url ?? undefined;
  };
  const { sections } = meeting;
  return {
    breadcrumbs: [
      { label: 'Meetings', url: urls.meetings },
      { label: String(meeting.year), url: urls.year(meeting.year) },
      {
        label: formatMonthName(meeting.date),
        url: `${urls.year(meeting.year)}#month-${meeting.date.slice(0, 7)}`,
      },
    ],
    source: sourceLinks(meeting.source),
    search: { meeting: meetingSearch(meeting), preamble: preambleSearch(meeting) },
    decisions: sections.flatMap((section) =>
      section.decisions.map((text) => ({ text, anchor: section.anchor, heading: section.heading })),
    ),
    actions: sections.flatMap((section) =>
      section.actions.map((action) => outcomeOf(action, section, archive)),
    ),
    suggestions: sections.flatMap((section) =>
      section.suggestions.map((suggestion) => outcomeOf(suggestion, section, archive)),
    ),
    blocks: sectionBlocks(sections, archive),
    toc: tableOfContents(sections),
    pager: {
      previous: pagerLink(meeting.previous, archive),
      next: pagerLink(meeting.next, archive),
    },
    attendees: meeting.attendees.map((attendee) => ({
      name: attendee.name,
      url: personLink(attendee.person),
    })),
  };
}

function sectionBlocks(
  sections: readonly MeetingSection[],
  archive: MeetingPageArchive,
): SectionBlock[] {
  let lastGroup: string | undefined;
  return sections.map((section) => {
    const opensGroup = section.group !== undefined && section.group !== lastGroup;
    lastGroup = section.group;
    const kindOf = new Map(section.topics.map((tag) => [tag.id, tag.kind]));
    const topicNav = [...section.topicNavigation]
      .sort(
        (a, b) =>
          Number(kindOf.get(a.topic) !== 'primary') - Number(kindOf.get(b.topic) !== 'primary'),
      )
      .map((nav) => {
        const topic = archive.topicsById.get(nav.topic);
        return {
          name: topic?.name ?? nav.topic,
          url: topic?.url,
          previous: nav.previous,
          next: nav.next,
        };
      });
    return {
      section,
      group: opensGroup ? section.group : undefined,
      level: (section.group === undefined ? 2 : 3) + (section.parent === undefined ? 0 : 1),
      topicNav,
      search: sectionSearch(section, archive),
    };
  });
}

/** Sections in file order, subsections nested under the section they belong to. */
export function tableOfContents(sections: readonly MeetingSection[]): TocEntry[] {
  const entries: TocEntry[] = [];
  const byAnchor = new Map<string, TocEntry>();
  for (const section of sections) {
    const entry = { anchor: section.anchor, heading: section.heading, children: [] };
    byAnchor.set(section.anchor, entry);
    const parent = section.parent === undefined ? undefined : byAnchor.get(section.parent);
    (parent ? parent.children : entries).push(entry);
  }
  return entries;
}

function pagerLink(
  link: MeetingLink | undefined,
  archive: MeetingPageArchive,
): PagerLink | undefined {
  if (!link) return undefined;
  const sections = archive.meetingsById.get(link.id)?.sections ?? [];
  const headings = sections
    .filter((section) => section.parent === undefined)
    .map((section) => section.heading);
  return {
    url: link.url,
    date: link.date,
    title: link.title,
    headings: headings.slice(0, meetingPageLimits.pagerHeadings),
    moreHeadings: Math.max(0, headings.length - meetingPageLimits.pagerHeadings),
  };
}

function outcomeOf(
  action: ActionItem,
  section: { anchor: string; heading: string },
  archive: { peopleById: ReadonlyMap<string, { name: string; url: string | null }> },
): OutcomeAction {
  const owner = action.owner ? archive.peopleById.get(action.owner) : undefined;
  const name = owner?.name ?? action.ownerName;
  return {
    text: action.text,
    anchor: section.anchor,
    heading: section.heading,
    owner: name ? { name, url: owner?.url ?? undefined } : undefined,
    next: action.next ?? [],
  };
}
