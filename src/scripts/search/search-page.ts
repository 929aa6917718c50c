/**
 * The /search/ page: query, filters with counts and sort order live in the URL
 * (`?q=…&topic=…&person=…&sort=newest`), so every search can be shared and bookmarked. Runs Pagefind's
 * JS API directly (its component UI ignores sorting) and renders plain HTML lists.
 */
import type { HitFocus, SearchHit } from './hits.ts';
import { loadFailureMessage, loadPagefind } from './pagefind.ts';
import type { PagefindApi, PagefindResult } from './pagefind.ts';
import type { FilterPanel } from './search-filters.ts';
import {
  filterKeys,
  groupTypes,
  hasFilters,
  isAnyOfKey,
  parseSearchState,
  serialiseSearchState,
  toResultOptions,
  withMeetingCount,
} from './search-state.ts';
import type { FilterKey, SearchState } from './search-state.ts';

const pageSize = 10;
/** How long typing must pause before a search runs (the header box waits as long). */
const typingPauseMs = 120;

function renderHit(hit: SearchHit): HTMLLIElement {
  const item = document.createElement('li');
  item.className = 'search-result';
  const heading = document.createElement('h2');
  heading.className = 'search-result__title';
  const link = document.createElement('a');
  link.href = hit.url;
  link.textContent = hit.section ?? hit.title;
  heading.append(link);
  const meta = document.createElement('p');
  meta.className = 'search-result__meta';
  meta.textContent =
    hit.type === 'Meeting'
      ? [hit.section && hit.section !== hit.title ? hit.title : undefined, hit.meeting, hit.date]
          .filter(Boolean)
          .join(' · ')
      : hit.type;
  item.append(heading, meta);
  if (hit.excerpt) {
    const excerpt = document.createElement('p');
    excerpt.className = 'search-result__excerpt';
    excerpt.innerHTML = hit.excerpt;
    item.append(excerpt);
  }
  if (hit.otherSections.length > 0) {
    const more = document.createElement('p');
    more.className = 'search-result__more';
    more.append('Also in: ');
    hit.otherSections.forEach((section, index) => {
      if (index > 0) more.append(' · ');
      const other = document.createElement('a');
      other.href = section.url;
      other.textContent = section.title;
      more.append(other);
    });
    item.append(more);
  }
  return item;
}

function describeCount(total: number, q: string): string {
  const plural = total === 1 ? '' : 's';
  if (q === '')
    return total === 0
      ? 'Nothing matches these filters.'
      : `${total} result${plural} match${total === 1 ? 'es' : ''} these filters.`;
  return total === 0 ? `No results for “${q}”.` : `${total} result${plural} for “${q}”.`;
}

const groupLabels: Record<(typeof groupTypes)[number], string> = {
  Topic: 'Topics',
  Person: 'People',
};
/** How many topic and person pages each group shows. */
const groupSize = 3;

/** Topics and people matching the words, as their own labelled groups above the meeting sections. */
function renderGroups(box: HTMLElement, hits: SearchHit[]): void {
  box.replaceChildren();
  for (const type of groupTypes) {
    const members = hits.filter((hit) => hit.type === type).slice(0, groupSize);
    if (members.length === 0) continue;
    const group = document.createElement('section');
    group.className = 'search-group';
    const id = `search-group-${type.toLowerCase()}`;
    group.setAttribute('aria-labelledby', id);
    const heading = document.createElement('h2');
    heading.id = id;
    heading.className = 'search-group__title';
    heading.textContent = groupLabels[type];
    const list = document.createElement('ul');
    list.className = 'search-group__list';
    for (const hit of members) {
      const item = document.createElement('li');
      const link = document.createElement('a');
      link.href = hit.url;
      link.textContent = hit.title;
      item.append(link);
      list.append(item);
    }
    group.append(heading, list);
    box.append(group);
  }
  box.hidden = box.childElementCount === 0;
}

export function startSearchPage(root: HTMLElement): void {
  const form = root.querySelector<HTMLFormElement>('#search-form');
  const query = root.querySelector<HTMLInputElement>('#search-query');
  const sort = root.querySelector<HTMLSelectElement>('#search-sort');
  const status = root.querySelector<HTMLElement>('#search-status');
  const list = root.querySelector<HTMLOListElement>('#search-results');
  const more = root.querySelector<HTMLButtonElement>('#search-more');
  const groups = root.querySelector<HTMLElement>('#search-groups');
  if (!form || !query || !sort || !status || !list || !more || !groups) return;

  let pagefind: PagefindApi | undefined;
  let generation = 0;
  let pending: PagefindResult[] = [];
  // The chosen topics and people: each meeting's hit lands on a section about them.
  let focus: HitFocus = { topics: [], people: [] };
  // The filter panel is built from the index, so its code loads with Pagefind, not up front.
  let panel: FilterPanel | undefined;
  // So is the query runner (typo correction, fallback): it is of use only once Pagefind is there.
  let runner: typeof import('./query-runner.ts') | undefined;
  // And so is the code that turns results into hits.
  let hitsCode: typeof import('./hits.ts') | undefined;
  /**
   * Facets whose lists of values Pagefind has loaded. A single-valued facet (type, year, series: a
   * page has one) costs a page number per record; topics and people cost one per record and value,
   * the largest files a search could fetch, so they load when opened or chosen.
   */
  const loadedFacets = new Set<FilterKey>();
  const loadFacets = async (keys: readonly FilterKey[]): Promise<FilterKey[]> => {
    const missing = keys.filter((key) => !loadedFacets.has(key));
    if (missing.length === 0 || !pagefind) return [];
    // A filter-only preload fetches just the named filters' lists and runs no search.
    await pagefind.preload(null, {
      filters: Object.fromEntries(missing.map((key) => [key, []])),
    });
    for (const key of missing) loadedFacets.add(key);
    return missing;
  };
  /** Every value the loaded facets know, with the meetings' count (they carry no type value). */
  const totals = async () => {
    const all = await pagefind!.search(null);
    return {
      ...all.filters,
      type: withMeetingCount(all.filters['type'] ?? {}, all.results.length),
    };
  };
  const openFacet = (key: FilterKey) =>
    void (async () => {
      const loaded = await loadFacets([key]);
      if (loaded.length === 0 || !panel) return;
      const state = readState();
      panel.fill(key, await totals(), state);
      // The counts of the current search, now with this facet's.
      await run(state, { updateUrl: false });
    })().catch((error: unknown) => console.error('Minutebook search:', error));
  const loadPanel = () =>
    import('./search-filters.ts').then((module) =>
      module.createFilterPanel(root, () => void run(readState(), { updateUrl: true }), openFacet),
    );
  const readState = (): SearchState => {
    const params = new URLSearchParams();
    for (const [name, value] of new FormData(form))
      if (typeof value === 'string') params.append(name, value);
    return parseSearchState(params);
  };

  const writeControls = (state: SearchState) => {
    query.value = state.q;
    sort.value = state.sort;
    panel?.write(state);
  };

  /** The next page of hits from `queue`: every result is one (see toSearchHit for where it lands). */
  const nextHits = async (queue: PagefindResult[]): Promise<SearchHit[]> => {
    const batch = queue.splice(0, pageSize);
    const data = await Promise.all(batch.map((result) => result.data()));
    return data.map((item) => hitsCode!.toSearchHit(item, focus));
  };

  const showMore = async (current: number) => {
    const hits = await nextHits(pending);
    if (current !== generation) return;
    for (const hit of hits) list.append(renderHit(hit));
    more.hidden = pending.length === 0;
  };

  // Stops a superseded search from downloading the records of results nobody will see.
  let superseded: AbortController | undefined;
  const run = async (state: SearchState, { updateUrl }: { updateUrl: boolean }) => {
    const current = ++generation;
    superseded?.abort();
    const controller = new AbortController();
    superseded = controller;
    // Tells assistive technology (and tests) that the list is about to change.
    list.setAttribute('aria-busy', 'true');
    if (updateUrl) {
      const params = serialiseSearchState(state).toString();
      history.replaceState(null, '', `${location.pathname}${params ? `?${params}` : ''}`);
    }
    try {
      if (!pagefind || !panel || !runner || !hitsCode)
        [pagefind, panel, runner, hitsCode] = await Promise.all([
          loadPagefind(),
          loadPanel(),
          import('./query-runner.ts'),
          import('./hits.ts'),
        ]);
      // The single-valued facets, and any facet with a chosen value (a shared link, back/forward).
      const newly = await loadFacets(
        filterKeys.filter((key) => isAnyOfKey(key) || state.filters[key].length > 0),
      );
      if (!panel.isBuilt()) panel.build(await totals(), state, loadedFacets);
      else if (newly.length > 0) {
        const known = await totals();
        for (const key of newly) panel.fill(key, known, state);
      }
      if (state.q === '' && !hasFilters(state)) {
        panel.showCounts(await totals());
        if (current !== generation) return;
        list.replaceChildren();
        renderGroups(groups, []);
        pending = [];
        more.hidden = true;
        status.textContent =
          'Type what you are looking for, or choose filters to browse the archive.';
        list.setAttribute('aria-busy', 'false');
        return;
      }
      // Typing pauses before searching; a newer keystroke supersedes this search.
      await new Promise((resolve) => setTimeout(resolve, typingPauseMs));
      if (current !== generation) return;
      const main =
        state.q === ''
          ? await pagefind.search(null, toResultOptions(state)).then((search) => ({
              text: '',
              queries: [[]],
              results: search.results,
              filters: search.filters,
              notes: [],
            }))
          : await runner.searchWords(
              pagefind,
              state.q,
              toResultOptions(state),
              pageSize,
              controller.signal,
            );
      if (current !== generation) return;
      const term = main.text === '' ? null : main.text;
      // The count beside a value is the number of results choosing it gives: the result list's own
      // counts for topics and people (choosing one narrows to it), and for "any of" filters (and the
      // type, which defaults to meetings) the counts of a search without that group, as choosing a
      // further value adds its results. Over the same queries the result list was merged from.
      const counts: Partial<Record<FilterKey, Record<string, number>>> = {};
      for (const key of filterKeys) {
        if (key === 'type' || (isAnyOfKey(key) && state.filters[key].length > 0)) {
          const wider = await runner.countResults(
            pagefind,
            main.queries,
            toResultOptions(state, key),
            controller.signal,
          );
          counts[key] =
            key === 'type'
              ? withMeetingCount(wider.filters[key] ?? {}, wider.total)
              : (wider.filters[key] ?? {});
        } else {
          counts[key] = main.filters[key] ?? {};
        }
      }
      const grouped =
        term !== null && !hasFilters(state)
          ? await pagefind.search(term, { filters: { type: { any: [...groupTypes] } } })
          : undefined;
      // Render only once the first page's data is in, so the list never flashes empty between searches.
      focus = { topics: state.filters.topic, people: state.filters.person };
      pending = [...main.results];
      const [firstPage, groupData] = await Promise.all([
        nextHits(pending),
        Promise.all(
          (grouped?.results ?? []).slice(0, groupSize * 2).map((result) => result.data()),
        ),
      ]);
      if (current !== generation) return;
      panel.showCounts(counts);
      renderGroups(
        groups,
        groupData.map((data) => hitsCode!.toSearchHit(data)),
      );
      list.replaceChildren(...firstPage.map((hit) => renderHit(hit)));
      more.hidden = pending.length === 0;
      status.textContent = [
        runner.describeNotes(main.notes),
        describeCount(main.results.length, state.q),
      ]
        .filter(Boolean)
        .join(' ');
      list.setAttribute('aria-busy', 'false');
    } catch (error) {
      if (current !== generation) return;
      status.textContent = loadFailureMessage();
      list.setAttribute('aria-busy', 'false');
      console.error('Minutebook search:', error);
    }
  };

  form.addEventListener('submit', (event) => {
    event.preventDefault();
    void run(readState(), { updateUrl: true });
  });
  query.addEventListener('input', () => void run(readState(), { updateUrl: true }));
  // Filter checkboxes sit outside the form element (associated through `form=`), so listen on the page.
  root.addEventListener('change', (event) => {
    // The facets' find boxes only narrow their lists.
    if ((event.target as HTMLInputElement).type !== 'search')
      void run(readState(), { updateUrl: true });
  });
  more.addEventListener('click', () => {
    const firstNew = list.children.length;
    void showMore(generation).then(() => {
      // Move focus to the first newly shown result so keyboard users continue where they were.
      list.children[firstNew]?.querySelector('a')?.focus();
    });
  });
  window.addEventListener('popstate', () => {
    const state = parseSearchState(new URLSearchParams(location.search));
    writeControls(state);
    void run(state, { updateUrl: false });
  });

  const initial = parseSearchState(new URLSearchParams(location.search));
  writeControls(initial);
  void run(initial, { updateUrl: false });
}
