import type { ActionYear } from './action-groups.ts';
import type {
  ActionItem,
  Decision,
  PersonRecord,
  SiteSettings,
  Suggestion,
  TopicKind,
  TopicRecord,
  TopicTag,
  UnresolvedName,
} from '../types.ts';

/** Points at one section of one meeting. */
export interface SectionRef {
  meeting: string;
  anchor: string;
}

/** Enough of a section to link to it from elsewhere. */
export interface SectionLink extends SectionRef {
  url: string;
  date: string;
  title: string;
  heading: string;
}

export interface TopicNavigation {
  topic: string;
  previous?: SectionLink;
  next?: SectionLink;
}

export interface MeetingSection {
  anchor: string;
  heading: string;
  headingHtml: string;
  /** Heading level in the file: 2 or 3 for a section, 4 for a subsection. */
  depth: number;
  group: string | undefined;
  /**
   * A `####` subsection's parent: the anchor of the section it sits in, which comes before it in
   * `Meeting.sections`. A table of contents nests a section under its parent; search indexes it with
   * its parent, as a sub-result. Undefined for a section of its own.
   */
  parent: string | undefined;
  /** Anchor of the group heading, when the section sits under one. */
  groupAnchor?: string | undefined;
  /** 1-based line of the heading in the source file. */
  line: number | undefined;
  html: string;
  /** Every bullet's own text, for excerpts on timelines and for checks. */
  bullets: string[];
  topics: TopicTag[];
  /** Ids of people named in the section. */
  people: string[];
  /** For each person named in a bullet: the texts of those bullets (what they reported or were asked). */
  bulletsByPerson: Record<string, string[]>;
  actions: ActionItem[];
  /** "Ada suggested …": shown apart from the commitments. */
  suggestions: Suggestion[];
  decisions: string[];
  topicNavigation: TopicNavigation[];
}

export interface AttendeeRef {
  /** As written in the minutes. */
  name: string;
  person: string | null;
}

export interface MeetingLink {
  id: string;
  url: string;
  title: string;
  date: string;
}

export interface Meeting {
  id: string;
  file: string;
  url: string;
  title: string;
  date: string;
  year: number;
  /** 1–12. */
  month: number;
  series: string;
  source: string | undefined;
  /** `source` as a link: itself when it is a URL, else undefined. */
  sourceUrl: string | undefined;
  attendees: AttendeeRef[];
  preambleHtml: string;
  /** The footnotes of the whole file (wherever they were defined), shown after the sections. */
  footnotesHtml: string;
  /** Sections in file order; a subsection follows its parent (see `MeetingSection.parent`). */
  sections: MeetingSection[];
  /** Ids of every topic discussed, primary ones first. */
  topics: string[];
  /** Neighbours within the same series. */
  previous: MeetingLink | undefined;
  next: MeetingLink | undefined;
}

export interface TopicEntry extends SectionLink {
  kind: TopicKind;
  /** Set when the archive's term evidence, not a spelling, tagged the section (see `TopicTag.terms`). */
  terms?: string[];
  bullets: string[];
  decisions: string[];
}

export interface CountedId {
  id: string;
  count: number;
}

export interface Topic extends TopicRecord {
  url: string;
  /** Every section about the topic, oldest first. */
  entries: TopicEntry[];
  meetingCount: number;
  firstDate: string | undefined;
  lastDate: string | undefined;
  /** Meetings per month, `YYYY-MM` → count, covering the archive's whole span. */
  activity: MonthCount[];
  people: CountedId[];
  decisions: Decision[];
}

export interface MonthCount {
  month: string;
  count: number;
}

/** One month of a person's activity chart. */
export interface PersonMonth extends MonthCount {
  /** Meetings that month whose attendee list names the person. */
  attended: number;
  /** False when none of the month's meetings has an attendee list: attendance is unknown, not zero. */
  listed: boolean;
}

export interface PersonMention extends SectionLink {
  /** The bullets of the section that name the person. */
  bullets: string[];
  /** Ids of the section's topics, so a person's history can be narrowed to one of them. */
  topics: string[];
}

export interface Person extends PersonRecord {
  /** Null when the person has no page (`page: false`). */
  url: string | null;
  /** Spellings the minutes used for this person. */
  spellings: string[];
  /** Meetings whose attendee list names the person, oldest first: attendance only comes from lists. */
  attended: string[];
  /** Meetings whose text names the person (a section or an action item), oldest first. */
  namedIn: string[];
  /** First and last meeting the person appears in at all: on the attendee list or in the text. */
  firstSeen: string | undefined;
  lastSeen: string | undefined;
  /**
   * Per month of the archive: `count` meetings the person appears in at all, `attended` those whose
   * list names them, `listed` whether any meeting that month had a list.
   */
  activity: PersonMonth[];
  mentions: PersonMention[];
  actions: ActionItem[];
  topics: CountedId[];
}

export interface ContentReport {
  meetings: number;
  drafts: number;
  sections: number;
  people: number;
  generatedPeople: string[];
  topics: number;
  unresolved: UnresolvedName[];
  sectionsWithoutTopic: SectionRef[];
}

export interface Archive {
  site: SiteSettings;
  base: string;
  /** Oldest first. */
  meetings: Meeting[];
  meetingsById: Map<string, Meeting>;
  people: Person[];
  peopleById: Map<string, Person>;
  topics: Topic[];
  topicsById: Map<string, Topic>;
  /** Newest first. */
  actions: ActionItem[];
  /** The actions by year and meeting, newest first: one actions page per year. */
  actionYears: ActionYear[];
  /** Owners by number of action items. */
  actionOwners: CountedId[];
  /** Newest first. */
  decisions: Decision[];
  /** Newest first. */
  suggestions: Suggestion[];
  unresolved: UnresolvedName[];
  /** Local files the minutes link to (paths relative to the minutes folder), published under `files/`. */
  attachments: string[];
  report: ContentReport;
}
