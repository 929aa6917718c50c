import type { z } from 'zod';

/** `attendees.2`, or `(root)` — the way an author finds the field in the YAML. */
function formatIssuePath(path: readonly PropertyKey[]): string {
  return path.length === 0 ? '(root)' : path.map(String).join('.');
}

/** One readable sentence per issue, quoting the bad value where zod knows it. */
export function formatIssue(issue: z.core.$ZodIssue, input: unknown): string {
  const where = formatIssuePath(issue.path);
  const received = valueAt(input, issue.path);
  if (received === undefined && issue.code === 'invalid_type') {
    return `${where}: missing required field (expected ${issue.expected})`;
  }
  if (received === undefined && issue.code === 'invalid_union') {
    return `${where}: missing required field`;
  }
  if (issue.code === 'unrecognized_keys') {
    return `${where === '(root)' ? 'frontmatter' : where}: unknown field${
      issue.keys.length === 1 ? '' : 's'
    } ${issue.keys.map((key) => `"${key}"`).join(', ')}`;
  }
  const quoted = received === undefined ? '' : ` (received ${quote(received)})`;
  return `${where}: ${issue.message}${quoted}`;
}

function valueAt(input: unknown, path: readonly PropertyKey[]): unknown {
  let value = input;
  for (const key of path) {
    if (value === null || typeof value !== 'object') return undefined;
    value = (value as Record<PropertyKey, unknown>)[key];
  }
  return value;
}

function quote(value: unknown): string {
  if (value instanceof Date) {
    return Number.isNaN(value.getTime()) ? 'an invalid date' : value.toISOString().slice(0, 10);
  }
  const text = JSON.stringify(value) ?? String(value);
  return text.length > 60 ? `${text.slice(0, 57)}...` : text;
}
