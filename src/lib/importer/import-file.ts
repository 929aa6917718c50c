import type { Root } from 'mdast';
import remarkFrontmatter from 'remark-frontmatter';
import remarkGfm from 'remark-gfm';
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { findUnsafeUrls, describeUnsafeUrl } from '../minutes/url-safety.ts';
import { minutesFrontmatterSchema } from '../schema/minutes.ts';
import { extractAttendees } from './extract-attendees.ts';
import { readDeclaredFrontmatter, stringifyFrontmatter } from './frontmatter.ts';
import type { DeclaredFrontmatter } from './frontmatter.ts';
import { normalizeWhitespace, readableText } from './mdast-text.ts';
import { dateFromFileName } from './parse-date.ts';
import { parseTitle } from './parse-title.ts';
import { slugify } from './slug.ts';
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
  title: string;
  date: string;
  series: string;
  attendees: string[];
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
}

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

  // The title heading is the document's first heading, when it is an H1.
  const firstHeadingIndex = tree.children.findIndex((node) => node.type === 'heading');
  const titleHeading = tree.children[firstHeadingIndex];
  const h1 =
    titleHeading?.type === 'heading' && titleHeading.depth === 1 ? titleHeading : undefined;
  const h1Text = h1 ? normalizeWhitespace(readableText(h1)) : undefined;
  const fromHeading = h1Text ? parseTitle(h1Text) : undefined;
  const fromDeclaredTitle =
    typeof declared.title === 'string' ? parseTitle(declared.title) : undefined;

  const title = typeof declared.title === 'string' ? declared.title : fromHeading?.title;
  if (title === undefined) {
    errors.push({
      message:
        'no title: expected the file to start with an H1 such as "# Meeting Minutes: Team Call (March 5th, 2024)"',
      line: 1,
    });
    return fail();
  }
  // A declared title that differs from the H1 means the H1 is content of its own: keep it.
  if (h1 && (declared.title === undefined || declared.title === fromHeading?.title)) {
    tree.children.splice(firstHeadingIndex, 1);
  }

  const series =
    typeof declared.series === 'string'
      ? declared.series
      : (fromDeclaredTitle ?? fromHeading)?.series;

  const titleDate = fromDeclaredTitle?.date ?? fromHeading?.date;
  const fileDate = dateFromFileName(options.fileName);
  let date: unknown = declared.date ?? titleDate;
  if (date === undefined && fileDate !== undefined) {
    date = fileDate;
    warnings.push({
      message: `date only from file name (${fileDate}); the title "${title}" has none`,
      line: h1?.position?.start.line,
    });
  }
  if (date === undefined) {
    errors.push({
      message: `no date: neither the title "${title}" nor the file name "${options.fileName}" contains one; add it to the H1, e.g. "# ${title} (March 5th, 2024)"`,
      line: h1?.position?.start.line ?? 1,
    });
    return fail();
  }
  if (
    declared.date === undefined &&
    titleDate !== undefined &&
    fileDate !== undefined &&
    titleDate !== fileDate
  ) {
    warnings.push({
      message: `the title's date ${titleDate} differs from the file name's ${fileDate}; using the title's`,
      line: h1?.position?.start.line,
    });
  }

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

  const slug = slugify(frontmatter.series);
  if (slug === '') {
    errors.push({
      message: `series "${frontmatter.series}" has no letters or digits to name the output file after`,
    });
    return fail();
  }

  makeMdxSafe(tree);
  const body = tree.children.length > 0 ? stringifyMdx(tree) : '';
  const head = stringifyFrontmatter({
    title: frontmatter.title,
    date: frontmatter.date,
    series: frontmatter.series,
    attendees: frontmatter.attendees,
    ...(frontmatter.source === undefined ? {} : { source: frontmatter.source }),
    ...(declared.topics === undefined ? {} : { topics: frontmatter.topics }),
    ...(declared.draft === undefined ? {} : { draft: frontmatter.draft }),
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
    content: body === '' ? head : `${head}\n${body}`,
    title: frontmatter.title,
    date: frontmatter.date,
    series: frontmatter.series,
    attendees: frontmatter.attendees,
    warnings,
  };
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
