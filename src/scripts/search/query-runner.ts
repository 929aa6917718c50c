/**
 * Runs a typed query the way both search UIs do, as prepared words (src/lib/search/query.ts). Pagefind
 * lists the records that have every word it knows, and silently ignores words it does not know. So a
 * word missing from the best results is checked on its own; a word the index does not know is
 * corrected from the index's vocabulary (fetched only then). When the words match nothing together,
 * the best matches for most of them are shown. Notes say what happened.
 */
import { fewerWordsQueries, missingWords, queryWords } from '../../lib/search/query.ts';
import type { WordIndex } from '../../lib/search/typos.ts';
import type { Vocabulary } from '../../lib/search/vocabulary.ts';
import { siteBase } from './pagefind.ts';
import type { FilterCounts, PagefindApi, PagefindResult, SearchOptions } from './pagefind.ts';

export type SearchNote =
  | { kind: 'corrected'; typed: string[]; searched: string }
  | { kind: 'unknown'; words: string[] }
  | { kind: 'most-words'; searched: string };

export interface WordsSearch {
  /** The words actually searched (for grouped searches and highlighting). */
  text: string;
  /**
   * The word lists whose results together are `results`: one, or for "most of the words" each smaller
   * query whose matches were merged. An empty list is a search without words (filters alone).
   */
  queries: string[][];
  results: PagefindResult[];
  /** Facet counts of exactly these results (see countResults). */
  filters: FilterCounts;
  notes: SearchNote[];
}

/** How many results, and of them how many have each filter value. */
export interface ResultCounts {
  total: number;
  filters: FilterCounts;
}

/**
 * The number of results, and the facet counts, of the union of several word lists' results under
 * `options`, by inclusion–exclusion: a record is in the results of two word lists exactly when it is
 * in the results of their words together (Pagefind lists the records that have every word; every
 * word here is one the index knows), so each overlap is one more search, and a word list that matched
 * nothing ends every list that contains it. The leave-one-out lists of "most of the words" never
 * overlap (together they are all the words, which matched nothing), so they cost no extra search.
 * This is what makes the count beside a facet value the number of results choosing it gives.
 *
 * Inclusion–exclusion visits every non-empty combination of the lists (2^n − 1 of them), and with
 * words that overlap, each is one more search: exact only for up to `exactCountParts` lists. Beyond
 * that, the counts are those of the list with the most results (what they were before they were made
 * exact): a lower bound of the union, from n searches, so the browser never runs thousands of them.
 * `signal`: as for searchWords; checked before every search.
 */
export async function countResults(
  pagefind: PagefindApi,
  queries: readonly (readonly string[])[],
  options: SearchOptions,
  signal?: AbortSignal,
): Promise<ResultCounts> {
  if (queries.length > exactCountParts)
    return largestPartCounts(pagefind, queries, options, signal);
  const searched = new Map<string, ResultCounts>();
  const empty: Set<string>[] = [];
  const total: ResultCounts = { total: 0, filters: {} };
  for (let mask = 1; mask < 1 << queries.length; mask++) {
    signal?.throwIfAborted();
    const words = new Set<string>();
    let size = 0;
    queries.forEach((query, at) => {
      if (mask & (1 << at)) {
        size++;
        for (const word of query) words.add(word);
      }
    });
    if (empty.some((known) => [...known].every((word) => words.has(word)))) continue;
    const key = [...words].sort().join(' ');
    let counts = searched.get(key);
    if (!counts) {
      const search = await pagefind.search(key === '' ? null : key, options);
      counts = { total: search.results.length, filters: search.filters };
      searched.set(key, counts);
      if (counts.total === 0) empty.push(words);
    }
    const sign = size % 2 === 1 ? 1 : -1;
    total.total += sign * counts.total;
    for (const [filter, values] of Object.entries(counts.filters)) {
      const into = (total.filters[filter] ??= {});
      for (const [value, count] of Object.entries(values))
        into[value] = (into[value] ?? 0) + sign * count;
    }
  }
  return total;
}

/**
 * Up to this many word lists are counted exactly: at most 2^6 − 1 = 63 searches, and "most of the
 * words" of a query of up to six words (the longest in eval/search-queries.jsonl) stays exact.
 */
const exactCountParts = 6;

/** The counts of the word list with the most results under `options` (one search per list). */
async function largestPartCounts(
  pagefind: PagefindApi,
  queries: readonly (readonly string[])[],
  options: SearchOptions,
  signal?: AbortSignal,
): Promise<ResultCounts> {
  let largest: ResultCounts = { total: 0, filters: {} };
  for (const query of queries) {
    signal?.throwIfAborted();
    const search = await pagefind.search(query.length === 0 ? null : query.join(' '), options);
    if (search.results.length > largest.total)
      largest = { total: search.results.length, filters: search.filters };
  }
  return largest;
}

/** Must match `vocabularyFile` in src/integrations/search-index.ts. */
const vocabularyUrl = `${siteBase}pagefind/minutebook-vocabulary.json`;
type Typos = typeof import('../../lib/search/typos.ts');
let wordIndex: Promise<{ index: WordIndex; typos: Typos }> | undefined;

/** The vocabulary and the correction code, both fetched on the first query that needs them. */
function loadWordIndex(): Promise<{ index: WordIndex; typos: Typos }> {
  wordIndex ??= Promise.all([
    fetch(vocabularyUrl).then((response) => {
      if (!response.ok) throw new Error(`${vocabularyUrl}: HTTP ${response.status}`);
      return response.json() as Promise<Vocabulary>;
    }),
    import('../../lib/search/typos.ts'),
  ]).then(([vocabulary, typos]) => ({ index: new typos.WordIndex(vocabulary), typos }));
  wordIndex.catch(() => (wordIndex = undefined));
  return wordIndex;
}

/** The words that, searched alone, match nothing: Pagefind does not know them. */
async function unmatchedWords(
  pagefind: PagefindApi,
  words: readonly string[],
  options: SearchOptions,
): Promise<Set<string>> {
  const unmatched = new Set<string>();
  for (const word of words) {
    const alone = await pagefind.search(word, options);
    if (alone.results.length === 0) unmatched.add(word);
  }
  return unmatched;
}

/**
 * `inspect`: how many of the best results to read to see whether they have every word. `signal`: set
 * when a newer query supersedes this one (the reader typed on); the search then stops (rejecting with
 * the signal's reason) before it downloads any more, such as those results' records.
 */
export async function searchWords(
  pagefind: PagefindApi,
  raw: string,
  options: SearchOptions,
  inspect: number,
  signal?: AbortSignal,
): Promise<WordsSearch> {
  let words = queryWords(raw);
  let search = await pagefind.search(words.join(' '), options);
  signal?.throwIfAborted();
  if (words.length === 0)
    return { text: '', queries: [[]], results: search.results, filters: search.filters, notes: [] };
  const notes: SearchNote[] = [];

  // Candidates for typos: every word when nothing matched, else the words the best results lack.
  const shown = await Promise.all(search.results.slice(0, inspect).map((result) => result.data()));
  signal?.throwIfAborted();
  const candidates = (
    shown.length === 0
      ? words
      : missingWords(
          words,
          shown.map((data) => `${data.meta['title'] ?? ''} ${data.content ?? ''}`),
        )
  ).filter((word) => !/^\d+$/u.test(word));
  // A candidate is unknown when it matches nothing alone, or when Pagefind matched it only loosely
  // (it is no vocabulary word and no inflection of one).
  const loaded = candidates.length === 0 ? undefined : await loadWordIndex().catch(() => undefined);
  const index = loaded?.index;
  const unmatched =
    candidates.length === 0
      ? new Set<string>()
      : await unmatchedWords(pagefind, candidates, options);
  const unknown = candidates.filter(
    (word) => unmatched.has(word) || (index !== undefined && !index.resemblesKnown(word)),
  );
  if (unknown.length > 0) {
    const correction = loaded
      ? loaded.typos.correctWords(unknown, loaded.index)
      : { words: unknown, changed: [] };
    const replaced = new Map(unknown.map((word, at) => [word, correction.words[at] ?? word]));
    const uncorrected = unknown.filter((word) => !correction.changed.includes(word));
    if (correction.changed.length > 0) {
      words = words.flatMap((word) => (replaced.get(word) ?? word).split(' '));
      notes.push({ kind: 'corrected', typed: correction.changed, searched: words.join(' ') });
      search = await pagefind.search(words.join(' '), options);
    }
    if (uncorrected.length > 0) notes.push({ kind: 'unknown', words: uncorrected });
    words = words.filter((word) => !uncorrected.includes(word));
  }
  if (search.results.length > 0 || words.length < 2)
    return {
      text: words.join(' '),
      queries: [words],
      results: search.results,
      filters: search.filters,
      notes,
    };

  // No record has every word: merge the matches of smaller queries, most words first.
  for (const round of fewerWordsQueries(words)) {
    const merged = new Map<string, PagefindResult>();
    const matched: string[][] = [];
    let best: { text: string; count: number } | undefined;
    for (const subset of round) {
      const text = subset.join(' ');
      const search = await pagefind.search(text, options);
      for (const result of search.results) {
        const known = merged.get(result.id);
        if (!known || known.score < result.score) merged.set(result.id, result);
      }
      if (search.results.length > 0) matched.push(subset);
      if (search.results.length > (best?.count ?? 0)) best = { text, count: search.results.length };
    }
    if (best) {
      notes.push({ kind: 'most-words', searched: words.join(' ') });
      return {
        text: best.text,
        queries: matched,
        results: [...merged.values()].sort((a, b) => b.score - a.score),
        // The merged list's own counts, not those of its largest part.
        filters: (await countResults(pagefind, matched, options, signal)).filters,
        notes,
      };
    }
  }
  return { text: words.join(' '), queries: [words], results: [], filters: search.filters, notes };
}

/** The notes as sentences, for the status line of either UI. */
export function describeNotes(notes: readonly SearchNote[]): string {
  return notes
    .map((note) =>
      note.kind === 'corrected'
        ? `Showing results for “${note.searched}”.`
        : note.kind === 'unknown'
          ? `No matches for “${note.words.join(' ')}”, left out.`
          : `No result has all of “${note.searched}”; these are the best matches for most of the words.`,
    )
    .join(' ');
}
