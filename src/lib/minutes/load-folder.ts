import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import type { Root } from 'mdast';
import { createProblem, type ContentProblem } from '../problems.ts';
import { minutesFrontmatterSchema } from '../schema/minutes.ts';
import type { MinutesFile } from '../types.ts';
import { lineOfPath, parseYaml } from '../yaml-lines.ts';
import { formatIssue } from '../zod-issues.ts';
import { findUnsupportedMdx, parseMinutesSource } from './parse.ts';
import { findLocalLinks } from './attachments.ts';
import { findPageNameProblems } from './page-names.ts';
import { formatOf } from './processor.ts';
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
  const parsed = parseMinutesSource(text, format, { file });
  // Without a tree there is nothing more to check reliably; the syntax error is what to fix first.
  if (!parsed.ok) return { problems: [parsed.problem], warnings: [] };
  const tree = parsed.tree;
  const warnings = defuseUnsafeUrls(tree).map((unsafe) =>
    createProblem(file, describeUnsafeUrl(unsafe), {
      line: unsafe.line,
      column: unsafe.column,
      warning: true,
    }),
  );
  const problems = findUnsupportedMdx(tree, { file });

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
      const line = lineOfPath(yaml.doc, yaml.lines, issue.path);
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
  return path.basename(file).replace(/\.mdx?$/, '');
}

async function listMinutesFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  return entries
    .filter((entry) => entry.isFile() && /\.mdx?$/.test(entry.name))
    .map((entry) => path.join(entry.parentPath, entry.name))
    .sort();
}

/** One minutes file as read from disk, before any check. */
export interface MinutesSource {
  /** Path relative to the content folder, e.g. `minutes/2024-11-27-call.mdx`. */
  file: string;
  text: string;
}

/** Reads the text of every minutes file of `<contentDir>/minutes`; a folder that cannot be read is a problem. */
export async function readMinutesSources(
  contentDir: string,
): Promise<{ sources: MinutesSource[]; problems: ContentProblem[] }> {
  const dir = path.join(contentDir, 'minutes');
  const relative = (absolute: string) => path.relative(contentDir, absolute);
  let paths: string[];
  try {
    paths = await listMinutesFiles(dir);
  } catch (error) {
    const reason =
      (error as NodeJS.ErrnoException).code === 'ENOENT' ? 'folder not found' : String(error);
    return {
      sources: [],
      problems: [createProblem(relative(dir) || dir, `cannot read the minutes folder: ${reason}`)],
    };
  }
  if (paths.length === 0) {
    return {
      sources: [],
      problems: [
        createProblem(relative(dir), 'no minutes found (.md or .mdx files)', {
          hint: 'Add a meeting with `npm run new` or `npm run import`.',
        }),
      ],
    };
  }
  const texts = await Promise.all(paths.map((absolute) => readFile(absolute, 'utf8')));
  return {
    sources: paths.map((absolute, index) => ({
      file: relative(absolute),
      text: texts[index] ?? '',
    })),
    problems: [],
  };
}

/**
 * Loads every minutes file of `<contentDir>/minutes`. Nothing stops at the first bad file: the result
 * carries all files that are fine and every problem of those that are not, plus clashes between files.
 */
export async function loadMinutesFolder(contentDir: string): Promise<LoadedMinutes> {
  const read = await readMinutesSources(contentDir);
  const files: MinutesFile[] = [];
  const problems = [...read.problems];
  const warnings: ContentProblem[] = [];
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
