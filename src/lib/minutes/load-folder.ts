import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { LineCounter, parseDocument } from 'yaml';
import { minutesFrontmatterSchema } from '../schema/minutes.ts';
import type { ContentProblem, MinutesFile } from '../types.ts';
import { lineOfPath } from '../yaml-lines.ts';
import { formatIssue } from '../zod-issues.ts';
import { findUnsupportedMdx, parseMinutesSource, type MinutesFormat } from './parse.ts';
import { findPageNameProblems } from './page-names.ts';
import { rememberTree } from './tree-cache.ts';
import { defuseUnsafeUrls, describeUnsafeUrl } from './url-safety.ts';
import { findLocalLinks } from './attachments.ts';

export interface LoadedMinutes {
  files: MinutesFile[];
  problems: ContentProblem[];
  /** What is built but shown differently from what was written (unsafe links shown as text). */
  warnings: ContentProblem[];
}

const frontmatterHint =
  'A minutes file starts with a `---` block holding at least title, date (YYYY-MM-DD) and series.';

/**
 * Reads and checks one minutes file. Every problem is collected (frontmatter and body alike), so one
 * run tells an author everything that is wrong with the file.
 */
export function readMinutesFile(
  file: string,
  text: string,
): { minutes?: MinutesFile; problems: ContentProblem[]; warnings: ContentProblem[] } {
  const format: MinutesFormat = file.endsWith('.mdx') ? 'mdx' : 'md';
  const problems: ContentProblem[] = [];
  const warnings: ContentProblem[] = [];
  const at = (line?: number, column?: number) => ({
    file,
    ...(line === undefined ? {} : { line }),
    ...(column === undefined ? {} : { column }),
  });

  const parsed = parseMinutesSource(text, format);
  if (!parsed.ok) {
    // Without a tree there is nothing more to check reliably; the syntax error is what to fix first.
    problems.push({
      ...at(parsed.issue.line, parsed.issue.column),
      message: parsed.issue.message,
      ...(parsed.issue.hint ? { hint: parsed.issue.hint } : {}),
    });
    return { problems, warnings };
  }
  const tree = parsed.tree;
  for (const unsafe of defuseUnsafeUrls(tree)) {
    warnings.push({ ...at(unsafe.line, unsafe.column), message: describeUnsafeUrl(unsafe) });
  }
  for (const issue of findUnsupportedMdx(tree)) {
    problems.push({
      ...at(issue.line, issue.column),
      message: issue.message,
      ...(issue.hint ? { hint: issue.hint } : {}),
    });
  }

  const yamlNode = tree.children[0]?.type === 'yaml' ? tree.children[0] : undefined;
  if (!yamlNode?.position) {
    problems.push({ ...at(1), message: 'no frontmatter', hint: frontmatterHint });
    return { problems, warnings };
  }
  // The YAML value starts on the line after the opening `---`.
  const yamlFirstLine = yamlNode.position.start.line + 1;
  const lineCounter = new LineCounter();
  const doc = parseDocument(yamlNode.value, { lineCounter, prettyErrors: false });
  if (doc.errors.length > 0) {
    for (const error of doc.errors) {
      const pos = lineCounter.linePos(error.pos[0]);
      problems.push({
        ...at(yamlFirstLine + pos.line - 1, pos.col),
        message: `unparseable frontmatter: ${error.message.split('\n')[0] ?? error.code}`,
        hint: frontmatterHint,
      });
    }
    return { problems, warnings };
  }
  const data: unknown = doc.toJS();
  if (data === null || typeof data !== 'object' || Array.isArray(data)) {
    problems.push({
      ...at(yamlFirstLine),
      message: 'frontmatter is not a mapping of fields',
      hint: frontmatterHint,
    });
    return { problems, warnings };
  }
  const result = minutesFrontmatterSchema.safeParse(data);
  if (!result.success) {
    for (const issue of result.error.issues) {
      const line = lineOfPath(doc, lineCounter, issue.path);
      problems.push({
        ...at(line === undefined ? yamlNode.position.start.line : yamlFirstLine + line - 1),
        message: formatIssue(issue, data),
      });
    }
  }
  if (!result.success || problems.length > 0) return { problems, warnings };

  const { source, ...rest } = result.data;
  const frontmatter = source === undefined ? rest : { ...rest, source };
  const body = text.slice(yamlNode.position.end.offset ?? 0);
  rememberTree(file, body, tree);
  return {
    minutes: {
      id: path.basename(file).replace(/\.mdx?$/, ''),
      file,
      format,
      frontmatter,
      body,
      bodyStartLine: yamlNode.position.end.line,
      localLinks: findLocalLinks(tree),
    },
    problems,
    warnings,
  };
}

async function listMinutesFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  return entries
    .filter((entry) => entry.isFile() && /\.mdx?$/.test(entry.name))
    .map((entry) => path.join(entry.parentPath, entry.name))
    .sort();
}

/**
 * Loads every minutes file of `<contentDir>/minutes`. Nothing stops at the first bad file: the result
 * carries all files that are fine and every problem of those that are not, plus clashes between files.
 */
export async function loadMinutesFolder(contentDir: string): Promise<LoadedMinutes> {
  const dir = path.join(contentDir, 'minutes');
  const relative = (absolute: string) => path.relative(contentDir, absolute);
  let paths: string[];
  try {
    paths = await listMinutesFiles(dir);
  } catch (error) {
    const reason =
      (error as NodeJS.ErrnoException).code === 'ENOENT' ? 'folder not found' : String(error);
    return {
      files: [],
      problems: [
        { file: relative(dir) || dir, message: `cannot read the minutes folder: ${reason}` },
      ],
      warnings: [],
    };
  }
  if (paths.length === 0) {
    return {
      files: [],
      problems: [
        {
          file: relative(dir),
          message: 'no minutes found (.md or .mdx files)',
          hint: 'Add a meeting with `npm run new` or `npm run import`.',
        },
      ],
      warnings: [],
    };
  }

  const files: MinutesFile[] = [];
  const problems: ContentProblem[] = [];
  const warnings: ContentProblem[] = [];
  const texts = await Promise.all(paths.map((absolute) => readFile(absolute, 'utf8')));
  paths.forEach((absolute, index) => {
    const result = readMinutesFile(relative(absolute), texts[index] ?? '');
    problems.push(...result.problems);
    warnings.push(...result.warnings);
    if (result.minutes) files.push(result.minutes);
  });
  problems.push(...findClashes(files), ...findPageNameProblems(files));
  return { files, problems, warnings };
}

/** Two files for one id or for one (date, series) would be two pages for one meeting, or one page hiding another. */
export function findClashes(files: readonly MinutesFile[]): ContentProblem[] {
  const problems: ContentProblem[] = [];
  const report = (key: (file: MinutesFile) => string, describe: (file: MinutesFile) => string) => {
    const seen = new Map<string, MinutesFile>();
    for (const file of files) {
      const first = seen.get(key(file));
      if (first) {
        problems.push({
          file: file.file,
          message: `${describe(file)} is also used by ${first.file}`,
          hint: 'Merge the two files or correct one of them.',
        });
      } else {
        seen.set(key(file), file);
      }
    }
  };
  report(
    (file) => file.id,
    (file) => `the id "${file.id}"`,
  );
  report(
    (file) => `${file.frontmatter.date}\u0000${file.frontmatter.series.toLowerCase()}`,
    (file) => `the meeting of ${file.frontmatter.date} in series "${file.frontmatter.series}"`,
  );
  return problems;
}
