import type { Heading, Root } from 'mdast';
import { findUnsupportedMdx, parseMinutesSource } from '../minutes/parse.ts';
import { formatOf } from '../minutes/processor.ts';
import { createProblem, type ContentProblem } from '../problems.ts';
import { findUnsafeUrls, describeUnsafeUrl } from '../minutes/url-safety.ts';
import { visit } from 'unist-util-visit';
import { isLocalTarget, visibleUrl } from '../minutes/attachments.ts';
import { minutesFrontmatterSchema } from '../schema/minutes.ts';
import { extractAttendees } from './extract-attendees.ts';
import { readDeclaredFrontmatter, stringifyFrontmatter } from './frontmatter.ts';
import type { DeclaredFrontmatter } from './frontmatter.ts';
import { normalizeWhitespace, readableText } from './mdast-text.ts';
import { dateFromPath, findDayInMonth, formatLongDate, toIsoDate } from './parse-date.ts';
import { isStructuralHeading } from '../text/headings.ts';
import { parseTitle } from './parse-title.ts';
import { isUntouched, shortHash } from './import-record.ts';
import { boundedSlug } from '../text/normalize.ts';
import {
  findMdxProblems,
  findTextDifference,
  makeMdxSafe,
  parseMdx,
  stringifyMdx,
} from './to-mdx.ts';

/** Something a person should look at, tied to a line of the source when known. */
export type ImportNote = ContentProblem;

export interface ConvertedMinutes {
  ok: true;
  /** Output file name, `YYYY-MM-DD-<series-slug>.mdx`. */
  outputName: string;
  /** Full file content: frontmatter and MDX body. */
  content: string;
  /** Hash of the source text (recorded in the file's `imported` field). */
  sourceHash: string;
  title: string;
  date: string;
  series: string;
  attendees: string[];
  /** Where the title came from: a heading names the series; without one the archive's series is a better guess. */
  titleFrom: 'declared' | 'heading' | 'none';
  warnings: ImportNote[];
}

export interface FailedMinutes {
  ok: false;
  errors: ImportNote[];
  warnings: ImportNote[];
}

export interface ConvertOptions {
  /** Name of the source file; its `YYYY-MM-DD` is the fallback date. */
  fileName: string;
  /** Written to `source` unless the file declares its own. */
  source: string;
  /** The file's path inside the source (`main/2024/CG-01-02.md`): folders may hold the year. */
  path?: string | undefined;
  /** Series for a file whose headings name none: the archive's usual series. */
  defaultSeries?: string | undefined;
  /**
   * Decides what a link to a local file (`Data/slides.pdf`) becomes: a new target (the copied
   * attachment's path, an upstream URL) and a warning to report, or nothing to keep it as written.
   */
  resolveLocalLink?: (url: string) => { url?: string; warning?: string } | undefined;
}

const isoDate = /^\d{4}-\d{2}-\d{2}$/;

/** Converts one plain-Markdown minutes file into the MDX file the site reads. Never throws for bad input. */
export function convertMinutes(
  input: string,
  options: ConvertOptions,
): ConvertedMinutes | FailedMinutes {
  const text = input.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
  const warnings: ImportNote[] = [];
  const errors: ImportNote[] = [];
  const fail = (): FailedMinutes => ({ ok: false, errors, warnings });

  const file = options.fileName;
  const error = (message: string, line?: number) =>
    errors.push(createProblem(file, message, { line }));
  const warn = (message: string, line?: number) =>
    warnings.push(createProblem(file, message, { line, warning: true }));

  // An `.mdx` input (e.g. re-importing an earlier output) must be read as MDX, or its comments turn into
  // text; it is held to the site's own MDX rules, so a hand-edited file with `<Action>` re-imports.
  const format = formatOf(file);
  const read = parseMinutesSource(text, format, { file });
  if (!read.ok) {
    errors.push(read.problem);
    return fail();
  }
  const tree = read.tree;
  if (format === 'mdx') errors.push(...findUnsupportedMdx(tree, { file }));

  let declared: DeclaredFrontmatter = {};
  const first = tree.children[0];
  if (first?.type === 'yaml') {
    const declaredRead = readDeclaredFrontmatter(
      first.value,
      (first.position?.start.line ?? 1) + 1,
      file,
    );
    declared = declaredRead.declared;
    errors.push(...declaredRead.problems);
    tree.children.shift();
  }
  for (const key of ['title', 'series'] as const) {
    const value = declared[key];
    if (value !== undefined && (typeof value !== 'string' || value.trim() === '')) {
      error(`frontmatter ${key} must be non-empty text, got ${JSON.stringify(value)}`, 1);
    }
  }
  if (errors.length > 0) return fail();

  const titled = findTitleHeading(tree);
  const headingText = titled ? normalizeWhitespace(readableText(titled.heading)) : undefined;
  const fromHeading = headingText ? parseTitle(headingText) : undefined;
  const fromDeclaredTitle =
    typeof declared.title === 'string' ? parseTitle(declared.title) : undefined;
  const headingLine = titled?.heading.position?.start.line;

  // The date: declared, else the path's (the file name wins over the heading, with a warning), else the heading's.
  const titleDate = fromDeclaredTitle?.date ?? fromHeading?.date;
  const pathDate = dateFromPath(options.path ?? options.fileName);
  let fileDate = pathDate && 'date' in pathDate ? pathDate.date : undefined;
  if (pathDate && !('date' in pathDate) && declared.date === undefined) {
    if (titleDate?.startsWith(`${pathDate.year}-${String(pathDate.month).padStart(2, '0')}-`))
      fileDate = titleDate;
    else {
      const day = findDayInMonth(readableText(tree), pathDate.year, pathDate.month);
      fileDate = day ?? toIsoDate(pathDate.year, pathDate.month, 1);
      warn(
        day
          ? `the path gives only the month; the day ${day} is the first date of that month the minutes name`
          : `the path gives only the month and the minutes name no day of it; using ${fileDate}`,
      );
    }
  }
  const date: unknown = declared.date ?? fileDate ?? titleDate;
  // A title that names the same day without a year ("the January 2nd call") agrees with the path.
  const agrees =
    fileDate !== undefined &&
    headingText !== undefined &&
    findDayInMonth(headingText, Number(fileDate.slice(0, 4)), Number(fileDate.slice(5, 7))) ===
      fileDate;
  if (
    declared.date === undefined &&
    fileDate !== undefined &&
    titleDate === undefined &&
    headingText &&
    !agrees
  )
    warn(
      `date only from file name (${fileDate}); the title "${fromHeading?.title}" has none`,
      headingLine,
    );
  if (
    declared.date === undefined &&
    titleDate !== undefined &&
    fileDate !== undefined &&
    titleDate !== fileDate
  ) {
    warn(
      `the title's date ${titleDate} differs from the file name's ${fileDate}; using the file name's`,
      headingLine,
    );
  }
  if (date === undefined) {
    error(
      `no date: neither the title${fromHeading ? ` "${fromHeading.title}"` : ''} nor the file name "${options.path ?? options.fileName}" contains one; add it to the H1, e.g. "# ${fromHeading?.title ?? 'Team Call'} (March 5th, 2024)"`,
      headingLine ?? 1,
    );
    return fail();
  }

  const series =
    typeof declared.series === 'string'
      ? declared.series
      : ((fromDeclaredTitle ?? fromHeading)?.series ?? options.defaultSeries ?? 'Meeting');
  let title = typeof declared.title === 'string' ? declared.title : fromHeading?.title;
  if (title === undefined) {
    title =
      typeof date === 'string' && isoDate.test(date)
        ? `${series} (${formatLongDate(date)})`
        : series;
    warn(`no title heading; the title "${title}" is made from the series and the date`);
  }
  // The H1 is the page title; a lower heading used as the title stays, it opens a section of its own.
  const removed =
    titled?.level === 1 && (declared.title === undefined || declared.title === fromHeading?.title);
  if (removed && titled) tree.children.splice(titled.index, 1);

  let attendees: unknown = declared.attendees;
  if (attendees === undefined) {
    const extracted = extractAttendees(tree);
    attendees = extracted.attendees;
    if (!extracted.found)
      warn('no attendee list (no "## Attendees:" section); attendees left empty');
    else if (extracted.attendees.length === 0) warn('the attendee list is empty', extracted.line);
    for (const entry of extracted.notNames) {
      warn(
        `"${entry.text}" under the attendee heading is not a name (${entry.why}); it stays in the page body`,
        entry.line,
      );
    }
    if (extracted.keptNodes > 0) {
      warn(
        'the attendee section holds more than names; that part stays in the page body',
        extracted.line,
      );
    }
  }

  warnings.push(...findEmptySections(tree, file));
  // Kept as written (nothing is lost); the site shows them as text.
  for (const unsafe of findUnsafeUrls(tree)) {
    warn(describeUnsafeUrl(unsafe), unsafe.line);
  }

  const parsed = minutesFrontmatterSchema.safeParse({
    title,
    date,
    series,
    attendees,
    source: declared.source ?? options.source,
    ...(declared.topics === undefined ? {} : { topics: declared.topics }),
    ...(declared.draft === undefined ? {} : { draft: declared.draft }),
  });
  if (!parsed.success) {
    for (const issue of parsed.error.issues) {
      error(`frontmatter ${issue.path.join('.') || '(root)'}: ${issue.message}`, 1);
    }
    return fail();
  }
  const frontmatter = parsed.data;

  const slug = boundedSlug(frontmatter.series);
  if (slug === '') {
    error(`series "${frontmatter.series}" has no letters or digits to name the output file after`);
    return fail();
  }

  if (options.resolveLocalLink)
    warnings.push(...resolveLocalLinks(tree, file, options.resolveLocalLink));
  makeMdxSafe(tree);
  const body = tree.children.length > 0 ? stringifyMdx(tree) : '';
  const fields = {
    title: frontmatter.title,
    date: frontmatter.date,
    series: frontmatter.series,
    attendees: frontmatter.attendees,
    ...(frontmatter.source === undefined ? {} : { source: frontmatter.source }),
    ...(declared.topics === undefined ? {} : { topics: frontmatter.topics }),
    ...(declared.draft === undefined ? {} : { draft: frontmatter.draft }),
  };
  const join = (top: string) => (body === '' ? top : `${top}\n${body}`);
  const unrecorded = join(stringifyFrontmatter(fields));
  // Re-reading an untouched output keeps the hash of the source it was made from.
  const kept = isUntouched(text);
  const sourceHash = kept && 'record' in kept ? kept.record.source : shortHash(input);
  const head = stringifyFrontmatter({
    ...fields,
    imported: { source: sourceHash, file: shortHash(unrecorded) },
  });
  const bodyStartLine = head.split('\n').length + 1;

  // Safety net: never write a file the site cannot render or that lost text on the way.
  const problems = findMdxProblems(body, { file, lineOffset: bodyStartLine - 1 });
  if (problems.length > 0) {
    for (const problem of problems) error(`generated MDX would not render: ${problem.reason}`);
    return fail();
  }
  const difference = findTextDifference(tree, parseMdx(body));
  if (difference) {
    error(
      `generated MDX would change the text: expected "${difference.expected}", got "${difference.actual}"`,
    );
    return fail();
  }

  return {
    ok: true,
    outputName: `${frontmatter.date}-${slug}.mdx`,
    content: join(head),
    sourceHash,
    title: frontmatter.title,
    date: frontmatter.date,
    series: frontmatter.series,
    attendees: frontmatter.attendees,
    titleFrom:
      typeof declared.title === 'string' || typeof declared.series === 'string'
        ? 'declared'
        : fromHeading
          ? 'heading'
          : 'none',
    warnings,
  };
}

/**
 * The heading that titles the minutes: the first H1; else the first heading of the top level the file uses
 * that is not structure ("Links", "Table of Contents", "Present" are not titles). None when all are structure.
 */
function findTitleHeading(
  tree: Root,
): { heading: Heading; index: number; level: number } | undefined {
  const headings = tree.children.flatMap((node, index) =>
    node.type === 'heading' ? [{ heading: node, index, level: node.depth }] : [],
  );
  const h1 = headings.find((entry) => entry.level === 1);
  if (h1) return h1;
  const top = Math.min(...headings.map((entry) => entry.level));
  return headings.find(
    (entry) =>
      entry.level === top && !isStructuralHeading(normalizeWhitespace(readableText(entry.heading))),
  );
}

/** A heading directly followed by a heading of the same or a higher level (or the end) has nothing under it. */
function findEmptySections(tree: Root, file: string): ImportNote[] {
  const notes: ImportNote[] = [];
  tree.children.forEach((node, index) => {
    if (node.type !== 'heading') return;
    const next = tree.children[index + 1];
    if (next === undefined || (next.type === 'heading' && next.depth <= node.depth)) {
      notes.push(
        createProblem(file, `empty section "${normalizeWhitespace(readableText(node))}"`, {
          line: node.position?.start.line,
          warning: true,
        }),
      );
    }
  });
  return notes;
}

/** Lets the caller copy or re-point every link to a local file; each warning names the link's line. */
function resolveLocalLinks(
  tree: Root,
  file: string,
  resolve: NonNullable<ConvertOptions['resolveLocalLink']>,
): ImportNote[] {
  const notes: ImportNote[] = [];
  visit(tree, (node) => {
    if (node.type !== 'link' && node.type !== 'image' && node.type !== 'definition') return;
    const visible = visibleUrl(node.url);
    if (visible !== node.url) {
      notes.push(
        createProblem(
          file,
          `invisible characters around the link target ${JSON.stringify(node.url)} removed`,
          { line: node.position?.start.line, warning: true },
        ),
      );
      node.url = visible;
    }
    if (!isLocalTarget(node.url) && !node.url.startsWith('/')) return;
    if (node.url.startsWith('//')) return;
    const result = resolve(node.url);
    if (result?.url !== undefined) node.url = result.url;
    if (result?.warning)
      notes.push(
        createProblem(file, result.warning, { line: node.position?.start.line, warning: true }),
      );
  });
  return notes;
}
