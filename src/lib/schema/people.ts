/**
 * Schema of `people.yaml`: a YAML list of people (or a mapping with a `people:` list).
 *
 * API
 * - `personSchema`: one entry — `id` (kebab-case slug), `name`, `aliases` (default []), `affiliation?`,
 *   `github?` (user name, not URL), `page` (default true; false = no page of their own).
 * - `validatePeople(data)` → `{ records: PersonRecord[], issues: RegistryIssue[] }`. Pure. Each entry is
 *   checked on its own, so one bad entry never hides the others; a bad entry is left out. Cross-entry
 *   checks: a duplicate id (the later entry is left out), and a spelling (name or alias, compared the way
 *   attendees are matched: case, diacritics, transliteration and roles ignored) claimed by two people (it
 *   stays with the first; the later alias is dropped).
 *   `issues[].path` is the path in the YAML data (`[3, 'aliases', 1]`) for the caller to turn into a line.
 */
import { z } from 'zod';
import type { PersonRecord } from '../types.ts';
import { foldName } from '../text/normalize.ts';
import { formatIssue } from '../zod-issues.ts';

export interface RegistryIssue {
  path: Array<string | number>;
  message: string;
  hint?: string;
}

const slug = z
  .string()
  .trim()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/u, 'must be a kebab-case slug such as "joerg-roedel"');

export const personSchema = z.strictObject({
  id: slug,
  name: z.string().trim().min(1, 'name must not be empty'),
  aliases: z.array(z.string().trim().min(1, 'aliases must not be empty')).default([]),
  affiliation: z.string().trim().min(1).optional(),
  github: z
    .string()
    .trim()
    .regex(
      /^[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?$/u,
      'must be a GitHub user name (no URL, no "@")',
    )
    .optional(),
  page: z.boolean().default(true),
});

/** The entries of the file and the path prefix they live under. */
export function registryEntries(
  data: unknown,
  key: string,
): { entries: unknown[]; prefix: Array<string | number> } | RegistryIssue {
  if (data === null || data === undefined) return { entries: [], prefix: [] };
  if (Array.isArray(data)) return { entries: data, prefix: [] };
  if (typeof data === 'object' && key in data) {
    const inner = (data as Record<string, unknown>)[key];
    if (Array.isArray(inner)) return { entries: inner, prefix: [key] };
    if (inner === null) return { entries: [], prefix: [key] };
  }
  return { path: [], message: `expected a list of ${key} (each entry starting with "- id: ...")` };
}

export function validatePeople(data: unknown): {
  records: PersonRecord[];
  issues: RegistryIssue[];
} {
  const issues: RegistryIssue[] = [];
  const records: PersonRecord[] = [];
  const found = registryEntries(data, 'people');
  if ('message' in found) return { records, issues: [found] };
  const { entries, prefix } = found;

  const ids = new Map<string, number>();
  const spellings = new Map<string, { id: string; written: string }>();
  entries.forEach((entry, index) => {
    const at = [...prefix, index];
    let parsed = personSchema.safeParse(entry);
    const label = entryLabel('person', index, entry);
    if (!parsed.success) {
      for (const issue of parsed.error.issues) {
        issues.push({
          path: [...at, ...issue.path.map((p) => (typeof p === 'number' ? p : String(p)))],
          message: `${label}: ${formatIssue(issue, entry)}`,
        });
      }
      // Lose as little as possible: without its broken optional fields the entry may still be usable.
      const retry = withoutFields(entry, parsed.error.issues, [
        'aliases',
        'affiliation',
        'github',
        'page',
      ]);
      if (retry === null) return;
      parsed = personSchema.safeParse(retry);
      if (!parsed.success) return;
    }
    const value = parsed.data;
    if (ids.has(value.id)) {
      issues.push({
        path: [...at, 'id'],
        message: `duplicate person id "${value.id}" (first used by entry ${ids.get(value.id)! + 1})`,
        hint: 'merge the two entries, or give one of them another id',
      });
      return;
    }
    ids.set(value.id, index);

    const aliases: string[] = [];
    const claim = (written: string, path: Array<string | number>, isAlias: boolean): boolean => {
      const key = foldName(written);
      if (key === '') {
        issues.push({
          path,
          message: `"${written}" is empty once parenthetical roles are removed`,
        });
        return false;
      }
      const owner = spellings.get(key);
      if (owner && owner.id !== value.id) {
        issues.push({
          path,
          message: `${isAlias ? 'alias' : 'name'} "${written}" is already claimed by person "${owner.id}" (as "${owner.written}")`,
          hint: 'a spelling can belong to one person only; remove it from one of them',
        });
        return false;
      }
      spellings.set(key, { id: value.id, written });
      return true;
    };
    claim(value.name, [...at, 'name'], false);
    value.aliases.forEach((alias, i) => {
      if (claim(alias, [...at, 'aliases', i], true)) aliases.push(alias);
    });

    const record: PersonRecord = { id: value.id, name: value.name, aliases, page: value.page };
    if (value.affiliation !== undefined) record.affiliation = value.affiliation;
    if (value.github !== undefined) record.github = value.github;
    records.push(record);
  });
  return { records, issues };
}

/** "person entry 2 ("Ada Kovács")" — how a problem names the entry it is about. */
export function entryLabel(kind: string, index: number, entry: unknown): string {
  const name =
    typeof entry === 'object' && entry !== null
      ? (entry as Record<string, unknown>)['name']
      : undefined;
  return `${kind} entry ${index + 1}${typeof name === 'string' && name.trim() ? ` ("${name.trim()}")` : ''}`;
}

/**
 * The entry without the fields the issues point at, when all of them are optional; null otherwise.
 */
export function withoutFields(
  entry: unknown,
  issues: ReadonlyArray<{ path: readonly PropertyKey[] }>,
  optional: readonly string[],
): Record<string, unknown> | null {
  if (typeof entry !== 'object' || entry === null || Array.isArray(entry)) return null;
  const fields = new Set(issues.map((issue) => String(issue.path[0] ?? '')));
  if ([...fields].some((field) => !optional.includes(field))) return null;
  const copy: Record<string, unknown> = { ...(entry as Record<string, unknown>) };
  for (const field of fields) delete copy[field];
  return copy;
}
