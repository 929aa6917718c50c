/**
 * The archive model shared by the loaders, the cross-linking layer and the pages.
 * Everything here is plain data: no Astro imports, so Vitest and the CLI scripts use it directly.
 */

import type { z } from 'zod';
import type { minutesFrontmatterSchema } from './schema/minutes.ts';
import type { personSchema } from './schema/people.ts';
import type { siteSchema } from './schema/site.ts';
import type { topicSchema } from './schema/topics.ts';

export type { ContentProblem } from './problems.ts';

// The shapes of what the content folder holds are the output types of their zod schemas, so a field
// documented and defaulted in a schema cannot drift from the type the rest of the code reads.

/** Validated frontmatter of one minutes file (see `src/lib/schema/minutes.ts`). */
export type MinutesFrontmatter = z.output<typeof minutesFrontmatterSchema>;

/** One minutes file as loaded from the content folder, before cross-linking. */
export interface MinutesFile {
  /** Stable id: the file name without extension, e.g. `2024-11-27-svsm-development-call`. */
  id: string;
  /** Path relative to the content folder, e.g. `minutes/2024-11-27-svsm-development-call.mdx`. */
  file: string;
  format: 'md' | 'mdx';
  frontmatter: MinutesFrontmatter;
  /** The whole file, frontmatter included, so every position in it is a line of the file. */
  text: string;
  /** Links to local files (slides, images) with their file line, found by the loader to check they exist. */
  localLinks?: { url: string; line: number | undefined }[];
}

/** One entry of `people.yaml`, as its schema leaves it (see `src/lib/schema/people.ts`). */
export type PersonRecord = z.output<typeof personSchema>;

/** One entry of `topics.yaml`, as its schema leaves it (see `src/lib/schema/topics.ts`). */
export type TopicRecord = z.output<typeof topicSchema>;

/** Settings that belong to a content folder: `site.yaml` (see `src/lib/schema/site.ts`). */
export type SiteSettings = z.output<typeof siteSchema>;

export type TopicKind = 'primary' | 'mention';

export interface TopicTag {
  id: string;
  kind: TopicKind;
  /**
   * Set when no spelling of the topic is in the section and the archive's evidence tagged it: the
   * section's terms that characterise the topic's discussions elsewhere, strongest first.
   */
  terms?: string[];
}

export interface ActionItem {
  /** Resolved person id, or null when nobody (or nobody unambiguous) owns it. */
  owner: string | null;
  /** Every resolved owner when several were named ("Mei and Carlos will …"), the first being `owner`. */
  owners: string[];
  /** The owner as written, when one was named. */
  ownerName?: string;
  /** A commitment of the whole group ("The team will …"): nobody in particular owns it. */
  group?: true;
  text: string;
  meeting: string;
  section: string;
  /** Line of the bullet in the minutes file. */
  line?: number;
  /**
   * What happened next: later sections naming the same owner on the same topic (or sharing its key
   * terms), at most three, oldest first. Filled in when the archive is assembled.
   */
  next?: FollowUp[];
}

/** A later section a commitment leads to (see `src/lib/archive/follow-ups.ts`). */
export interface FollowUp {
  meeting: string;
  anchor: string;
  url: string;
  date: string;
  title: string;
  heading: string;
}

/** "Ada suggested …": proposed, not taken on; shown apart from commitments. Same shape. */
export type Suggestion = ActionItem;

export interface Decision {
  text: string;
  meeting: string;
  section: string;
  /** Line of the bullet in the minutes file. */
  line?: number;
}

export interface UnresolvedName {
  name: string;
  meeting: string;
  /** `not-a-name`: an attendee entry that is a sentence, URL or heading; it never becomes a person. */
  reason: 'ambiguous' | 'unknown' | 'not-a-name';
  /** For ambiguous names: the person ids it could be. */
  candidates?: string[];
  /** For `not-a-name`: why, e.g. "it is a sentence". */
  why?: string;
}
