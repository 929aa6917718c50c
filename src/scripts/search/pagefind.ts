/**
 * Loads Pagefind's JS API from the built site (`<base>pagefind/pagefind.js`) once per page, configured
 * so result URLs carry the site's base path and the highlight parameter the target page reads.
 * Only the parts of Pagefind's API Minutebook uses are typed here.
 */

import { normaliseBase } from '../../lib/urls.ts';

/** Query parameter that carries the search terms to the result page, read by highlight.ts. */
export const highlightParam = 'highlight';

export type FilterCounts = Record<string, Record<string, number>>;
/** Pagefind's filter syntax: a value, all of several values, or any of several. */
export type FilterValue = string | string[] | { any: string[] } | { all: string[] };
/** Filter keys and their values; under `not`, filters a result must not match. */
export type SearchFilters = { [key: string]: FilterValue | SearchFilters };

export interface SearchOptions {
  filters?: SearchFilters;
  sort?: Record<string, 'asc' | 'desc'>;
}

export interface PagefindAnchor {
  element: string;
  id: string;
  text?: string;
  location: number;
}

export interface PagefindWeightedLocation {
  weight: number;
  balanced_score: number;
  location: number;
}

export interface PagefindSubResult {
  title: string;
  url: string;
  excerpt: string;
  anchor?: PagefindAnchor;
  weighted_locations: PagefindWeightedLocation[];
}

export interface PagefindResultData {
  url: string;
  excerpt: string;
  /** The record's whole indexed text. */
  content?: string;
  /** The same text with `<` and `>` escaped, as excerpts are cut from it. */
  raw_content?: string;
  /** Every element with an id in the record, in document order (headings and section tags). */
  anchors?: PagefindAnchor[];
  meta: Record<string, string | undefined>;
  filters: Record<string, string[] | undefined>;
  sub_results: PagefindSubResult[];
}

export interface PagefindResult {
  id: string;
  score: number;
  data(): Promise<PagefindResultData>;
}

export interface PagefindSearch {
  results: PagefindResult[];
  unfilteredResultCount: number;
  filters: FilterCounts;
  totalFilters: FilterCounts;
}

export interface PagefindApi {
  options(options: Record<string, unknown>): Promise<void>;
  init(): Promise<void>;
  search(term: string | null, options?: SearchOptions): Promise<PagefindSearch>;
  /** Resolves to null when a newer call superseded this one. */
  debouncedSearch(
    term: string | null,
    options?: SearchOptions,
    timeoutMs?: number,
  ): Promise<PagefindSearch | null>;
  filters(): Promise<FilterCounts>;
  /**
   * Fetches what a search would need without searching; with a null term (a filter-only search),
   * only the lists of the filters named in `options` (Pagefind 1.6's JS: `search(null)` is a
   * filter-only search, and a preload returns before searching).
   */
  preload(term: string | null, options?: SearchOptions): Promise<void>;
}

/** The site's base path with both slashes, from Astro's build-time BASE_URL. */
export const siteBase = normaliseBase(import.meta.env.BASE_URL);

let loading: Promise<PagefindApi> | undefined;

export function loadPagefind(): Promise<PagefindApi> {
  loading ??= (async () => {
    const pagefind = (await import(
      /* @vite-ignore */ `${siteBase}pagefind/pagefind.js`
    )) as PagefindApi;
    // In the page, not in Pagefind's Web Worker: the worker is a second copy of the engine (42 KB more
    // on the first search), and a search over one record per meeting takes milliseconds.
    await pagefind.options({
      baseUrl: siteBase,
      highlightParam,
      excerptLength: 24,
      noWorker: true,
    });
    await pagefind.init();
    return pagefind;
  })();
  // A failed load (offline, index missing) may succeed on the next keystroke.
  loading.catch(() => (loading = undefined));
  return loading;
}

/**
 * Why search failed to load, in words a reader can act on. `astro dev` serves no search index (Pagefind
 * indexes the built pages), so in development the message says how to get one.
 */
export function loadFailureMessage(): string {
  return import.meta.env.DEV
    ? 'Search needs the index that `npm run build` writes; the development server has none. Run `npm run build` and then `npm run preview` to search.'
    : 'Search could not load. Try reloading the page.';
}
