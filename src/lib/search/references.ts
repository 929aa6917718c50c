/**
 * Pull request and issue numbers as people type them: "#123", "PR 123", "PR123", "PR #123",
 * "pull/123", "issues/123", "issue 123". The index carries each referenced number as a word of its
 * section (also when it is only in a link's target), so every way of writing it becomes that word.
 */
import { findReferences } from '../references.ts';

const GITHUB_PATH_RE = /\/(?:pull|pulls|issues)\/(\d+)(?![\d])/gu;

/** Numbers of the pull requests and issues a section's text names or its links point at, in order. */
export function referencedNumbers(text: string, hrefs: readonly string[]): string[] {
  const numbers = new Set<string>();
  // Every reference has digits; most sections have none, and their patterns are the dear part.
  if (/\d/u.test(text)) {
    for (const ref of findReferences(text)) numbers.add(String(ref.number));
    // "PR123" written as one word is one token for the indexer: its number is a word of its own here.
    for (const m of text.matchAll(/(?<![\p{L}\p{N}])(?:PRs?|MRs?)(\d+)\b/giu)) numbers.add(m[1]!);
  }
  for (const href of hrefs) for (const m of href.matchAll(GITHUB_PATH_RE)) numbers.add(m[1]!);
  return [...numbers];
}

const QUERY_REFERENCE_RE =
  /(?<![\p{L}\p{N}])(?:(?:pull\s+requests?|PRs?|MRs?|issues?|bugs?|tickets?)\s*#?\s*|(?:pulls?|issues)\/|#)(\d+)\b/giu;

/** A query with every reference written as its bare number (`PR #123 review` → `123 review`). */
export function normaliseQueryReferences(query: string): string {
  return query.replace(QUERY_REFERENCE_RE, '$1');
}
