import type { MinutesSource } from '../minutes/load-folder.ts';
import { createProblem, type ContentProblem } from '../problems.ts';
import type { MinutesFile } from '../types.ts';
import type { MeetingAnalysis } from './analyse.ts';
import type { ArchiveContext } from './context.ts';
import type { CheckedFile, MeetingShard } from './meeting-shard.ts';

/**
 * What the main thread asks a shard's worker to do. An analysis without a context is in the context
 * of the one before it: a sync sends its context with its first batch only.
 */
export type ShardWork =
  | { kind: 'check'; sources: readonly MinutesSource[] }
  | { kind: 'analyse'; context?: ArchiveContext; files: readonly MinutesFile[] };

export type ShardRequest = ShardWork & { id: number };

/**
 * A problem as plain data: a structured clone of a VFileMessage (an Error) keeps its message only,
 * and the file and line are what a problem report is for.
 */
export interface ProblemData {
  file: string;
  reason: string;
  line: number | undefined;
  column: number | undefined;
  note: string | undefined;
  fatal: boolean;
}

export type CheckedFileData = Omit<CheckedFile, 'problems'> & { problems: ProblemData[] };

export type ShardReply =
  | { id: number; checked: CheckedFileData[] }
  | { id: number; analysed: MeetingAnalysis[] }
  | { id: number; error: string };

export function toProblemData(problem: ContentProblem): ProblemData {
  return {
    file: problem.file ?? '',
    reason: problem.reason,
    line: problem.line,
    column: problem.column,
    note: problem.note,
    fatal: problem.fatal !== false,
  };
}

export function fromProblemData(data: ProblemData): ContentProblem {
  return createProblem(data.file, data.reason, {
    line: data.line,
    column: data.column,
    hint: data.note,
    warning: !data.fatal,
  });
}

/** Runs a request on the worker's shard; an exception (a bug) comes back as its message. */
export function toShardReply(shard: MeetingShard, request: ShardRequest): ShardReply {
  try {
    if (request.kind === 'check')
      return {
        id: request.id,
        checked: shard
          .check(request.sources)
          .map((checked) => ({ ...checked, problems: checked.problems.map(toProblemData) })),
      };
    return { id: request.id, analysed: shard.analyse(request.context, request.files) };
  } catch (error) {
    return { id: request.id, error: error instanceof Error ? error.message : String(error) };
  }
}
