import type { Heading, Root } from 'mdast';
import remarkFrontmatter from 'remark-frontmatter';
import remarkGfm from 'remark-gfm';
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
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
export interface ImportNote {
  message: string;
  line?: number | undefined;
}

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

  // An `.mdx` input (e.g. re-importing an earlier output) must be read as MDX, or its comments turn into text.
  const processor = unified().use(remarkParse).use(remarkGfm).use(remarkFrontmatter, ['yaml']);
  let tree: Root;
  try {
    tree = options.fileName.endsWith('.mdx')
      ? processor.use(remarkMdx).parse(text)
      : processor.parse(text);
  } catch (error) {
    const line = (error as { line?: number }).line;
    errors.push({ message: `not valid MDX: ${(error as Error).message}`, line });
    return fail();
  }

  let declared: DeclaredFrontmatter = {};
  const first = tree.children[0];
  if (first?.type === 'yaml') {
    const read = readDeclaredFrontmatter(first.value, (first.position?.start.line ?? 1) + 1);
    declared = read.declared;
    errors.push(...read.problems);
    tree.children.shift();
  }
  for (const key of ['title', 'series'] as const) {
    const value = declared[key];
    if (value !== undefined && (typeof value !== 'string' || value.trim() === '')) {
      errors.push({
        message: `frontmatter ${key} must be non-empty text, got ${JSON.stringify(value)}`,
        line: 1,
      });
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
      warnings.push({
        message: day
          ? `the path gives only the month; the day ${day} is the first date of that month the minutes name`
          : `the path gives only the month and the minutes name no day of it; using ${fileDate}`,
      });
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
    warnings.push({
      message: `date only from file name (${fileDate}); the title "${fromHeading?.title}" has none`,
      line: headingLine,
    });
  if (
    declared.date === undefined &&
    titleDate !== undefined &&
    fileDate !== undefined &&
    titleDate !== fileDate
  ) {
    warnings.push({
      message: `the title's date ${titleDate} differs from the file name's ${fileDate}; using the file name's`,
      line: headingLine,
    });
  }
  if (date === undefined) {
    errors.push({
      message: `no date: neither the title${fromHeading ? ` "${fromHeading.title}"` : ''} nor the file name "${options.path ?? options.fileName}" contains one; add it to the H1, e.g. "# ${fromHeading?.title ?? 'Team Call'} (March 5th, 2024)"`,
      line: headingLine ?? 1,
    });
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
    warnings.push({
      message: `no title heading; the title "${title}" is made from the series and the date`,
    });
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
      warnings.push({
        message: 'no attendee list (no "## Attendees:" section); attendees left empty',
      });
    else if (extracted.attendees.length === 0)
      warnings.push({ message: 'the attendee list is empty', line: extracted.line });
    for (const entry of extracted.notNames) {
      warnings.push({
        message: `"${entry.text}" under the attendee heading is not a name (${entry.why}); it stays in the page body`,
        line: entry.line,
      });
    }
    if (extracted.keptNodes > 0) {
      warnings.push({
        message: 'the attendee section holds more than names; that part stays in the page body',
        line: extracted.line,
      });
    }
  }

  warnings.push(...findEmptySections(tree));
  // Kept as written (nothing is lost); the site shows them as text.
  for (const unsafe of findUnsafeUrls(tree)) {
    warnings.push({ message: describeUnsafeUrl(unsafe), line: unsafe.line });
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
      errors.push({
        message: `frontmatter ${issue.path.join('.') || '(root)'}: ${issue.message}`,
        line: 1,
      });
    }
    return fail();
  }
  const frontmatter = parsed.data;

  const slug = boundedSlug(frontmatter.series);
  if (slug === '') {
    errors.push({
      message: `series "${frontmatter.series}" has no letters or digits to name the output file after`,
    });
    return fail();
  }

  if (options.resolveLocalLink) warnings.push(...resolveLocalLinks(tree, options.resolveLocalLink));
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
  const problems = findMdxProblems(body, bodyStartLine - 1);
  if (problems.length > 0) {
    errors.push(
      ...problems.map((problem) => ({
        message: `generated MDX would not render: ${problem.message}`,
      })),
    );
    return fail();
  }
  const difference = findTextDifference(tree, parseMdx(body));
  if (difference) {
    errors.push({
      message: `generated MDX would change the text: expected "${difference.expected}", got "${difference.actual}"`,
    });
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
function findEmptySections(tree: Root): ImportNote[] {
  const notes: ImportNote[] = [];
  tree.children.forEach((node, index) => {
    if (node.type !== 'heading') return;
    const next = tree.children[index + 1];
    if (next === undefined || (next.type === 'heading' && next.depth <= node.depth)) {
      notes.push({
        message: `empty section "${normalizeWhitespace(readableText(node))}"`,
        line: node.position?.start.line,
      });
    }
  });
  return notes;
}

/** Lets the caller copy or re-point every link to a local file; each warning names the link's line. */
function resolveLocalLinks(
  tree: Root,
  resolve: NonNullable<ConvertOptions['resolveLocalLink']>,
): ImportNote[] {
  const notes: ImportNote[] = [];
  visit(tree, (node) => {
    if (node.type !== 'link' && node.type !== 'image' && node.type !== 'definition') return;
    const visible = visibleUrl(node.url);
    if (visible !== node.url) {
      notes.push({
        message: `invisible characters around the link target ${JSON.stringify(node.url)} removed`,
        line: node.position?.start.line,
      });
      node.url = visible;
    }
    if (!isLocalTarget(node.url) && !node.url.startsWith('/')) return;
    if (node.url.startsWith('//')) return;
    const result = resolve(node.url);
    if (result?.url !== undefined) node.url = result.url;
    if (result?.warning) notes.push({ message: result.warning, line: node.position?.start.line });
  });
  return notes;
}
