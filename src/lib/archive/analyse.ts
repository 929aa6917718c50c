import type { ListItem, Paragraph, Root } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { attendeeNotAName, createNameFinder, resolveAttendee } from '../people/index.ts';
import type { NameMatch } from '../people/name-finder.ts';
import { createSectionFinder } from '../people/section-finder.ts';
import { foldName, stripRoles } from '../text/normalize.ts';
import type { ActionItem, Decision, MinutesFile, Suggestion, UnresolvedName } from '../types.ts';
import { renderDocument, renderPhrasing, sectionAt, type TextLinker } from '../minutes/render.ts';
import { createPageUrl, findAttachments } from '../minutes/attachments.ts';
import { outlineMeeting } from '../minutes/sections.ts';
import type { AnalysisTools } from './context.ts';
import type { AttendeeRef, MeetingSection } from './model.ts';
import { findSectionFacts } from './section-facts.ts';
import { termsOf } from '../topics/section-terms.ts';
import { createTextLinker } from './text-linker.ts';

/** A section as the analysis of its file leaves it; the archive adds the links between meetings. */
export type AnalysedSection = Omit<MeetingSection, 'topicNavigation'> & {
  /** For each topic the section only mentions: the bullets that name it. */
  mentionBullets: Record<string, string[]>;
  /** The terms of heading and body, and of the heading alone, that the archive's topic evidence counts. */
  terms: string[];
  headingTerms: string[];
  /** Every topic spelled in the section, tagged or not. */
  spelled: string[];
};

/**
 * What one minutes file says, given the registries: its sections rendered and cross-linked, its
 * people, topics and outcomes. Plain data, stored per file by the content loader and reused as long
 * as neither the file nor the archive context changes.
 */
export interface MeetingAnalysis {
  id: string;
  file: string;
  frontmatter: MinutesFile['frontmatter'];
  attendees: AttendeeRef[];
  preambleHtml: string;
  /** The file's footnotes, wherever they were defined. */
  footnotesHtml: string;
  sections: AnalysedSection[];
  /** Ids of every topic discussed, primary ones first. */
  topics: string[];
  actions: ActionItem[];
  suggestions: Suggestion[];
  decisions: Decision[];
  unresolved: UnresolvedName[];
  /** Person id → the spellings this file used for them. */
  spellings: Record<string, string[]>;
  /** Local files (slides, images) the meeting links to, published with the site. */
  attachments: string[];
}

/** A one-word attendee string that is the first name of several registered people. */
function ambiguousCandidates(tools: AnalysisTools, written: string): string[] | undefined {
  const key = foldName(stripRoles(written));
  if (key.includes(' ')) return undefined;
  const ids = tools.index.registeredFirstNames.get(key) ?? [];
  return ids.length > 1 ? [...ids] : undefined;
}

/** Analyses one file from its parsed tree (frontmatter included, so lines are file lines). */
export function analyseMeeting(
  file: MinutesFile,
  tree: Root,
  tools: AnalysisTools,
): MeetingAnalysis {
  const { frontmatter } = file;
  const outline = outlineMeeting(tree);
  // Linked slides and images are published with the site; the page links the published copy, and a
  // file's own table of contents finds headings by GitHub's lower-case anchors. Both happen as the
  // tree is rendered: the tree is the loader's, and stays as it parsed it.
  const linked = [
    ...outline.preamble,
    ...outline.sections.flatMap((section) => [...section.headingNodes, ...section.nodes]),
  ];
  const attachments = findAttachments(linked, file.file);
  const linkUrl = createPageUrl({
    minutesFile: file.file,
    toUrl: (attachment) => tools.urls.attachment(attachment),
    anchors: new Set(
      outline.sections.flatMap((section) =>
        section.groupAnchor ? [section.anchor, section.groupAnchor] : [section.anchor],
      ),
    ),
  });
  const unresolved: UnresolvedName[] = [];
  const spellings = new Map<string, Set<string>>();
  const noteSpelling = (id: string, written: string) => {
    const set = spellings.get(id) ?? new Set<string>();
    set.add(written.trim());
    spellings.set(id, set);
  };

  const attendees = frontmatter.attendees.map((name): AttendeeRef => {
    const notAName = attendeeNotAName(name);
    if (notAName !== undefined) {
      unresolved.push({ name, meeting: file.id, reason: 'not-a-name', why: notAName });
      return { name, person: null };
    }
    const resolved = resolveAttendee(tools.index, name);
    if (!resolved) return { name, person: null };
    noteSpelling(resolved.person.id, name);
    const candidates = resolved.candidates ?? ambiguousCandidates(tools, name);
    if (candidates && tools.index.createdIds.includes(resolved.person.id)) {
      unresolved.push({ name, meeting: file.id, reason: 'ambiguous', candidates });
    }
    return { name, person: resolved.person.id };
  });
  const finder = createNameFinder({
    index: tools.index,
    attendees: attendees.length > 0 ? attendees.flatMap((a) => (a.person ? [a.person] : [])) : null,
    archiveFirstNames: tools.archiveFirstNames,
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
  const extraTopics = frontmatter.topics.filter((id) => tools.knownTopics.has(id));

  // Facts first, then one render of the whole file with every section's linker.
  const bulletClasses = new Map<ListItem | Paragraph, string>();
  const linkers: TextLinker[] = [];
  const prepared = outline.sections.map((section) => {
    const people = new Set<string>();
    const body = section.nodes.map((node) => toString(node)).join('\n');
    const sectionFinder = createSectionFinder(finder, `${section.heading}\n${body}`);
    for (const match of sectionFinder.find(section.heading)) noteName(match, people);
    const facts = findSectionFacts(section, sectionFinder);
    for (const [node, className] of facts.bulletClasses) bulletClasses.set(node, className);
    linkers.push(
      createTextLinker({
        finder: sectionFinder,
        personUrl: tools.personUrl,
        repository: tools.context.site.repository,
        onName: (match) => noteName(match, people),
      }),
    );
    return { section, people, body, sectionFinder, facts };
  });
  const starts = outline.sections.map((section) => section.start);
  const rendered = renderDocument(tree, starts, {
    linkerAt: (offset) => linkers[sectionAt(starts, offset)],
    bulletClasses,
    linkUrl,
  });

  const actions: ActionItem[] = [];
  const suggestions: Suggestion[] = [];
  const decisions: Decision[] = [];
  const sections = prepared.map(({ section, people, body, sectionFinder, facts }, at) => {
    const bulletsByPerson: Record<string, string[]> = {};
    for (const bullet of section.bullets) {
      for (const id of new Set(
        sectionFinder.find(bullet.text).flatMap((m) => (m.person ? [m.person] : [])),
      )) {
        (bulletsByPerson[id] ??= []).push(bullet.text);
      }
    }
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
    const bullets = section.bullets
      .map((bullet) => bullet.text)
      .filter((text) => !facts.decisionBullets.has(text));
    const { tags: topics, spelled } = tools.matcher.tagSectionSpelled({
      heading: section.heading,
      body,
      extra: extraTopics,
    });
    const mentionBullets: Record<string, string[]> = {};
    if (topics.some((tag) => tag.kind === 'mention')) {
      // Matching every bullet once per section, not once per topic, keeps this linear.
      const bulletTopics = bullets.map(
        (text) => new Set(tools.matcher.match(text).map((match) => match.id)),
      );
      for (const tag of topics.filter((t) => t.kind === 'mention'))
        mentionBullets[tag.id] = bullets.filter((_, index) => bulletTopics[index]?.has(tag.id));
    }
    return {
      anchor: section.anchor,
      heading: section.heading,
      headingHtml: renderPhrasing(section.headingNodes, { linkUrl }),
      depth: section.depth,
      group: section.group,
      groupAnchor: section.groupAnchor,
      parent: section.parent,
      line: section.line,
      html: rendered.sections[at] ?? '',
      bullets,
      topics,
      mentionBullets,
      terms: termsOf(`${section.heading}\n${body}`),
      headingTerms: termsOf(section.heading),
      spelled,
      people: [...people],
      bulletsByPerson,
      actions: sectionActions,
      suggestions: sectionSuggestions,
      decisions: facts.decisions.map((decision) => decision.text),
    } satisfies AnalysedSection;
  });

  const primary = sections.flatMap((s) =>
    s.topics.filter((t) => t.kind === 'primary').map((t) => t.id),
  );
  const all = sections.flatMap((s) => s.topics.map((t) => t.id));
  return {
    id: file.id,
    file: file.file,
    frontmatter,
    attendees,
    preambleHtml: rendered.preamble,
    footnotesHtml: rendered.footnotes,
    sections,
    topics: [...new Set([...primary, ...all, ...extraTopics])],
    actions,
    suggestions,
    decisions,
    unresolved,
    spellings: Object.fromEntries([...spellings].map(([id, set]) => [id, [...set]])),
    attachments: attachments.sort(),
  };
}
