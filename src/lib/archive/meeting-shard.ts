import type { Root } from 'mdast';
import { readMinutesFile, type MinutesSource } from '../minutes/load-folder.ts';
import { formatLocation, sortProblems, type ContentProblem } from '../problems.ts';
import type { MinutesFile } from '../types.ts';
import { analyseMeeting, type MeetingAnalysis } from './analyse.ts';
import { parseMinutesFile } from './build.ts';
import { createAnalysisTools, type AnalysisTools, type ArchiveContext } from './context.ts';

/** What checking one file found: the file without its text (the caller has it), or its problems. */
export interface CheckedFile {
  file: string;
  minutes?: Omit<MinutesFile, 'text'>;
  problems: ContentProblem[];
  /** What builds but is shown differently from what was written, as `file:line:column: message`. */
  warnings: string[];
}

/**
 * One thread's share of the files of one content sync: it checks its files, then analyses them
 * from the very trees its check parsed, so each file is parsed once. The trees live only as long
 * as the shard, which one sync creates and drops; nothing is shared between threads or syncs.
 */
export interface MeetingShard {
  check(sources: readonly MinutesSource[]): CheckedFile[];
  /**
   * A file this shard did not check (unchanged, but the context changed, or handed over from a busier
   * shard) is parsed here. Without a context: the context of the call before.
   */
  analyse(context: ArchiveContext | undefined, files: readonly MinutesFile[]): MeetingAnalysis[];
}

function withoutText(minutes: MinutesFile): Omit<MinutesFile, 'text'> {
  const { id, file, format, frontmatter, localLinks } = minutes;
  return { id, file, format, frontmatter, ...(localLinks ? { localLinks } : {}) };
}

export function createMeetingShard(): MeetingShard {
  const trees = new Map<string, Root>();
  let tools: { context: ArchiveContext; tools: AnalysisTools } | undefined;
  return {
    check(sources) {
      return sources.map((source) => {
        const read = readMinutesFile(source.file, source.text);
        if (read.tree && read.minutes) trees.set(source.file, read.tree);
        return {
          file: source.file,
          ...(read.minutes ? { minutes: withoutText(read.minutes) } : {}),
          problems: read.problems,
          warnings: sortProblems(read.warnings).map(
            (warning) => `${formatLocation(warning)}: ${warning.reason}`,
          ),
        };
      });
    },
    analyse(context, files) {
      if (context && tools?.context !== context)
        tools = { context, tools: createAnalysisTools(context) };
      if (!tools) throw new Error('an analysis was asked for before its archive context');
      const made = tools.tools;
      return files.map((file) => {
        const tree = trees.get(file.file) ?? parseMinutesFile(file);
        // Each tree is analysed once; dropping it lets its memory go while the others are analysed.
        trees.delete(file.file);
        try {
          return analyseMeeting(file, tree, made);
        } catch (error) {
          // A failure here is a bug; it still says which file to look at.
          const message = error instanceof Error ? error.message : String(error);
          throw new Error(`${file.file}: ${message}`, { cause: error });
        }
      });
    },
  };
}
