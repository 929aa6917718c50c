import { readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import type { Root } from 'mdast';
import { createProblem, type ContentProblem } from '../problems.ts';
import { minutesFrontmatterSchema } from '../schema/minutes.ts';
import type { MinutesFile } from '../types.ts';
import { lineOfPath, parseYaml } from '../yaml-lines.ts';
import { formatIssue } from '../zod-issues.ts';
import { findUnsupportedMdx, parseThroughSyntaxErrors } from './parse.ts';
import { findLocalLinks } from './attachments.ts';
import { findPageNameProblems } from './page-names.ts';
import { formatOf, minutesFilePattern } from './processor.ts';
import { listFiles } from '../files/list-files.ts';
import { decodeText } from '../text/decode-text.ts';
import { defuseUnsafeUrls, describeUnsafeUrl } from './url-safety.ts';

export interface LoadedMinutes {
  files: MinutesFile[];
  problems: ContentProblem[];
  /** What is built but shown differently from what was written (unsafe links shown as text). */
  warnings: ContentProblem[];
}

export interface ReadMinutes {
  minutes?: MinutesFile;
  /** The parsed file (frontmatter included, positions are file positions), for the analysis. */
  tree?: Root;
  problems: ContentProblem[];
  warnings: ContentProblem[];
}

const frontmatterHint =
  'A minutes file starts with a `---` block holding at least title, date (YYYY-MM-DD) and series.';

/**
 * Reads and checks one minutes file. Every problem is collected (frontmatter and body alike), so one
 * run tells an author everything that is wrong with the file.
 */
export function readMinutesFile(file: string, text: string): ReadMinutes {
  const format = formatOf(file);
  // Every syntax error is reported, and the rest of the file is still checked.
  const parsed = parseThroughSyntaxErrors(text, format, { file });
  if (!parsed.tree) return { problems: parsed.problems, warnings: [] };
  const tree = parsed.tree;
  const warnings = defuseUnsafeUrls(tree).map((unsafe) =>
    createProblem(file, describeUnsafeUrl(unsafe), {
      line: unsafe.line,
      column: unsafe.column,
      warning: true,
    }),
  );
  const problems = [...parsed.problems, ...findUnsupportedMdx(tree, { file })];

  const yamlNode = tree.children[0]?.type === 'yaml' ? tree.children[0] : undefined;
  if (!yamlNode?.position) {
    problems.push(createProblem(file, 'no frontmatter', { line: 1, hint: frontmatterHint }));
    return { problems, warnings };
  }
  // The YAML value starts on the line after the opening `---`.
  const yamlFirstLine = yamlNode.position.start.line + 1;
  const yaml = parseYaml(yamlNode.value, {
    file,
    firstLine: yamlFirstLine,
    label: 'unparseable frontmatter',
    hint: frontmatterHint,
  });
  if (yaml.problems.length > 0) return { problems: [...problems, ...yaml.problems], warnings };
  const data = yaml.data;
  if (data === null || typeof data !== 'object' || Array.isArray(data)) {
    problems.push(
      createProblem(file, 'frontmatter is not a mapping of fields', {
        line: yamlFirstLine,
        hint: frontmatterHint,
      }),
    );
    return { problems, warnings };
  }
  const result = minutesFrontmatterSchema.safeParse(data);
  if (!result.success) {
    for (const issue of result.error.issues) {
      // An unknown field is reported on its own line, not on the mapping that holds it.
      const at =
        issue.code === 'unrecognized_keys' ? [...issue.path, issue.keys[0] ?? ''] : issue.path;
      const line = lineOfPath(yaml.doc, yaml.lines, at);
      problems.push(
        createProblem(file, formatIssue(issue, data), {
          line: line === undefined ? yamlNode.position.start.line : yamlFirstLine + line - 1,
        }),
      );
    }
  }
  if (!result.success || problems.length > 0) return { problems, warnings };

  const { source, ...rest } = result.data;
  const frontmatter = source === undefined ? rest : { ...rest, source };
  return {
    minutes: {
      id: minutesId(file),
      file,
      format,
      frontmatter,
      text,
      localLinks: findLocalLinks(tree),
    },
    tree,
    problems,
    warnings,
  };
}

/** The text after the frontmatter, for tools that read the minutes line by line. */
export function minutesBody(text: string, tree: Root | undefined): string {
  const yaml = tree?.children[0];
  return yaml?.type === 'yaml' ? text.slice(yaml.position?.end.offset ?? 0) : text;
}

/** A meeting's id is its file name without the extension: the page URL and the store key. */
export function minutesId(file: string): string {
  return path.basename(file).replace(minutesFilePattern, '');
}

/** One minutes file as read from disk, before any check. */
export interface MinutesSource {
  /** Path relative to the content folder, e.g. `minutes/2024-11-27-call.mdx`. */
  file: string;
  text: string;
}

const isFolder = async (dir: string) => (await stat(dir).catch(() => undefined))?.isDirectory();

/**
 * Reads the text of every minutes file of `<contentDir>/minutes`, symlinked ones included. A missing
 * folder names the path looked for; a link that cannot be followed or bytes that are not UTF-8 are a
 * problem of that file, never a file silently left out or silently changed.
 */
export async function readMinutesSources(
  contentDir: string,
): Promise<{ sources: MinutesSource[]; problems: ContentProblem[]; warnings: ContentProblem[] }> {
  const dir = path.join(contentDir, 'minutes');
  const relative = (absolute: string) => path.relative(contentDir, absolute);
  const none = (problem: ContentProblem) => ({ sources: [], problems: [problem], warnings: [] });
  if (!(await isFolder(contentDir))) {
    return none(
      createProblem(path.resolve(contentDir), 'the content folder does not exist', {
        hint: 'Set CONTENT_DIR, or minutebook({ contentDir }) in astro.config.mjs, to the folder that holds minutes/.',
      }),
    );
  }
  if (!(await isFolder(dir))) {
    return none(
      createProblem('minutes', `no minutes folder: looked for ${dir}`, {
        hint: 'A content folder holds its meetings in minutes/; add one with `npm run new` or `npm run import`.',
      }),
    );
  }
  const listing = await listFiles(dir);
  const problems: ContentProblem[] = [];
  const warnings: ContentProblem[] = [];
  for (const entry of listing.unread) {
    // A link back to a folder already read repeats nothing; any other link that cannot be followed hides a file.
    const repeat = entry.reason.startsWith('a symbolic link to a folder already read');
    (repeat ? warnings : problems).push(
      createProblem(`minutes/${entry.relative}`, entry.reason, { warning: repeat }),
    );
  }
  const paths = listing.files
    .filter((file) => minutesFilePattern.test(file.relative))
    .map((file) => file.absolute);
  if (paths.length === 0 && problems.length === 0) {
    return none(
      createProblem(relative(dir), 'no minutes found (.md, .mdx or .markdown files)', {
        hint: 'Add a meeting with `npm run new` or `npm run import`.',
      }),
    );
  }
  const sources: MinutesSource[] = [];
  const bytes = await Promise.all(paths.map((absolute) => readFile(absolute)));
  paths.forEach((absolute, index) => {
    const decoded = decodeText(bytes[index] ?? new Uint8Array());
    if (decoded.ok) sources.push({ file: relative(absolute), text: decoded.text });
    else
      problems.push(
        createProblem(relative(absolute), decoded.message, {
          line: decoded.line,
          column: decoded.column,
          hint: decoded.hint,
        }),
      );
  });
  return { sources, problems, warnings };
}

/**
 * Loads every minutes file of `<contentDir>/minutes`. Nothing stops at the first bad file: the result
 * carries all files that are fine and every problem of those that are not, plus clashes between files.
 */
export async function loadMinutesFolder(contentDir: string): Promise<LoadedMinutes> {
  const read = await readMinutesSources(contentDir);
  const files: MinutesFile[] = [];
  const problems = [...read.problems];
  const warnings = [...read.warnings];
  for (const source of read.sources) {
    const result = readMinutesFile(source.file, source.text);
    problems.push(...result.problems);
    warnings.push(...result.warnings);
    if (result.minutes) files.push(result.minutes);
  }
  problems.push(...findClashes(files), ...findPageNameProblems(files));
  return { files, problems, warnings };
}

type Identified = Pick<MinutesFile, 'id' | 'file' | 'frontmatter'>;

/** Two files for one id or for one (date, series) would be two pages for one meeting, or one page hiding another. */
export function findClashes(files: readonly Identified[]): ContentProblem[] {
  const problems: ContentProblem[] = [];
  const report = (key: (file: Identified) => string, describe: (file: Identified) => string) => {
    const seen = new Map<string, Identified>();
    for (const file of files) {
      const first = seen.get(key(file));
      if (first) {
        problems.push(
          createProblem(file.file, `${describe(file)} is also used by ${first.file}`, {
            hint: 'Merge the two files or correct one of them.',
          }),
        );
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
