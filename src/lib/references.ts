/**
 * References to pull requests and issues in minutes text, linked to the repository set in `site.yaml`.
 *
 * API
 * - `findReferences(text)` → `Reference[]` (sorted by start; `start`/`end` cover the number including its `#`,
 *   so a renderer links "#237" in "PR #237", or "1192" in "PR 1192"):
 *   - "PR #237", "PR 1192", "PR#12", "pull request #12", "PRs #12 and #13", "PRs #12, #13, and 14" → `pull`;
 *   - "issue #54", "Issue 811", "issues #5 and #6", "bug #7" → `issue`;
 *   - "owner/repo#12" → `issue` in that repository (`repository: 'owner/repo'`); GitHub redirects
 *     `/issues/N` to the pull request when N is one;
 *   - a bare "#54" (two digits or more, not part of a word, URL or HTML entity) → `issue`. One-digit bare
 *     numbers ("the #1 priority") are left alone.
 * - `referenceUrl(repository, ref)` → the page on the repository's host (src/lib/forges.ts): GitHub
 *   `<repository>/pull/N` or `/issues/N`, GitLab `/-/merge_requests/N` or `/-/issues/N`, Gitea and
 *   Forgejo `/pulls/N` or `/issues/N`; a cross-repository reference points at that project on the same
 *   host. A trailing `/` or `.git` on `repository` is ignored. Undefined on a host whose URLs are not
 *   known: the reference then stays text rather than a guessed link.
 */

import { forgeItemUrl, parseRepository } from './forges.ts';

export interface Reference {
  start: number;
  end: number;
  kind: 'pull' | 'issue';
  number: number;
  /** `owner/repo` when the text named another repository. */
  repository?: string;
}

const KEYWORD_RE =
  /(?<![\p{L}\p{N}_/])(?:(?<pull>PRs?|pull\s+requests?|pulls?|MRs?)|(?<issue>issues?|bugs?|tickets?))(?:\s*\(|\s*:)?\s*#?(?<n>\d+)\b/giu;
// Continuation of a list after a keyword: ", #13", " and #14", ", 15".
const LIST_ITEM_RE = /^(?:\s*,\s*(?:and\s+|or\s+)?|\s+(?:and|or|&)\s+|\s*\/\s*)#?(\d+)\b/iu;
const CROSS_REPO_RE = /(?<![\p{L}\p{N}_/.-])([A-Za-z0-9][\w.-]*\/[\w.-]+)#(\d+)\b/gu;
const BARE_RE = /(?<![\p{L}\p{N}_&/#])#(\d{2,})\b/gu;

export function findReferences(text: string): Reference[] {
  const refs: Reference[] = [];
  const taken: Array<[number, number]> = [];
  const overlaps = (start: number, end: number): boolean =>
    taken.some(([s, e]) => start < e && end > s);
  const add = (ref: Reference): void => {
    if (overlaps(ref.start, ref.end)) return;
    refs.push(ref);
    taken.push([ref.start, ref.end]);
  };

  for (const m of text.matchAll(CROSS_REPO_RE)) {
    const [whole, repo, n] = m;
    if (repo === undefined || n === undefined) continue;
    // Skip URLs such as https://github.com/owner/repo#readme: they are already links.
    if (/https?:\/\/\S*$/u.test(text.slice(0, m.index))) continue;
    add({
      start: m.index,
      end: m.index + whole.length,
      kind: 'issue',
      number: Number(n),
      repository: repo,
    });
  }

  for (const m of text.matchAll(KEYWORD_RE)) {
    const n = m.groups?.['n'];
    if (n === undefined) continue;
    const kind = m.groups?.['pull'] !== undefined ? 'pull' : 'issue';
    const end = m.index + m[0].length;
    const numberStart = end - n.length - (text[end - n.length - 1] === '#' ? 1 : 0);
    add({ start: numberStart, end, kind, number: Number(n) });
    let cursor = end;
    for (;;) {
      const next = LIST_ITEM_RE.exec(text.slice(cursor));
      const item = next?.[1];
      if (!next || item === undefined) break;
      const itemEnd = cursor + next[0].length;
      const itemStart = itemEnd - item.length - (text[itemEnd - item.length - 1] === '#' ? 1 : 0);
      add({ start: itemStart, end: itemEnd, kind, number: Number(item) });
      cursor = itemEnd;
    }
  }

  for (const m of text.matchAll(BARE_RE)) {
    const n = m[1];
    if (n === undefined) continue;
    if (/https?:\/\/\S*$/u.test(text.slice(0, m.index))) continue;
    add({ start: m.index, end: m.index + m[0].length, kind: 'issue', number: Number(n) });
  }

  return refs.sort((a, b) => a.start - b.start);
}

export function referenceUrl(
  repository: string,
  ref: Pick<Reference, 'kind' | 'number' | 'repository'>,
): string | undefined {
  const home = parseRepository(repository);
  if (!home) return undefined;
  // "owner/repo#12" names another project on the same host.
  const target = ref.repository ? { ...home, project: ref.repository } : home;
  // GitHub redirects `/issues/N` to the pull request when N is one; GitLab and Gitea number their
  // issues and merge/pull requests apart, so a bare "#N" there is the issue, as the hosts read it.
  return forgeItemUrl(target, ref.kind, ref.number);
}
