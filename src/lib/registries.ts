/**
 * Loads the registries of a content folder: `people.yaml`, `topics.yaml`, `site.yaml`.
 *
 * API (all async; none throws for bad content — problems are returned, each with file and YAML line):
 * - `loadPeopleRegistry(path, options?)` → `{ value: PersonRecord[], problems }`
 * - `loadTopicsRegistry(path, options?)` → `{ value: TopicRecord[], problems }`
 * - `loadSiteSettings(path, options?)` → `{ value: SiteSettings, problems }` (defaults for missing fields)
 * - `parsePeopleRegistry(text, file)`, `parseTopicsRegistry(text, file)`, `parseSiteSettings(text, file)`:
 *   the same from a string, for tests and tools.
 * A missing file is not an error: empty registry, or the default site settings.
 * `options.file` is the name used in problems (default: the file's base name, since registries live at the
 * root of the content folder).
 */
import { readFile } from 'node:fs/promises';
import { decodeText } from './text/decode-text.ts';
import path from 'node:path';
import type { Document, LineCounter } from 'yaml';
import { DEFAULT_SITE_SETTINGS, siteSchema } from './schema/site.ts';
import { createProblem, type ContentProblem } from './problems.ts';
import type { PersonRecord, SiteSettings, TopicRecord } from './types.ts';
import { validatePeople } from './schema/people.ts';
import type { RegistryIssue } from './schema/registry-entries.ts';
import { validateTopics } from './schema/topics.ts';
import { lineOfPath, parseYaml } from './yaml-lines.ts';
import { formatIssue } from './zod-issues.ts';

export interface Loaded<T> {
  value: T;
  problems: ContentProblem[];
}

export interface LoadOptions {
  file?: string;
}

export { DEFAULT_SITE_SETTINGS };

async function readOptional(file: string): Promise<Uint8Array | null> {
  try {
    return await readFile(file);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw error;
  }
}

function toProblem(
  issue: RegistryIssue,
  file: string,
  doc: Document,
  lines: LineCounter,
): ContentProblem {
  return createProblem(file, issue.message, {
    line: lineOfPath(doc, lines, issue.path),
    hint: issue.hint,
  });
}

/** A people or topics file: YAML, then the registry's own checks, every problem placed on its line. */
function parseRegistry<T>(
  text: string,
  file: string,
  validate: (data: unknown) => { records: T[]; issues: RegistryIssue[] },
): Loaded<T[]> {
  const parsed = parseYaml(text, { file, label: 'invalid YAML' });
  if (parsed.problems.length > 0) return { value: [], problems: parsed.problems };
  const { records, issues } = validate(parsed.data);
  return {
    value: records,
    problems: issues.map((issue) => toProblem(issue, file, parsed.doc, parsed.lines)),
  };
}

export function parsePeopleRegistry(text: string, file: string): Loaded<PersonRecord[]> {
  return parseRegistry(text, file, validatePeople);
}

export function parseTopicsRegistry(text: string, file: string): Loaded<TopicRecord[]> {
  return parseRegistry(text, file, validateTopics);
}

export function parseSiteSettings(text: string, file: string): Loaded<SiteSettings> {
  const parsed = parseYaml(text, { file, label: 'invalid YAML' });
  if (parsed.problems.length > 0)
    return { value: { ...DEFAULT_SITE_SETTINGS }, problems: parsed.problems };
  const data = parsed.data ?? {};
  const result = siteSchema.safeParse(data);
  if (result.success) {
    const value: SiteSettings = { title: result.data.title, description: result.data.description };
    if (result.data.repository !== undefined)
      value.repository = result.data.repository.replace(/\/+$/u, '');
    return { value, problems: [] };
  }
  // Keep every valid field; fall back to the default only for the broken ones.
  const value: SiteSettings = { ...DEFAULT_SITE_SETTINGS };
  const record = typeof data === 'object' && data !== null ? (data as Record<string, unknown>) : {};
  const bad = new Set(result.error.issues.map((issue) => String(issue.path[0] ?? '')));
  if (!bad.has('title') && typeof record['title'] === 'string' && record['title'].trim())
    value.title = record['title'].trim();
  if (!bad.has('description') && typeof record['description'] === 'string')
    value.description = record['description'].trim();
  if (!bad.has('repository') && typeof record['repository'] === 'string')
    value.repository = record['repository'].replace(/\/+$/u, '');
  const problems = result.error.issues.map((issue) =>
    toProblem(
      {
        path: issue.path.map((p) => (typeof p === 'number' ? p : String(p))),
        message: `site settings ${formatIssue(issue, data).replace(/^frontmatter:/u, '(root):')}`,
      },
      file,
      parsed.doc,
      parsed.lines,
    ),
  );
  return { value, problems };
}

/** A registry file is optional: without one the folder builds with the fallback. */
async function loadOptional<T>(
  file: string,
  options: LoadOptions,
  fallback: () => T,
  parse: (text: string, file: string) => Loaded<T>,
): Promise<Loaded<T>> {
  const bytes = await readOptional(file);
  if (bytes === null) return { value: fallback(), problems: [] };
  const name = options.file ?? path.basename(file);
  // Bytes that are not UTF-8 would turn "Jörg" into "J\uFFFDrg", a name no minutes use.
  const decoded = decodeText(bytes);
  if (decoded.ok) return parse(decoded.text, name);
  return {
    value: fallback(),
    problems: [
      createProblem(name, decoded.message, {
        line: decoded.line,
        column: decoded.column,
        hint: decoded.hint,
      }),
    ],
  };
}

export function loadPeopleRegistry(
  file: string,
  options: LoadOptions = {},
): Promise<Loaded<PersonRecord[]>> {
  return loadOptional(file, options, () => [], parsePeopleRegistry);
}

export function loadTopicsRegistry(
  file: string,
  options: LoadOptions = {},
): Promise<Loaded<TopicRecord[]>> {
  return loadOptional(file, options, () => [], parseTopicsRegistry);
}

export function loadSiteSettings(
  file: string,
  options: LoadOptions = {},
): Promise<Loaded<SiteSettings>> {
  return loadOptional(file, options, () => ({ ...DEFAULT_SITE_SETTINGS }), parseSiteSettings);
}
