import type { AnalysisTools } from './context.ts';
import { compareMinutes, isPublished } from './context.ts';
import type { MeetingAnalysis } from './analyse.ts';
import type { Archive, Meeting, MeetingLink, MeetingSection } from './model.ts';
import { countOwners, groupActionsByYear } from './action-groups.ts';
import { linkFollowUps } from './follow-ups.ts';
import { assemblePeople } from './person-graph.ts';
import { assembleTopics, type SectionKey } from './topic-graph.ts';
import { archiveTopicEvidence } from './topic-evidence.ts';
import type { TopicTag } from '../types.ts';

/**
 * Ties the analysed meetings into the archive graph: series neighbours, topic timelines and their
 * navigation, people's histories, the actions by year. Reads the analyses and builds new objects;
 * nothing it is given is changed, so stored analyses can be reused by the next build.
 */
export function assembleArchive(
  tools: AnalysisTools,
  analyses: readonly MeetingAnalysis[],
  drafts: number,
): Archive {
  const { context, urls } = tools;
  const ordered = analyses
    .filter((analysis) => isPublished(analysis, context.includeDrafts))
    .sort(compareMinutes);

  // Across the whole archive: the topics sections discuss without spelling them.
  const evidence = archiveTopicEvidence(
    ordered,
    context.topics,
    tools.index.byId.values(),
    context.site,
  );
  const plain: Meeting[] = ordered.map((analysis) =>
    toMeeting(analysis, urls.meeting(analysis.id), evidence.tags),
  );
  linkSeriesNeighbours(plain);
  const mentionBullets = new Map<SectionKey, Record<string, string[]>>();
  for (const analysis of ordered)
    for (const section of analysis.sections) {
      const key: SectionKey = `${analysis.id}#${section.anchor}`;
      mentionBullets.set(key, { ...section.mentionBullets, ...evidence.bullets.get(key) });
    }
  const { topics, navigation } = assembleTopics(context.topics, plain, mentionBullets, urls);
  const meetings = plain.map((meeting) => ({
    ...meeting,
    sections: meeting.sections.map((section) => ({
      ...section,
      topicNavigation: navigation.get(`${meeting.id}#${section.anchor}`) ?? [],
    })),
  }));

  const spellings = new Map<string, Set<string>>();
  for (const analysis of ordered)
    for (const [id, written] of Object.entries(analysis.spellings)) {
      const set = spellings.get(id) ?? new Set<string>();
      for (const spelling of written) set.add(spelling);
      spellings.set(id, set);
    }
  // Each commitment with what happened next; the meetings' sections carry the same objects.
  const found = ordered.flatMap((analysis) => analysis.actions);
  const actions = linkFollowUps(found, meetings, urls);
  const followed = new Map(found.map((action, at) => [action, actions[at]!]));
  for (const meeting of meetings)
    for (const section of meeting.sections)
      section.actions = section.actions.map((action) => followed.get(action) ?? action);
  const suggestions = ordered.flatMap((analysis) => analysis.suggestions);
  const decisions = ordered.flatMap((analysis) => analysis.decisions);
  const unresolved = ordered.flatMap((analysis) => analysis.unresolved);
  const people = assemblePeople({ index: tools.index, meetings, actions, spellings, urls });

  const meetingsById = new Map(meetings.map((meeting) => [meeting.id, meeting]));
  const order = new Map(meetings.map((meeting, at) => [meeting.id, at]));
  // Newest meeting first, and within a meeting the last item first: a copy, the analyses stay as they are.
  const newestFirst = <T extends { meeting: string }>(items: readonly T[]): T[] =>
    [...items].reverse().sort((a, b) => (order.get(b.meeting) ?? 0) - (order.get(a.meeting) ?? 0));
  const actionsNewestFirst = newestFirst(actions);
  return {
    site: context.site,
    base: context.base,
    meetings,
    meetingsById,
    people,
    peopleById: new Map(people.map((person) => [person.id, person])),
    topics,
    topicsById: new Map(topics.map((topic) => [topic.id, topic])),
    actions: actionsNewestFirst,
    actionYears: groupActionsByYear(actionsNewestFirst, meetingsById),
    actionOwners: countOwners(actionsNewestFirst),
    decisions: newestFirst(decisions),
    suggestions: newestFirst(suggestions),
    unresolved,
    attachments: [...new Set(ordered.flatMap((analysis) => analysis.attachments))].sort(),
    report: {
      meetings: meetings.length,
      drafts,
      sections: meetings.reduce((sum, meeting) => sum + meeting.sections.length, 0),
      people: people.length,
      generatedPeople: context.generated.map((person) => person.name),
      topics: topics.length,
      unresolved,
      sectionsWithoutTopic: meetings.flatMap((meeting) =>
        meeting.sections
          .filter((section) => section.topics.length === 0)
          .map((section) => ({ meeting: meeting.id, anchor: section.anchor })),
      ),
    },
  };
}

function toMeeting(
  analysis: MeetingAnalysis,
  url: string,
  evidence: ReadonlyMap<SectionKey, TopicTag[]>,
): Meeting {
  const { frontmatter } = analysis;
  const added = (anchor: string) => evidence.get(`${analysis.id}#${anchor}`) ?? [];
  return {
    id: analysis.id,
    file: analysis.file,
    url,
    title: frontmatter.title,
    date: frontmatter.date,
    year: Number(frontmatter.date.slice(0, 4)),
    month: Number(frontmatter.date.slice(5, 7)),
    series: frontmatter.series,
    source: frontmatter.source,
    sourceUrl: isUrl(frontmatter.source) ? frontmatter.source : undefined,
    attendees: analysis.attendees,
    preambleHtml: analysis.preambleHtml,
    footnotesHtml: analysis.footnotesHtml,
    sections: analysis.sections.map(
      ({ mentionBullets, terms, headingTerms, spelled, ...section }): MeetingSection => ({
        ...section,
        topics: [...section.topics, ...added(section.anchor)],
        topicNavigation: [],
      }),
    ),
    topics: [
      ...new Set([
        ...analysis.topics,
        ...analysis.sections.flatMap((section) => added(section.anchor).map((tag) => tag.id)),
      ]),
    ],
    previous: undefined,
    next: undefined,
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

function isUrl(value: string | undefined): value is string {
  return value !== undefined && /^https?:\/\//i.test(value);
}
