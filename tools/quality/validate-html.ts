import { HtmlValidate, type ConfigData } from 'html-validate';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { DistPage } from './dist-files.ts';

/** One validator error, located so a person can open the page and the line. */
export interface HtmlProblem {
  page: string;
  line: number;
  column: number;
  ruleId: string;
  /** html-validate's severity: 2 is an error, 1 a warning. */
  severity: number;
  message: string;
  selector: string | null;
}

/**
 * The project's html-validate settings (`.htmlvalidate.json` at the repository root), loaded
 * explicitly so a build in /tmp is checked with the same rules as one inside the repository.
 */
export async function loadHtmlValidateConfig(repoRoot: string): Promise<ConfigData> {
  const file = path.join(repoRoot, '.htmlvalidate.json');
  return JSON.parse(await readFile(file, 'utf8')) as ConfigData;
}

export async function validatePages(
  pages: readonly DistPage[],
  config: ConfigData,
): Promise<HtmlProblem[]> {
  const validator = new HtmlValidate(config);
  const problems: HtmlProblem[] = [];
  for (const page of pages) {
    const report = await validator.validateString(await readFile(page.file, 'utf8'), page.file);
    for (const result of report.results) {
      for (const message of result.messages) {
        problems.push({
          page: page.url,
          line: message.line,
          column: message.column,
          ruleId: message.ruleId,
          severity: message.severity,
          message: message.message,
          selector: message.selector,
        });
      }
    }
  }
  return problems;
}

export function formatHtmlProblems(problems: readonly HtmlProblem[]): string {
  return problems
    .map(
      (problem) =>
        `  ${problem.page}:${problem.line}:${problem.column} ${problem.severity === 2 ? 'error' : 'warning'} ${problem.ruleId}: ${problem.message}` +
        (problem.selector ? ` (${problem.selector})` : ''),
    )
    .join('\n');
}
