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
import { weakSpellingProblem } from './weak-spelling.ts';
import type { PersonRecord } from '../types.ts';
import { foldName } from '../text/normalize.ts';
import { entryFields, forEachValidEntry } from './registry-entries.ts';
import type { RegistryIssue, RegistryKind } from './registry-entries.ts';

export const personSchema = z.strictObject({
  ...entryFields('joerg-roedel'),
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

const people: RegistryKind<z.output<typeof personSchema>> = {
  key: 'people',
  kind: 'person',
  schema: personSchema,
  optional: ['aliases', 'affiliation', 'github', 'page'],
};

export function validatePeople(data: unknown): {
  records: PersonRecord[];
  issues: RegistryIssue[];
} {
  const issues: RegistryIssue[] = [];
  const records: PersonRecord[] = [];
  const spellings = new Map<string, { id: string; written: string }>();
  forEachValidEntry(people, data, issues, (value, at) => {
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
      const weak = weakSpellingProblem(alias);
      if (weak) {
        issues.push({
          path: [...at, 'aliases', i],
          message: `alias "${alias}" ${weak}`,
          hint: 'use the full name, or a spelling of two words or more',
        });
      } else if (claim(alias, [...at, 'aliases', i], true)) {
        aliases.push(alias);
      }
    });

    const record: PersonRecord = { id: value.id, name: value.name, aliases, page: value.page };
    if (value.affiliation !== undefined) record.affiliation = value.affiliation;
    if (value.github !== undefined) record.github = value.github;
    records.push(record);
  });
  return { records, issues };
}
