/**
 * The search page's state and its URL form (`?q=…&topic=…&person=…&sort=newest`), so a search can be
 * shared and bookmarked, and the Pagefind options it stands for.
 */
import type { SearchFilters, SearchOptions } from './pagefind.ts';

/** Filter keys in the order the page shows them; the names match the pages' `data-pagefind-filter`s. */
export const filterKeys = ['type', 'topic', 'person', 'year', 'series'] as const;
export type FilterKey = (typeof filterKeys)[number];

/**
 * A page has one type, year and series, so several values of these mean "any of them"; topics and
 * people narrow: a meeting must have all the chosen ones.
 */
const anyOfKeys: ReadonlySet<FilterKey> = new Set(['type', 'year', 'series']);

export const sortOrders = ['relevance', 'newest', 'oldest'] as const;
export type SortOrder = (typeof sortOrders)[number];

export interface SearchState {
  q: string;
  sort: SortOrder;
  filters: Record<FilterKey, string[]>;
}

export function createEmptyFilters(): Record<FilterKey, string[]> {
  return { type: [], topic: [], person: [], year: [], series: [] };
}

export function parseSearchState(params: URLSearchParams): SearchState {
  const filters = createEmptyFilters();
  for (const key of filterKeys) {
    filters[key] = [
      ...new Set(
        params
          .getAll(key)
          .map((value) => value.trim())
          .filter(Boolean),
      ),
    ];
  }
  const sort = params.get('sort');
  return {
    q: (params.get('q') ?? '').trim(),
    sort: sortOrders.find((order) => order === sort) ?? 'relevance',
    filters,
  };
}

export function serialiseSearchState(state: SearchState): URLSearchParams {
  const params = new URLSearchParams();
  if (state.q) params.set('q', state.q);
  for (const key of filterKeys) for (const value of state.filters[key]) params.append(key, value);
  if (state.sort !== 'relevance') params.set('sort', state.sort);
  return params;
}

export function hasFilters(state: SearchState): boolean {
  return filterKeys.some((key) => state.filters[key].length > 0);
}

/** Pagefind filters for the state, optionally leaving one key out (to count that key's other values). */
export function toPagefindFilters(state: SearchState, without?: FilterKey): SearchFilters {
  const filters: SearchFilters = {};
  for (const key of filterKeys) {
    const values = state.filters[key];
    if (key === without || values.length === 0) continue;
    filters[key] = anyOfKeys.has(key) ? { any: values } : { all: values };
  }
  return filters;
}

export function toPagefindOptions(state: SearchState, without?: FilterKey): SearchOptions {
  // Browsing by filters alone has no relevance to rank by; newest first is what people expect.
  const sort = state.sort === 'relevance' && state.q === '' ? 'newest' : state.sort;
  return {
    filters: toPagefindFilters(state, without),
    ...(sort === 'relevance' ? {} : { sort: { date: sort === 'newest' ? 'desc' : 'asc' } }),
  };
}

/** Whether the keys that select any of several values need their own count search. */
export function isAnyOfKey(key: FilterKey): boolean {
  return anyOfKeys.has(key);
}

/** Result types that have their own groups beside the meetings when no type is chosen. */
export const groupTypes = ['Topic', 'Person'] as const;

/**
 * Options of the main result list: meeting sections unless types are chosen, so topic and person
 * pages (shown as their own groups) never crowd out the meetings.
 */
export function toResultOptions(state: SearchState, without?: FilterKey): SearchOptions {
  const options = toPagefindOptions(state, without);
  if (state.filters.type.length === 0 && without !== 'type')
    options.filters = { ...options.filters, type: { any: ['Meeting'] } };
  return options;
}
