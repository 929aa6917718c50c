import { createHash } from 'node:crypto';
import {
  attendeeNotAName,
  createFirstNameIndex,
  createPeopleIndex,
  resolveAttendee,
  type FirstNameIndex,
  type PeopleIndex,
} from '../people/index.ts';
import { stripInlineMarkdown } from '../actions/markdown-text.ts';
import { findFullNames, findSpeakers } from '../people/text-names.ts';
import { foldName, foldNameToken } from '../text/normalize.ts';
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
  /**
   * Every GitHub handle (lower case) and whose it is, as the whole archive taught them: a handle
   * written beside a name in one meeting ("Ada (@ada)") resolves "@ada" alone in every other meeting,
   * whichever meetings a build re-analyses.
   */
  handles: Record<string, string>;
  topics: TopicRecord[];
  site: SiteSettings;
  base: string;
  includeDrafts: boolean;
}

export interface ContextInput {
  /**
   * Every meeting's id and frontmatter (and text, where full names in it should become people); drafts
   * are left out unless `includeDrafts`.
   */
  minutes: ReadonlyArray<Pick<MinutesFile, 'id' | 'frontmatter'> & { text?: string }>;
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
  const ordered = [...published].sort(compareMinutes);
  for (const file of ordered)
    for (const name of file.frontmatter.attendees)
      if (attendeeNotAName(name) === undefined) resolveAttendee(index, name);
  addPeopleNamedInText(ordered, index, createTopicMatcher(input.topics));
  return {
    people: [...input.people],
    generated: index.createdIds.flatMap((id) => index.byId.get(id) ?? []),
    handles: Object.fromEntries([...index.byGithub].sort(([a], [b]) => a.localeCompare(b))),
    topics: [...input.topics],
    site: input.site,
    base: input.base,
    includeDrafts,
  };
}

/**
 * A full name in the text that nobody registered ("Dan Williams said …") becomes a person, like an
 * attendee string does, after the attendees (so their first names count) and before first names are
 * indexed: "Dan" then resolves to them. Read line by line from the file's text, headings and bold
 * lead-in labels left out (Title Case is no evidence of a name).
 */
function addPeopleNamedInText(
  files: ReadonlyArray<{ text?: string }>,
  index: PeopleIndex,
  matcher: TopicMatcher,
): void {
  const firstNames = createFirstNameIndex(index.byId.values());
  const lines = files.flatMap((file) => proseLines(file.text ?? ''));
  // "Priya asked …" anywhere in the archive says "Priya" is a given name wherever "Priya Raman" appears.
  const speakers = new Set(lines.flatMap((line) => findSpeakers(line)));
  const options = {
    isFirstName: (word: string) => firstNames.has(foldNameToken(word)),
    isTaken: (name: string) =>
      index.bySpelling.has(foldName(name)) || matcher.match(name).length > 0,
    isSpeaker: (word: string) => speakers.has(word),
  };
  for (const line of lines)
    for (const name of findFullNames(line, options)) resolveAttendee(index, name);
}

// A line that starts a block of its own: blank, a list item, a heading, a quote, a table row, a fence,
// a tag. Any other line continues the paragraph or bullet before it, indented or not (lazy continuation).
const BLOCK_START_RE = /^\s*(?:$|[-*+](?:\s|$)|\d+[.)](?:\s|$)|#|>|\||```|~~~|<)/u;

/**
 * The paragraphs and bullets of a file's body as prose, one a line, with their continuation lines joined
 * (a name may be split over two lines: "Tanvir⏎Solanki presented"): no frontmatter, no headings, no list
 * marker or lead-in label.
 */
function proseLines(text: string): string[] {
  const body = text.replace(/^---\n[\s\S]*?\n---\n/u, '');
  const blocks: string[] = [];
  let open = false;
  for (const raw of body.split('\n')) {
    if (open && !BLOCK_START_RE.test(raw)) blocks[blocks.length - 1] += ` ${raw.trim()}`;
    else blocks.push(raw);
    open = raw.trim() !== '' && !/^\s*(?:#|\||```|~~~)/u.test(raw);
  }
  return blocks
    .filter((raw) => !/^\s*#/u.test(raw))
    .map((raw) =>
      stripInlineMarkdown(
        raw
          .replace(/^\s*(?:[-*+]|\d+[.)])\s+/u, '')
          .replace(/^(?:\*\*|__)[^*_\n]{1,60}?(?:\*\*|__)\s*:?\s*/u, ''),
      ).replace(/^[^:]{1,60}:\s/u, ''),
    );
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
  for (const [handle, id] of Object.entries(context.handles)) index.addHandle(handle, id);
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
