import { createHash } from 'node:crypto';
import path from 'node:path';
import {
  findClashes,
  minutesId,
  readMinutesSources,
  type MinutesSource,
} from '../minutes/load-folder.ts';
import { applyDefaults, checkLocalLinks } from '../content-folder.ts';
import { findUnknownTopicIds } from '../minutes/frontmatter-topics.ts';
import { findPageNameProblems } from '../minutes/page-names.ts';
import { formatOf } from '../minutes/processor.ts';
import { formatLocation, type ContentProblem } from '../problems.ts';
import { loadPeopleRegistry, loadSiteSettings, loadTopicsRegistry } from '../registries.ts';
import type { MinutesFile } from '../types.ts';
import type { MeetingAnalysis } from './analyse.ts';
import { contextKey, createArchiveContext, isPublished, type ArchiveContext } from './context.ts';
import { localShard, threadsFor, workerShard, type ShardHandle } from './meeting-pool.ts';
import { shareOut } from './share-out.ts';

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
  /** Threads to check and analyse in (default: one per core, when there is enough to do). */
  threads?: number;
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

function hashText(text: string): string {
  return createHash('sha256').update(text).digest('base64url');
}

/**
 * Reads and checks the whole content folder and brings every meeting's analysis up to date: a file
 * is parsed only when its text changed, and analysed only when its text or the archive context
 * changed. The result is what a build needs; nothing is kept anywhere but in what it returns.
 */
export async function syncContent(input: SyncInput): Promise<SyncResult> {
  const shards: ShardHandle[] = [localShard()];
  try {
    return await syncWith(input, shards);
  } finally {
    await Promise.all(shards.map((shard) => shard.close()));
  }
}

/** Adds worker shards until there are enough threads for `files` files. */
function growShards(shards: ShardHandle[], input: SyncInput, files: number): void {
  const wanted = input.threads ?? threadsFor(files);
  while (shards.length < wanted) shards.push(workerShard());
}

async function syncWith(input: SyncInput, shards: ShardHandle[]): Promise<SyncResult> {
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
    kept: StoredMeeting | undefined;
    warnings: string[];
    /** The shard that checked the file and holds its tree. */
    shard: ShardHandle | undefined;
  }
  const current: Current[] = [];
  const changed: MinutesSource[] = [];
  const hashes = new Map<string, string>();
  for (const source of read.sources) {
    const hash = hashText(source.text);
    hashes.set(source.file, hash);
    const kept = input.previous(minutesId(source.file));
    if (kept && kept.sourceHash === hash && kept.minutes.file === source.file) {
      current.push({
        minutes: { ...kept.minutes, text: source.text },
        hash,
        kept,
        warnings: kept.warnings,
        shard: undefined,
      });
    } else changed.push(source);
  }
  // Each changed file is checked by one shard, which keeps its tree for the analysis.
  growShards(shards, input, changed.length);
  const checked = await shareOut(
    shards,
    changed.map((source) => ({ item: source })),
    (shard, sources) => shard.check(sources),
  );
  checked.forEach(({ result: file, lane: shard }, at) => {
    problems.push(...file.problems);
    const source = changed[at]!;
    if (file.minutes)
      current.push({
        minutes: { ...file.minutes, text: source.text },
        hash: hashes.get(source.file) ?? hashText(source.text),
        kept: undefined,
        warnings: file.warnings,
        shard,
      });
  });
  // In the order the files were read, as before: the context and every report depend on it.
  const readOrder = new Map(read.sources.map((source, index) => [source.file, index]));
  current.sort((a, b) => readOrder.get(a.minutes.file)! - readOrder.get(b.minutes.file)!);

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
  const stale = published.filter(({ kept }) => !(kept && kept.contextKey === key));
  const analyses = await analyseOnShards(shards, input, context, stale);
  const analysed = stale.map(({ minutes }) => minutes.id);
  const meetings = published.map(({ minutes, hash, kept, warnings }): StoredMeeting => {
    const analysis = analyses.get(minutes.id);
    if (!analysis) return kept!;
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
      analysis,
    };
  });
  const fellBack = shards.flatMap((shard) => shard.fellBack() ?? []);
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
    notes: [
      ...defaults.notes,
      ...fellBack
        .slice(0, 1)
        .map((reason) => `analysed in the main thread, a worker thread failed: ${reason}`),
    ],
  };
}

/**
 * Analyses each file on the shard that checked it (and holds its tree) where it can; a file kept from
 * before but due again, because the context changed, goes to whichever shard is free first.
 */
async function analyseOnShards(
  shards: ShardHandle[],
  input: SyncInput,
  context: ArchiveContext,
  stale: ReadonlyArray<{ minutes: MinutesFile; shard: ShardHandle | undefined }>,
): Promise<Map<string, MeetingAnalysis>> {
  growShards(shards, input, stale.filter(({ shard }) => !shard).length);
  const analysed = await shareOut(
    shards,
    stale.map(({ minutes, shard }) => ({ item: minutes, owner: shard })),
    (shard, files) => shard.analyse(context, files),
  );
  return new Map(analysed.map(({ result }) => [result.id, result]));
}
