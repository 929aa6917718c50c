import { createHash } from 'node:crypto';
import path from 'node:path';
import type { Root } from 'mdast';
import {
  findClashes,
  minutesId,
  readMinutesFile,
  readMinutesSources,
} from '../minutes/load-folder.ts';
import { applyDefaults, checkLocalLinks } from '../content-folder.ts';
import { findUnknownTopicIds } from '../minutes/frontmatter-topics.ts';
import { findPageNameProblems } from '../minutes/page-names.ts';
import { formatOf } from '../minutes/processor.ts';
import { formatLocation, sortProblems, type ContentProblem } from '../problems.ts';
import { loadPeopleRegistry, loadSiteSettings, loadTopicsRegistry } from '../registries.ts';
import type { MinutesFile } from '../types.ts';
import { analyseMeeting, type MeetingAnalysis } from './analyse.ts';
import { parseMinutesFile } from './build.ts';
import {
  contextKey,
  createAnalysisTools,
  createArchiveContext,
  isPublished,
  type ArchiveContext,
} from './context.ts';

/** One meeting as the content loader keeps it between builds. */
export interface StoredMeeting {
  /** Hash of the file's text: an unchanged file is neither parsed nor checked again. */
  sourceHash: string;
  /** Key of the context the analysis was made in (see `contextKey`). */
  contextKey: string;
  minutes: Omit<MinutesFile, 'text'>;
  /** What builds but is shown differently from what was written, as `file:line:column: message`. */
  warnings: string[];
  analysis: MeetingAnalysis;
}

export interface SyncInput {
  /** The content folder. */
  dir: string;
  base: string;
  includeDrafts: boolean;
  /** Changes with Minutebook's code, so an upgrade never reuses an analysis made by older rules. */
  codeVersion: string;
  /** What the previous build kept for a meeting id, if anything. */
  previous: (id: string) => StoredMeeting | undefined;
}

export interface SyncResult {
  problems: ContentProblem[];
  context: ArchiveContext | undefined;
  /** Every published meeting, analysed now or kept from before. */
  meetings: StoredMeeting[];
  /** Drafts left out of this build. */
  drafts: number;
  /** Ids of the meetings analysed by this run (the others were reused). */
  analysed: string[];
  /** Every stored meeting's warnings, printed by every build. */
  warnings: string[];
  /** Which defaults stood in for a missing file (no topics.yaml, no site.yaml). */
  notes: string[];
}

export function hashText(text: string): string {
  return createHash('sha256').update(text).digest('base64url');
}

/**
 * Reads and checks the whole content folder and brings every meeting's analysis up to date: a file
 * is parsed only when its text changed, and analysed only when its text or the archive context
 * changed. The result is what a build needs; nothing is kept anywhere but in what it returns.
 */
export async function syncContent(input: SyncInput): Promise<SyncResult> {
  const relative = (name: string) => path.join(input.dir, name);
  const [read, people, topics, site] = await Promise.all([
    readMinutesSources(input.dir),
    loadPeopleRegistry(relative('people.yaml')),
    loadTopicsRegistry(relative('topics.yaml')),
    loadSiteSettings(relative('site.yaml')),
  ]);
  const problems = [...read.problems, ...people.problems, ...topics.problems, ...site.problems];

  interface Current {
    minutes: MinutesFile;
    hash: string;
    tree: Root | undefined;
    kept: StoredMeeting | undefined;
    warnings: string[];
  }
  const current: Current[] = [];
  for (const source of read.sources) {
    const hash = hashText(source.text);
    const kept = input.previous(minutesId(source.file));
    if (kept && kept.sourceHash === hash && kept.minutes.file === source.file) {
      current.push({
        minutes: { ...kept.minutes, text: source.text },
        hash,
        tree: undefined,
        kept,
        warnings: kept.warnings,
      });
      continue;
    }
    const result = readMinutesFile(source.file, source.text);
    problems.push(...result.problems);
    if (result.minutes)
      current.push({
        minutes: result.minutes,
        hash,
        tree: result.tree,
        kept: undefined,
        warnings: sortProblems(result.warnings).map(
          (warning) => `${formatLocation(warning)}: ${warning.reason}`,
        ),
      });
  }
  const identities = current.map(({ minutes }) => minutes);
  problems.push(
    ...findClashes(identities),
    ...findPageNameProblems(identities),
    ...(await checkLocalLinks(input.dir, identities)),
  );
  const published = current.filter(({ minutes }) => isPublished(minutes, input.includeDrafts));
  const drafts = current.length - published.length;
  const defaults = await applyDefaults(
    input.dir,
    current.map(({ minutes }) => minutes),
    topics.value,
    site.value,
  );
  problems.push(
    ...findUnknownTopicIds(
      current.map(({ minutes }) => minutes),
      new Set(defaults.topics.map((topic) => topic.id)),
    ),
  );
  if (problems.length > 0)
    return {
      problems,
      context: undefined,
      meetings: [],
      drafts,
      analysed: [],
      warnings: [],
      notes: [],
    };

  const context = createArchiveContext({
    minutes: current.map(({ minutes }) => minutes),
    people: people.value,
    topics: defaults.topics,
    site: site.value,
    base: input.base,
    includeDrafts: input.includeDrafts,
  });
  const key = contextKey(context, input.codeVersion);
  let tools: ReturnType<typeof createAnalysisTools> | undefined;
  const analysed: string[] = [];
  const meetings = published.map(({ minutes, hash, tree, kept, warnings }): StoredMeeting => {
    if (kept && kept.contextKey === key) return kept;
    tools ??= createAnalysisTools(context);
    analysed.push(minutes.id);
    return {
      sourceHash: hash,
      contextKey: key,
      minutes: {
        id: minutes.id,
        file: minutes.file,
        format: formatOf(minutes.file),
        frontmatter: minutes.frontmatter,
        ...(minutes.localLinks ? { localLinks: minutes.localLinks } : {}),
      },
      warnings,
      analysis: analyseMeeting(minutes, tree ?? parseMinutesFile(minutes), tools),
    };
  });
  return {
    problems: [],
    context,
    meetings,
    drafts,
    analysed,
    warnings: [
      ...read.warnings.map((warning) => `${formatLocation(warning)}: ${warning.reason}`),
      ...current.flatMap((entry) => entry.warnings),
    ],
    notes: defaults.notes,
  };
}
