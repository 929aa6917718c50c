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

/** Result types that have their own groups beside the meetings when no type is chosen. */
export const groupTypes = ['Topic', 'Person'] as const;

/**
 * The type of meeting records. Only topic and person pages carry a `type` filter value: a value on
 * every meeting made Pagefind's list of them, fetched by every search, grow with the archive. So
 * "meetings" is "no topic or person page" (Pagefind's `not`), and their count is what is left.
 */
export const meetingType = 'Meeting';

/** The Pagefind filter that keeps only meetings. */
export const meetingsOnly: SearchFilters = { not: { type: { any: [...groupTypes] } } };

/** The Pagefind filter that keeps the chosen types, or undefined for all of them. */
function typeFilter(types: readonly string[]): SearchFilters | undefined {
  if (!types.includes(meetingType)) return { type: { any: [...types] } };
  const others = groupTypes.filter((type) => !types.includes(type));
  return others.length === 0 ? undefined : { not: { type: { any: others } } };
}

/** Pagefind filters for the state, optionally leaving one key out (to count that key's other values). */
export function toPagefindFilters(state: SearchState, without?: FilterKey): SearchFilters {
  const filters: SearchFilters = {};
  for (const key of filterKeys) {
    const values = state.filters[key];
    if (key === without || values.length === 0) continue;
    if (key === 'type') Object.assign(filters, typeFilter(values));
    else filters[key] = anyOfKeys.has(key) ? { any: values } : { all: values };
  }
  return filters;
}

/**
 * Type counts with the meetings' count filled in: Pagefind counts only the types that are filter
 * values, `total` is how many results there are of every type.
 */
export function withMeetingCount(
  counts: Record<string, number>,
  total: number,
): Record<string, number> {
  const grouped = groupTypes.reduce((sum, type) => sum + (counts[type] ?? 0), 0);
  return { [meetingType]: Math.max(0, total - grouped), ...counts };
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

/**
 * Options of the main result list: meeting sections unless types are chosen, so topic and person
 * pages (shown as their own groups) never crowd out the meetings.
 */
export function toResultOptions(state: SearchState, without?: FilterKey): SearchOptions {
  const options = toPagefindOptions(state, without);
  if (state.filters.type.length === 0 && without !== 'type')
    options.filters = { ...options.filters, ...meetingsOnly };
  return options;
}
