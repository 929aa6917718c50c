/**
 * The search query set: one JSON object a line, `{"query","kind","file","line"}`, where `file` and
 * `line` point at the heading of the section that should come first, in the corpus folder. The
 * pointer is resolved against the corpus and the built site here, so the set holds no minutes text.
 */
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { fromHtml } from 'hast-util-from-html';
import { selectAll } from 'hast-util-select';
import { toString } from 'hast-util-to-string';
import { z } from 'zod';

export const queryKinds = [
  'topic',
  'people',
  'spelling',
  'typo',
  'fact',
  'pr',
  'acronym',
  'question',
] as const;

const querySchema = z.object({
  query: z.string().min(1),
  kind: z.enum(queryKinds),
  file: z.string().min(1),
  line: z.number().int().positive(),
});
export type EvalQuery = z.infer<typeof querySchema>;

export function parseQueries(text: string, source: string): EvalQuery[] {
  return text.split('\n').flatMap((raw, index) => {
    if (raw.trim() === '') return [];
    const parsed = querySchema.safeParse(JSON.parse(raw));
    if (!parsed.success)
      throw new Error(`${source}:${index + 1}: ${parsed.error.issues[0]?.message ?? 'invalid'}`);
    return [parsed.data];
  });
}

/** A heading of a built page, in document order. */
export interface PageHeading {
  id: string | undefined;
  level: number;
  text: string;
}

/** Where a query should land: the meeting page and the heading's anchor (plus the headings inside it). */
export interface Expectation {
  query: EvalQuery;
  /** Site-relative path of the meeting page, e.g. `meetings/2024-11-27-…/`. */
  pagePath: string;
  /** Anchors that count as the section: the heading's own and those of its subsections. */
  anchors: Set<string>;
  heading: string;
}

/** Heading text compared without Markdown, punctuation or case. */
export function headingKey(text: string): string {
  return text
    .replace(/\[([^\]]*)\]\([^)]*\)/gu, '$1')
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, '');
}

export function pageHeadings(html: string): PageHeading[] {
  const tree = fromHtml(html);
  return selectAll('[data-pagefind-body] :is(h1, h2, h3, h4, h5, h6)', tree).map((node) => ({
    id: typeof node.properties['id'] === 'string' ? node.properties['id'] : undefined,
    level: Number(node.tagName.slice(1)),
    text: toString(node),
  }));
}

/** The anchors of the heading at `index`: its own (or its nearest anchored ancestor's) and its children's. */
export function sectionAnchors(headings: readonly PageHeading[], index: number): Set<string> {
  const heading = headings[index]!;
  const anchors = new Set<string>();
  if (heading.id) anchors.add(heading.id);
  else {
    for (let i = index - 1; i >= 0; i--) {
      const candidate = headings[i]!;
      if (candidate.level < heading.level && candidate.id) {
        anchors.add(candidate.id);
        break;
      }
    }
  }
  for (let i = index + 1; i < headings.length && headings[i]!.level > heading.level; i++) {
    const id = headings[i]!.id;
    if (id) anchors.add(id);
  }
  return anchors;
}

/** Resolves every query's pointer to the section of the built site it names. */
export async function resolveExpectations(
  queries: readonly EvalQuery[],
  corpusDir: string,
  siteDir: string,
): Promise<Expectation[]> {
  const meetingDirs = await readdir(path.join(siteDir, 'meetings'));
  return Promise.all(
    queries.map(async (query) => {
      const where = `${query.file}:${query.line}`;
      const lines = (await readFile(path.join(corpusDir, query.file), 'utf8')).split('\n');
      const line = lines[query.line - 1] ?? '';
      const heading = /^#{1,6}\s+(.*)$/u.exec(line)?.[1]?.replace(/\*\*/gu, '');
      if (!heading) throw new Error(`${where} is not a heading`);
      const date = /\d{4}-\d{2}-\d{2}/u.exec(query.file)?.[0];
      const pageDir = date && meetingDirs.find((dir) => dir.startsWith(date));
      if (!pageDir) throw new Error(`${where}: no meeting page for ${date ?? 'its date'}`);
      const html = await readFile(path.join(siteDir, 'meetings', pageDir, 'index.html'), 'utf8');
      const headings = pageHeadings(html);
      const key = headingKey(heading);
      const index = headings.findIndex((candidate) => headingKey(candidate.text) === key);
      if (index < 0) throw new Error(`${where}: heading not found on meetings/${pageDir}/`);
      return {
        query,
        pagePath: `meetings/${pageDir}/`,
        anchors: sectionAnchors(headings, index),
        heading: headings[index]!.text.trim(),
      };
    }),
  );
}

/** 1-based rank of the first result that lands in the expected section, or 0. */
export function rankOf(expectation: Expectation, hrefs: readonly string[], base: string): number {
  const index = hrefs.findIndex((href) => {
    const url = new URL(href, 'http://site.invalid');
    const anchor = decodeURIComponent(url.hash.slice(1));
    return url.pathname === `${base}${expectation.pagePath}` && expectation.anchors.has(anchor);
  });
  return index + 1;
}
