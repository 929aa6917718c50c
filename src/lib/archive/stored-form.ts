/**
 * The form a meeting takes in Astro's data store. The store is one devalue file that every build
 * writes, bundles as one string module and parses again before the first page, so each byte in it is
 * paid three times: this form leaves out what the analysis repeats and what is cheap to make again.
 *
 * API
 * - `packMeeting(meeting)` → the stored form; `unpackMeeting(stored)` → the meeting exactly as it was
 *   packed (same keys in the same order, the same values), or undefined for a form this code did not
 *   write (a store left by another version of Minutebook: that meeting is analysed again).
 *
 * Left out, and made again on unpacking:
 * - the file's identity (`minutes`): its id, file and frontmatter are the analysis's own;
 * - each section's heading terms: the terms of its heading, a few words;
 * - the meeting's id in each action, suggestion, decision and unresolved name, and the meeting's
 *   lists of actions and suggestions, which are its sections' lists one after another;
 * - section fields that are undefined.
 * Records keyed by person or topic id become lists of pairs, and attendees and topic tags tuples.
 * All but the meeting's identity and hashes (what a rebuild reads of every meeting) is then stored
 * as deflated JSON: a meeting's HTML, bullets and terms repeat its words and markup, and compressed
 * they are a third of the size, for about a millisecond per meeting each way.
 */
import { deflateRawSync, inflateRawSync } from 'node:zlib';
import { formatOf } from '../minutes/processor.ts';
import { termsOf } from '../topics/section-terms.ts';
import type { ActionItem, TopicTag } from '../types.ts';
import type { AnalysedSection, MeetingAnalysis } from './analyse.ts';
import type { AttendeeRef } from './model.ts';
import type { StoredMeeting } from './sync.ts';

/** Changes whenever the stored form does, so a store written in another form is never misread. */
const form = 2;

type Pairs<T> = [string, T][];
type Tag = TopicTag | [string, TopicTag['kind']];
type WithoutMeeting<T> = Omit<T, 'meeting'> & { meeting?: string };

interface PackedSection {
  anchor: string;
  heading: string;
  headingHtml: string;
  depth: number;
  group?: string;
  groupAnchor?: string;
  parent?: string;
  line?: number;
  html: string;
  bullets: string[];
  topics: Tag[];
  mentionBullets: Pairs<string[]>;
  terms: string[];
  spelled: string[];
  people: string[];
  bulletsByPerson: Pairs<string[]>;
  actions: WithoutMeeting<ActionItem>[];
  suggestions: WithoutMeeting<ActionItem>[];
  decisions: string[];
}

type PackedAnalysis = Omit<
  MeetingAnalysis,
  'attendees' | 'sections' | 'actions' | 'suggestions' | 'decisions' | 'unresolved' | 'spellings'
> & {
  attendees: [string, string | null][];
  sections: PackedSection[];
  decisions: WithoutMeeting<MeetingAnalysis['decisions'][number]>[];
  unresolved: WithoutMeeting<MeetingAnalysis['unresolved'][number]>[];
  spellings: Pairs<string[]>;
};

export interface PackedMeeting {
  form: typeof form;
  sourceHash: string;
  contextKey: string;
  id: string;
  file: string;
  frontmatter: MeetingAnalysis['frontmatter'];
  localLinks?: StoredMeeting['minutes']['localLinks'];
  warnings: string[];
  /** The rest of the analysis as compressed JSON (deflate, base64). */
  analysis: string;
}

/** Drops `meeting` when it is the meeting's own id. */
function dropMeeting<T extends { meeting: string }>(item: T, id: string): WithoutMeeting<T> {
  if (item.meeting !== id) return item;
  const { meeting: _meeting, ...rest } = item;
  return rest;
}

/** Puts `meeting` back where it was: just before the key `before`. */
function restoreMeeting<T extends { meeting: string }>(
  item: WithoutMeeting<T>,
  id: string,
  before: string,
): T {
  if (item.meeting !== undefined) return item as T;
  const restored: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(item)) {
    if (key === before) restored['meeting'] = id;
    restored[key] = value;
  }
  if (!('meeting' in restored)) restored['meeting'] = id;
  return restored as T;
}

const isPlainTag = (tag: TopicTag) => Object.keys(tag).length === 2 && 'id' in tag && 'kind' in tag;

function packSection(section: AnalysedSection, id: string): PackedSection {
  return {
    anchor: section.anchor,
    heading: section.heading,
    headingHtml: section.headingHtml,
    depth: section.depth,
    ...(section.group !== undefined ? { group: section.group } : {}),
    ...(section.groupAnchor !== undefined ? { groupAnchor: section.groupAnchor } : {}),
    ...(section.parent !== undefined ? { parent: section.parent } : {}),
    ...(section.line !== undefined ? { line: section.line } : {}),
    html: section.html,
    bullets: section.bullets,
    topics: section.topics.map((tag) => (isPlainTag(tag) ? [tag.id, tag.kind] : tag)),
    mentionBullets: Object.entries(section.mentionBullets),
    terms: section.terms,
    spelled: section.spelled,
    people: section.people,
    bulletsByPerson: Object.entries(section.bulletsByPerson),
    actions: section.actions.map((action) => dropMeeting(action, id)),
    suggestions: section.suggestions.map((suggestion) => dropMeeting(suggestion, id)),
    decisions: section.decisions,
  };
}

function unpackSection(section: PackedSection, id: string): AnalysedSection {
  return {
    anchor: section.anchor,
    heading: section.heading,
    headingHtml: section.headingHtml,
    depth: section.depth,
    group: section.group,
    groupAnchor: section.groupAnchor,
    parent: section.parent,
    line: section.line,
    html: section.html,
    bullets: section.bullets,
    topics: section.topics.map((tag) => (Array.isArray(tag) ? { id: tag[0], kind: tag[1] } : tag)),
    mentionBullets: Object.fromEntries(section.mentionBullets),
    terms: section.terms,
    headingTerms: termsOf(section.heading),
    spelled: section.spelled,
    people: section.people,
    bulletsByPerson: Object.fromEntries(section.bulletsByPerson),
    actions: section.actions.map((action) => restoreMeeting<ActionItem>(action, id, 'section')),
    suggestions: section.suggestions.map((suggestion) =>
      restoreMeeting<ActionItem>(suggestion, id, 'section'),
    ),
    decisions: section.decisions,
  };
}

/** What the compressed body holds: the analysis without the identity kept beside it. */
type PackedBody = Omit<PackedAnalysis, 'id' | 'file' | 'frontmatter'>;

const compress = (body: PackedBody) => deflateRawSync(JSON.stringify(body)).toString('base64');
const decompress = (text: string) =>
  JSON.parse(inflateRawSync(Buffer.from(text, 'base64')).toString('utf8')) as PackedBody;

export function packMeeting(meeting: StoredMeeting): PackedMeeting {
  const { analysis } = meeting;
  const { id } = analysis;
  return {
    form,
    sourceHash: meeting.sourceHash,
    contextKey: meeting.contextKey,
    id,
    file: analysis.file,
    frontmatter: analysis.frontmatter,
    ...(meeting.minutes.localLinks ? { localLinks: meeting.minutes.localLinks } : {}),
    warnings: meeting.warnings,
    analysis: compress({
      attendees: analysis.attendees.map(({ name, person }) => [name, person]),
      preambleHtml: analysis.preambleHtml,
      footnotesHtml: analysis.footnotesHtml,
      sections: analysis.sections.map((section) => packSection(section, id)),
      topics: analysis.topics,
      decisions: analysis.decisions.map((decision) => dropMeeting(decision, id)),
      unresolved: analysis.unresolved.map((name) => dropMeeting(name, id)),
      spellings: Object.entries(analysis.spellings),
      attachments: analysis.attachments,
    }),
  };
}

function unpackAnalysis(packed: PackedMeeting): MeetingAnalysis {
  const { id, file, frontmatter } = packed;
  const body = decompress(packed.analysis);
  const sections = body.sections.map((section) => unpackSection(section, id));
  return {
    id,
    file,
    frontmatter,
    attendees: body.attendees.map(([name, person]): AttendeeRef => ({ name, person })),
    preambleHtml: body.preambleHtml,
    footnotesHtml: body.footnotesHtml,
    sections,
    topics: body.topics,
    actions: sections.flatMap((section) => section.actions),
    suggestions: sections.flatMap((section) => section.suggestions),
    decisions: body.decisions.map((decision) => restoreMeeting(decision, id, 'section')),
    unresolved: body.unresolved.map((name) => restoreMeeting(name, id, 'reason')),
    spellings: Object.fromEntries(body.spellings),
    attachments: body.attachments,
  };
}

/**
 * The analysis is decompressed when first read: a rebuild reads every stored meeting's identity and
 * hashes, and the analysis only of what it shows or analyses again.
 */
export function unpackMeeting(stored: unknown): StoredMeeting | undefined {
  const packed = stored as PackedMeeting | undefined;
  if (packed?.form !== form || typeof packed.analysis !== 'string') return undefined;
  let analysis: MeetingAnalysis | undefined;
  return {
    sourceHash: packed.sourceHash,
    contextKey: packed.contextKey,
    minutes: {
      id: packed.id,
      file: packed.file,
      format: formatOf(packed.file),
      frontmatter: packed.frontmatter,
      ...(packed.localLinks ? { localLinks: packed.localLinks } : {}),
    },
    warnings: packed.warnings,
    get analysis() {
      return (analysis ??= unpackAnalysis(packed));
    },
  };
}
