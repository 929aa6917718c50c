import { toString } from 'mdast-util-to-string';
import {
  attendeeNotAName,
  createNameFinder,
  createFirstNameIndex,
  createPeopleIndex,
  resolveAttendee,
} from '../people/index.ts';
import type { NameMatch } from '../people/name-finder.ts';
import { createSectionFinder } from '../people/section-finder.ts';
import { createTopicMatcher } from '../topics/index.ts';
import type {
  ActionItem,
  Decision,
  MinutesFile,
  PersonRecord,
  SiteSettings,
  Suggestion,
  TopicRecord,
  UnresolvedName,
} from '../types.ts';
import { rewriteLocalLinks } from '../minutes/attachments.ts';
import { renderNodes, renderPhrasing } from '../minutes/render.ts';
import { createUrls } from '../urls.ts';
import { compareMinutes, isUrl, outlineMinutes } from './meetings.ts';
import type { Archive, AttendeeRef, Meeting, MeetingLink, MeetingSection } from './model.ts';
import { countOwners, groupActionsByYear } from './action-groups.ts';
import { assemblePeople } from './person-graph.ts';
import { findSectionFacts } from './section-facts.ts';
import { createTextLinker } from './text-linker.ts';
import { assembleTopics } from './topic-graph.ts';

export interface ArchiveInput {
  minutes: readonly MinutesFile[];
  people: readonly PersonRecord[];
  topics: readonly TopicRecord[];
  site: SiteSettings;
  base: string;
  /** Drafts are left out of production builds; they are counted in the report, never silently lost. */
  includeDrafts?: boolean;
}

/**
 * Builds the archive graph: meetings with rendered, cross-linked sections, and the people and topic
 * timelines that point back into them. Every step is one pass over the meetings (plus sorting), so the
 * cost grows linearly with the archive.
 */
export function buildArchive(input: ArchiveInput): Archive {
  const urls = createUrls(input.base);
  const published = input.minutes.filter((file) => input.includeDrafts || !file.frontmatter.draft);
  const outlined = [...published].sort(compareMinutes).map(outlineMinutes);

  // People first: the archive-wide first-name rule needs everyone who attended anything.
  const index = createPeopleIndex(input.people);
  const unresolved: UnresolvedName[] = [];
  const spellings = new Map<string, Set<string>>();
  const noteSpelling = (id: string, written: string) => {
    const set = spellings.get(id) ?? new Set<string>();
    set.add(written.trim());
    spellings.set(id, set);
  };
  const attendeesOf = outlined.map(({ file }) =>
    file.frontmatter.attendees.map((name): AttendeeRef => {
      const notAName = attendeeNotAName(name);
      if (notAName !== undefined) {
        unresolved.push({ name, meeting: file.id, reason: 'not-a-name', why: notAName });
        return { name, person: null };
      }
      const resolved = resolveAttendee(index, name);
      if (!resolved) return { name, person: null };
      noteSpelling(resolved.person.id, name);
      if (resolved.candidates) {
        unresolved.push({
          name,
          meeting: file.id,
          reason: 'ambiguous',
          candidates: resolved.candidates,
        });
      }
      return { name, person: resolved.person.id };
    }),
  );
  const archiveFirstNames = createFirstNameIndex(index.byId.values());
  const pageless = new Set(
    input.people.filter((person) => !person.page).map((person) => person.id),
  );
  const personUrl = (id: string) => (pageless.has(id) ? undefined : urls.person(id));
  const matcher = createTopicMatcher(input.topics);
  const knownTopics = new Set(input.topics.map((topic) => topic.id));

  const actions: ActionItem[] = [];
  const decisions: Decision[] = [];
  const suggestions: Suggestion[] = [];
  const attachments = new Set<string>();
  const meetings: Meeting[] = outlined.map(({ file, outline }, position) => {
    const { frontmatter } = file;
    // Linked slides and images are published with the site; the links point at the published copy.
    rewriteLocalLinks(
      [
        ...outline.preamble,
        ...outline.sections.flatMap((section) => [...section.headingNodes, ...section.nodes]),
      ],
      file.file,
      (attachment) => {
        attachments.add(attachment);
        return urls.attachment(attachment);
      },
    );
    const attendees = attendeesOf[position]!;
    const finder = createNameFinder({
      index,
      attendees:
        attendees.length > 0 ? attendees.flatMap((a) => (a.person ? [a.person] : [])) : null,
      archiveFirstNames,
    });
    const reported = new Set<string>();
    const noteName = (match: NameMatch, found: Set<string>) => {
      if (match.person) {
        found.add(match.person);
        noteSpelling(match.person, match.written);
      } else if (match.reason && !reported.has(match.written)) {
        reported.add(match.written);
        unresolved.push({
          name: match.written,
          meeting: file.id,
          reason: match.reason,
          ...(match.candidates ? { candidates: match.candidates } : {}),
        });
      }
    };
    const extraTopics = frontmatter.topics.filter((id) => knownTopics.has(id));

    const sections = outline.sections.map((section): MeetingSection => {
      const people = new Set<string>();
      const body = section.nodes.map((node) => toString(node)).join('\n');
      const sectionFinder = createSectionFinder(finder, `${section.heading}\n${body}`);
      for (const match of sectionFinder.find(section.heading)) noteName(match, people);
      const facts = findSectionFacts(section, sectionFinder);
      const bulletsByPerson: Record<string, string[]> = {};
      for (const bullet of section.bullets) {
        for (const id of new Set(
          sectionFinder.find(bullet.text).flatMap((m) => (m.person ? [m.person] : [])),
        )) {
          (bulletsByPerson[id] ??= []).push(bullet.text);
        }
      }
      const html = renderNodes(section.nodes, {
        linkText: createTextLinker({
          finder: sectionFinder,
          personUrl,
          repository: input.site.repository,
          onName: (match) => noteName(match, people),
        }),
      });
      const sectionActions = facts.actions.map((action) => ({
        ...action,
        meeting: file.id,
        section: section.anchor,
      }));
      actions.push(...sectionActions);
      for (const owner of sectionActions.flatMap((action) => action.owners)) people.add(owner);
      const sectionSuggestions = facts.suggestions.map((suggestion) => ({
        ...suggestion,
        meeting: file.id,
        section: section.anchor,
      }));
      suggestions.push(...sectionSuggestions);
      decisions.push(
        ...facts.decisions.map((decision) => ({
          ...decision,
          meeting: file.id,
          section: section.anchor,
        })),
      );
      return {
        anchor: section.anchor,
        heading: section.heading,
        headingHtml: renderPhrasing(section.headingNodes),
        depth: section.depth,
        group: section.group,
        line: section.line,
        html,
        bullets: section.bullets
          .map((bullet) => bullet.text)
          .filter((text) => !facts.decisionBullets.has(text)),
        topics: matcher.tagSection({ heading: section.heading, body, extra: extraTopics }),
        people: [...people],
        bulletsByPerson,
        actions: sectionActions,
        suggestions: sectionSuggestions,
        decisions: facts.decisions.map((decision) => decision.text),
        topicNavigation: [],
      };
    });

    const primary = sections.flatMap((s) =>
      s.topics.filter((t) => t.kind === 'primary').map((t) => t.id),
    );
    const all = sections.flatMap((s) => s.topics.map((t) => t.id));
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
      attendees,
      preambleHtml: renderNodes(outline.preamble),
      sections,
      topics: [...new Set([...primary, ...all, ...extraTopics])],
      previous: undefined,
      next: undefined,
    };
  });
  linkSeriesNeighbours(meetings);

  const topics = assembleTopics(input.topics, meetings, matcher, urls);
  const people = assemblePeople({ index, meetings, actions, spellings, pageless, urls });
  const generatedPeople = index.createdIds.map((id) => index.byId.get(id)?.name ?? id);
  const newestFirst = <T extends { meeting: string }>(items: T[]) => {
    const order = new Map(meetings.map((meeting, at) => [meeting.id, at]));
    return items
      .reverse()
      .sort((a, b) => (order.get(b.meeting) ?? 0) - (order.get(a.meeting) ?? 0));
  };

  const meetingsById = new Map(meetings.map((meeting) => [meeting.id, meeting]));
  const actionsNewestFirst = newestFirst(actions);
  return {
    site: input.site,
    base: input.base,
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
    attachments: [...attachments].sort(),
    report: {
      meetings: meetings.length,
      drafts: input.minutes.length - published.length,
      sections: meetings.reduce((sum, meeting) => sum + meeting.sections.length, 0),
      people: people.length,
      generatedPeople,
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
