import type { MinutesFile, PersonRecord, SiteSettings, TopicRecord } from '../types.ts';
import { renderNodes, renderPhrasing } from '../minutes/render.ts';
import { createUrls } from '../urls.ts';
import { compareMinutes, isUrl, outlineMinutes } from './meetings.ts';
import type { Archive, Meeting, MeetingLink } from './model.ts';

export interface ArchiveInput {
  minutes: readonly MinutesFile[];
  people: readonly PersonRecord[];
  topics: readonly TopicRecord[];
  site: SiteSettings;
  base: string;
  /** Drafts are left out of production builds; they are counted in the report, never silently lost. */
  includeDrafts?: boolean;
}

export function buildArchive(input: ArchiveInput): Archive {
  const urls = createUrls(input.base);
  const published = input.minutes.filter((file) => input.includeDrafts || !file.frontmatter.draft);
  const sorted = [...published].sort(compareMinutes);
  const meetings: Meeting[] = sorted.map((file) => {
    const { outline } = outlineMinutes(file);
    const { frontmatter } = file;
    return {
      id: file.id,
      file: file.file,
      url: urls.meeting(file.id),
      title: frontmatter.title,
      date: frontmatter.date,
      year: Number(frontmatter.date.slice(0, 4)),
      month: Number(frontmatter.date.slice(5, 7)),
      series: frontmatter.series,
      source: frontmatter.source,
      sourceUrl: isUrl(frontmatter.source) ? frontmatter.source : undefined,
      attendees: frontmatter.attendees.map((name) => ({ name, person: null })),
      preambleHtml: renderNodes(outline.preamble),
      sections: outline.sections.map((section) => ({
        anchor: section.anchor,
        heading: section.heading,
        headingHtml: renderPhrasing(section.headingNodes),
        depth: section.depth,
        group: section.group,
        line: section.line,
        html: renderNodes(section.nodes),
        bullets: section.bullets.map((bullet) => bullet.text),
        topics: [],
        people: [],
        actions: [],
        decisions: [],
        topicNavigation: [],
      })),
      topics: [],
      previous: undefined,
      next: undefined,
    };
  });
  linkSeriesNeighbours(meetings);
  return {
    site: input.site,
    base: input.base,
    meetings,
    meetingsById: new Map(meetings.map((meeting) => [meeting.id, meeting])),
    people: [],
    peopleById: new Map(),
    topics: [],
    topicsById: new Map(),
    actions: [],
    decisions: [],
    unresolved: [],
    report: {
      meetings: meetings.length,
      drafts: input.minutes.length - published.length,
      sections: meetings.reduce((sum, meeting) => sum + meeting.sections.length, 0),
      people: 0,
      generatedPeople: [],
      topics: 0,
      unresolved: [],
      sectionsWithoutTopic: [],
    },
  };
}

function toLink(meeting: Meeting): MeetingLink {
  return { id: meeting.id, url: meeting.url, title: meeting.title, date: meeting.date };
}

/** Meetings are sorted oldest first, so one pass per series links each to its neighbours. */
function linkSeriesNeighbours(meetings: Meeting[]): void {
  const last = new Map<string, Meeting>();
  for (const meeting of meetings) {
    const previous = last.get(meeting.series);
    if (previous) {
      meeting.previous = toLink(previous);
      previous.next = toLink(meeting);
    }
    last.set(meeting.series, meeting);
  }
}
