import { z } from 'zod';
import { formatIssue } from '../zod-issues.ts';

/** Handling shared by the people and topics registries: where the entries are, and checking each one. */

/** Ids are kebab-case slugs: they become URLs (`/people/<id>/`). */
export function slugSchema(example: string) {
  return z
    .string()
    .trim()
    .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/u, `must be a kebab-case slug such as "${example}"`);
}
export interface RegistryIssue {
  path: Array<string | number>;
  message: string;
  hint?: string;
}

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

/**
 * Parses one registry entry. A problem is reported with the entry's path; an entry whose only problems
 * are in optional fields is kept without them, so as little as possible is lost.
 */
export function parseRegistryEntry<T>(options: {
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
export function claimId(options: {
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
