import { createHash } from 'node:crypto';
import {
  attendeeNotAName,
  createFirstNameIndex,
  createPeopleIndex,
  resolveAttendee,
  type FirstNameIndex,
  type PeopleIndex,
} from '../people/index.ts';
import { createTopicMatcher, type TopicMatcher } from '../topics/index.ts';
import type {
  MinutesFrontmatter,
  MinutesFile,
  PersonRecord,
  SiteSettings,
  TopicRecord,
} from '../types.ts';
import { createUrls, type SiteUrls } from '../urls.ts';

/**
 * Everything the analysis of one meeting depends on besides its own file: the registries, the people
 * made from attendee names nobody registered (in any meeting), and the build's settings. Plain data,
 * so the content loader can store it and tell by its key whether a stored analysis still holds.
 */
export interface ArchiveContext {
  people: PersonRecord[];
  /** People made from attendee strings, in the order the meetings (oldest first) created them. */
  generated: PersonRecord[];
  topics: TopicRecord[];
  site: SiteSettings;
  base: string;
  includeDrafts: boolean;
}

export interface ContextInput {
  /** Every meeting's id and frontmatter; drafts are left out unless `includeDrafts`. */
  minutes: ReadonlyArray<Pick<MinutesFile, 'id' | 'frontmatter'>>;
  people: readonly PersonRecord[];
  topics: readonly TopicRecord[];
  site: SiteSettings;
  base: string;
  includeDrafts?: boolean;
}

/** Oldest first; same-day meetings by series, then id, so the order never depends on the file system. */
export function compareMinutes(
  a: { id: string; frontmatter: MinutesFrontmatter },
  b: { id: string; frontmatter: MinutesFrontmatter },
): number {
  return (
    a.frontmatter.date.localeCompare(b.frontmatter.date) ||
    a.frontmatter.series.localeCompare(b.frontmatter.series) ||
    a.id.localeCompare(b.id)
  );
}

export function isPublished(
  file: { frontmatter: MinutesFrontmatter },
  includeDrafts: boolean,
): boolean {
  return includeDrafts || !file.frontmatter.draft;
}

/** Resolves every attendee of every published meeting, oldest first, so generated ids are stable. */
export function createArchiveContext(input: ContextInput): ArchiveContext {
  const includeDrafts = input.includeDrafts ?? false;
  const index = createPeopleIndex(input.people);
  const published = input.minutes.filter((file) => isPublished(file, includeDrafts));
  for (const file of [...published].sort(compareMinutes))
    for (const name of file.frontmatter.attendees)
      if (attendeeNotAName(name) === undefined) resolveAttendee(index, name);
  return {
    people: [...input.people],
    generated: index.createdIds.flatMap((id) => index.byId.get(id) ?? []),
    topics: [...input.topics],
    site: input.site,
    base: input.base,
    includeDrafts,
  };
}

/** Changes whenever anything a stored analysis was made from changes, except the file itself. */
export function contextKey(context: ArchiveContext, codeVersion: string): string {
  return createHash('sha256')
    .update(codeVersion)
    .update('\u0000')
    .update(JSON.stringify(context))
    .digest('base64url');
}

/** The context made ready for work: the indexes every meeting's analysis reads. */
export interface AnalysisTools {
  context: ArchiveContext;
  index: PeopleIndex;
  archiveFirstNames: FirstNameIndex;
  matcher: TopicMatcher;
  knownTopics: ReadonlySet<string>;
  urls: SiteUrls;
  /** URL of a person's page, or undefined when they asked for none (`page: false`). */
  personUrl: (id: string) => string | undefined;
}

export function createAnalysisTools(context: ArchiveContext): AnalysisTools {
  const index = createPeopleIndex(context.people);
  // The generated people, as if the attendees had just been resolved in order.
  for (const person of context.generated) {
    const stored = index.add(person);
    (index.createdIds as string[]).push(stored.id);
  }
  const urls = createUrls(context.base);
  const pageless = new Set(
    context.people.filter((person) => !person.page).map((person) => person.id),
  );
  return {
    context,
    index,
    archiveFirstNames: createFirstNameIndex(index.byId.values()),
    matcher: createTopicMatcher(context.topics),
    knownTopics: new Set(context.topics.map((topic) => topic.id)),
    urls,
    personUrl: (id) => (pageless.has(id) ? undefined : urls.person(id)),
  };
}
