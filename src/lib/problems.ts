import { VFileMessage } from 'vfile-message';
import { UserError } from './user-error.ts';

/**
 * A problem found in the content: a positioned vfile message, the unified convention, so the parser's
 * own errors, the frontmatter and registry checks and the importer's notes all have one shape.
 * - `file`: the offending file, relative to the content folder when possible;
 * - `line`, `column`: 1-based, when known (`place`);
 * - `message` (= `reason`): what is wrong, quoting the bad value where there is one;
 * - `note`: how to fix it, when there is an obvious fix.
 */
export type ContentProblem = VFileMessage;

export interface ProblemPlace {
  line?: number | undefined;
  column?: number | undefined;
  /** How to fix it. */
  hint?: string | undefined;
  /** A warning is reported but does not stop anything (the importer's notes). */
  warning?: boolean;
}

export function createProblem(
  file: string,
  reason: string,
  place: ProblemPlace = {},
): ContentProblem {
  const point =
    place.line === undefined ? undefined : { line: place.line, column: place.column ?? 1 };
  const problem = new VFileMessage(reason, point ? { place: point } : {});
  problem.file = file;
  // A line without a column is a line, not column 1 of it.
  if (place.column === undefined) problem.column = undefined;
  if (place.hint !== undefined) problem.note = place.hint;
  problem.fatal = !place.warning;
  return problem;
}

/** `minutes/x.mdx:12:3` — the shape editors and terminals turn into a jump-to link. */
export function formatLocation(problem: Pick<ContentProblem, 'file' | 'line' | 'column'>): string {
  const file = problem.file ?? '';
  if (problem.line === undefined) return file;
  return problem.column === undefined
    ? `${file}:${problem.line}`
    : `${file}:${problem.line}:${problem.column}`;
}

function formatProblem(problem: ContentProblem): string {
  const hint = problem.note ? `\n    hint: ${problem.note}` : '';
  return `  ${formatLocation(problem)}: ${problem.reason}${hint}`;
}

/** Sorted by file then line, so a report reads top to bottom like the content folder. */
export function sortProblems(problems: readonly ContentProblem[]): ContentProblem[] {
  return [...problems].sort(
    (a, b) => (a.file ?? '').localeCompare(b.file ?? '') || (a.line ?? 0) - (b.line ?? 0),
  );
}

/** The one report of content problems: every problem, grouped by file, for a build or a CLI. */
export function formatProblems(problems: readonly ContentProblem[]): string {
  const sorted = sortProblems(problems);
  const files = new Set(sorted.map((problem) => problem.file)).size;
  return `Minutebook found ${sorted.length} problem${sorted.length === 1 ? '' : 's'} in ${files} file${
    files === 1 ? '' : 's'
  }:\n${sorted.map(formatProblem).join('\n')}`;
}

/**
 * Thrown when content cannot be built; its message is the report of every problem, and is all Astro
 * prints (no stack trace into the loader).
 */
export class ContentError extends UserError {
  readonly problems: ContentProblem[];

  constructor(problems: readonly ContentProblem[]) {
    super(formatProblems(problems));
    this.name = 'ContentError';
    this.problems = sortProblems(problems);
  }
}
