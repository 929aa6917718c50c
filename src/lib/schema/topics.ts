/**
 * Schema of `topics.yaml`: a YAML list of topics (or a mapping with a `topics:` list).
 *
 * API
 * - `topicSchema`: one entry — `id` (kebab-case slug), `name`, `description` (default ""), `aliases`
 *   (default []; plain spellings, or patterns written `/regex/`), `related` (default [], topic ids).
 * - `validateTopics(data)` → `{ records: TopicRecord[], issues: RegistryIssue[] }`. Pure. A bad entry is
 *   left out and reported; a duplicate id keeps the first entry; a `/regex/` alias that RE2 cannot run (see
 *   topics/pattern-alias.ts) or that matches the empty string is dropped; a `related` id naming no topic is dropped; each reported with its path.
 */
import { z } from 'zod';
import { weakSpellingProblem } from './weak-spelling.ts';
import type { TopicRecord } from '../types.ts';
import { foldTopicText } from '../text/normalize.ts';
import { patternProblem, patternSource } from '../topics/pattern-alias.ts';
import { entryFields, forEachValidEntry } from './registry-entries.ts';
import type { RegistryIssue, RegistryKind } from './registry-entries.ts';

export const topicSchema = z.strictObject({
  ...entryFields('virtio-blk'),
  description: z.string().trim().default(''),
  related: z.array(z.string().trim().min(1)).default([]),
  /**
   * Context patterns: a generic term means this topic when one of `near` stands within `window` words of
   * it ("virtio" next to "block", "disk" or "storage" is the block device).
   */
  contexts: z
    .array(
      z.strictObject({
        term: z.string().trim().min(1, 'term must not be empty'),
        near: z.array(z.string().trim().min(1)).min(1, 'near must list at least one word'),
        window: z.number().int().min(1).max(20).default(5),
      }),
    )
    .optional(),
});

const topics: RegistryKind<z.output<typeof topicSchema>> = {
  key: 'topics',
  kind: 'topic',
  schema: topicSchema,
  optional: ['description', 'aliases', 'related', 'contexts'],
};

export function validateTopics(data: unknown): { records: TopicRecord[]; issues: RegistryIssue[] } {
  const issues: RegistryIssue[] = [];
  const records: TopicRecord[] = [];
  const relatedAt = new Map<number, Array<string | number>>();
  const indexOf = forEachValidEntry(topics, data, issues, (value, at) => {
    const aliases: string[] = [];
    value.aliases.forEach((alias, i) => {
      const source = patternSource(alias);
      if (source === null) {
        const weak = weakSpellingProblem(alias);
        if (foldTopicText(alias) === '') {
          issues.push({
            path: [...at, 'aliases', i],
            message: `topic alias "${alias}" has no letters or digits`,
          });
        } else if (weak) {
          issues.push({
            path: [...at, 'aliases', i],
            message: `topic alias "${alias}" ${weak}`,
            hint: 'use a longer spelling, e.g. the name with a word that goes with it',
          });
        } else {
          aliases.push(alias);
        }
        return;
      }
      const problem = patternProblem(source);
      if (problem) {
        issues.push({
          path: [...at, 'aliases', i],
          message: `topic alias ${alias} ${problem}`,
          hint: 'patterns are RE2 regular expressions between slashes (no backreferences or lookahead), matched case-insensitively',
        });
      } else {
        aliases.push(alias);
      }
    });
    records.push({
      id: value.id,
      name: value.name,
      description: value.description,
      aliases,
      related: value.related,
      ...(value.contexts ? { contexts: value.contexts } : {}),
    });
    // `related` is checked once every id is known (below); remember where each list lives.
    relatedAt.set(records.length - 1, at);
  });

  for (const [i, record] of records.entries()) {
    const at = relatedAt.get(i) ?? [];
    record.related = record.related.filter((id, j) => {
      if (indexOf.has(id) && id !== record.id) return true;
      issues.push(
        id === record.id
          ? { path: [...at, 'related', j], message: `topic "${record.id}" lists itself as related` }
          : {
              path: [...at, 'related', j],
              message: `topic "${record.id}" is related to unknown topic "${id}"`,
              hint: 'use the id of a topic defined in topics.yaml',
            },
      );
      return false;
    });
  }
  return { records, issues };
}
