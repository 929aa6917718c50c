import { z } from 'zod';
import { formatIssue } from '../zod-issues.ts';

/** Handling shared by the people and topics registries: where the entries are, and checking each one. */

/** Ids are kebab-case slugs: they become URLs (`/people/<id>/`). */
function slugSchema(example: string) {
  return z
    .string()
    .trim()
    .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/u, `must be a kebab-case slug such as "${example}"`);
}

/** The fields every registry entry has: its id (`example` shows one), its name, its other spellings. */
export function entryFields(example: string) {
  return {
    id: slugSchema(example),
    name: z.string().trim().min(1, 'name must not be empty'),
    aliases: z.array(z.string().trim().min(1, 'aliases must not be empty')).default([]),
  };
}
export interface RegistryIssue {
  path: Array<string | number>;
  message: string;
  hint?: string;
}

/** The entries of the file and the path prefix they live under. */
function registryEntries(
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

/** "person entry 2 ("Ada Kovács")" — how a problem names the entry it is about. */
function entryLabel(kind: string, index: number, entry: unknown): string {
  const name =
    typeof entry === 'object' && entry !== null
      ? (entry as Record<string, unknown>)['name']
      : undefined;
  return `${kind} entry ${index + 1}${typeof name === 'string' && name.trim() ? ` ("${name.trim()}")` : ''}`;
}

/**
 * The entry without the fields the issues point at, when all of them are optional; null otherwise.
 */
function withoutFields(
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

/**
 * Parses one registry entry. A problem is reported with the entry's path; an entry whose only problems
 * are in optional fields is kept without them, so as little as possible is lost.
 */
function parseRegistryEntry<T>(options: {
  schema: z.ZodType<T>;
  entry: unknown;
  at: Array<string | number>;
  label: string;
  optional: readonly string[];
  issues: RegistryIssue[];
}): T | undefined {
  const { schema, entry, at, label, optional, issues } = options;
  const parsed = schema.safeParse(entry);
  if (parsed.success) return parsed.data;
  for (const issue of parsed.error.issues) {
    issues.push({
      path: [...at, ...issue.path.map((p) => (typeof p === 'number' ? p : String(p)))],
      message: `${label}: ${formatIssue(issue, entry)}`,
    });
  }
  const retry = withoutFields(entry, parsed.error.issues, optional);
  if (retry === null) return undefined;
  const second = schema.safeParse(retry);
  return second.success ? second.data : undefined;
}

/** Records the first entry of an id; a later entry with the same id is reported and left out. */
function claimId(options: {
  kind: string;
  id: string;
  index: number;
  at: Array<string | number>;
  firstIndexOf: Map<string, number>;
  issues: RegistryIssue[];
}): boolean {
  const { kind, id, index, at, firstIndexOf, issues } = options;
  const first = firstIndexOf.get(id);
  if (first !== undefined) {
    issues.push({
      path: [...at, 'id'],
      message: `duplicate ${kind} id "${id}" (first used by entry ${first + 1})`,
      hint: 'merge the two entries, or give one of them another id',
    });
    return false;
  }
  firstIndexOf.set(id, index);
  return true;
}

/** What a registry file holds: its key ("people"), how a problem names an entry, its schema. */
export interface RegistryKind<T> {
  key: string;
  /** "person", "topic". */
  kind: string;
  schema: z.ZodType<T>;
  /** Fields an entry is kept without when they are bad. */
  optional: readonly string[];
}

/**
 * Walks the entries of a registry file in file order and hands `visit` each one the schema accepts,
 * the first entry of each id only, with its path in the YAML data; every problem goes into `issues`
 * with its path, in the order met. Returns each kept id with its entry's index.
 */
export function forEachValidEntry<T extends { id: string }>(
  registry: RegistryKind<T>,
  data: unknown,
  issues: RegistryIssue[],
  visit: (value: T, at: Array<string | number>) => void,
): Map<string, number> {
  const { key, kind, schema, optional } = registry;
  const ids = new Map<string, number>();
  const found = registryEntries(data, key);
  if ('message' in found) {
    issues.push(found);
    return ids;
  }
  found.entries.forEach((entry, index) => {
    const at = [...found.prefix, index];
    const label = entryLabel(kind, index, entry);
    const value = parseRegistryEntry({ schema, entry, at, label, optional, issues });
    if (value && claimId({ kind, id: value.id, index, at, firstIndexOf: ids, issues }))
      visit(value, at);
  });
  return ids;
}
