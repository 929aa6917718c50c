import type { ContentProblem } from './types.ts';
import { UserError } from './user-error.ts';

/** `minutes/x.mdx:12:3` — the shape editors and terminals turn into a jump-to link. */
export function formatLocation(problem: Pick<ContentProblem, 'file' | 'line' | 'column'>): string {
  if (problem.line === undefined) return problem.file;
  return problem.column === undefined
    ? `${problem.file}:${problem.line}`
    : `${problem.file}:${problem.line}:${problem.column}`;
}

export function formatProblem(problem: ContentProblem): string {
  const hint = problem.hint ? `\n    hint: ${problem.hint}` : '';
  return `  ${formatLocation(problem)}: ${problem.message}${hint}`;
}

/** Sorted by file then line, so a report reads top to bottom like the content folder. */
export function sortProblems(problems: readonly ContentProblem[]): ContentProblem[] {
  return [...problems].sort(
    (a, b) => a.file.localeCompare(b.file) || (a.line ?? 0) - (b.line ?? 0),
  );
}

/**
 * Thrown when content cannot be built; its message lists every problem, grouped by file, and is all
 * Astro prints (no stack trace into the loader).
 */
export class ContentError extends UserError {
  readonly problems: ContentProblem[];

  constructor(problems: readonly ContentProblem[]) {
    const sorted = sortProblems(problems);
    const files = new Set(sorted.map((problem) => problem.file)).size;
    super(
      `Minutebook found ${sorted.length} problem${sorted.length === 1 ? '' : 's'} in ${files} file${
        files === 1 ? '' : 's'
      }:\n${sorted.map(formatProblem).join('\n')}`,
    );
    this.name = 'ContentError';
    this.problems = sorted;
  }
}
