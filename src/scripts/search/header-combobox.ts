/**
 * The header search box as an ARIA combobox: results open in a listbox as you type, arrow keys move
 * through them (aria-activedescendant keeps focus in the box), Enter opens one, Escape closes the list
 * (a second Escape clears the box). Enter with no result chosen submits to the /search/ page.
 */
import { toSearchHit } from './hits.ts';
import type { SearchHit } from './hits.ts';
import { loadFailureMessage, loadPagefind, siteBase } from './pagefind.ts';
import { describeNotes, searchWords } from './query-runner.ts';
import { groupTypes, meetingsOnly } from './search-state.ts';

const shownResults = 6;
/** Topic and person pages shown per group, below the meeting sections. */
const shownPerGroup = 2;
const groupLabels: Record<string, string> = {
  Meeting: 'Meetings',
  Topic: 'Topics',
  Person: 'People',
};
/** How long typing must pause before a search runs. */
const typingPauseMs = 120;

interface Option {
  url: string;
  element: HTMLLIElement;
}

function describeHit(hit: SearchHit): string {
  if (hit.type === 'Meeting')
    return [
      hit.section && hit.section !== hit.title ? hit.title : undefined,
      hit.meeting ?? hit.date,
    ]
      .filter(Boolean)
      .join(' · ');
  return hit.type;
}

/** A labelled group of options inside the listbox (ARIA listbox > group > option). */
function createGroup(type: string, options: HTMLLIElement[]): HTMLLIElement {
  const group = document.createElement('li');
  group.setAttribute('role', 'group');
  group.className = 'search-option-group';
  const labelId = `site-search-group-${type.toLowerCase()}`;
  group.setAttribute('aria-labelledby', labelId);
  const label = document.createElement('div');
  label.id = labelId;
  label.className = 'search-option-group__label';
  label.setAttribute('role', 'presentation');
  label.textContent = groupLabels[type] ?? type;
  const list = document.createElement('ul');
  list.setAttribute('role', 'none');
  list.append(...options);
  group.append(label, list);
  return group;
}

function createHitOption(hit: SearchHit, id: string): HTMLLIElement {
  const option = document.createElement('li');
  option.id = id;
  option.setAttribute('role', 'option');
  option.setAttribute('aria-selected', 'false');
  option.className = 'search-option';
  const title = document.createElement('span');
  title.className = 'search-option__title';
  title.textContent = hit.section ?? hit.title;
  const meta = document.createElement('span');
  meta.className = 'search-option__meta';
  meta.textContent = describeHit(hit);
  const excerpt = document.createElement('span');
  excerpt.className = 'search-option__excerpt';
  excerpt.innerHTML = hit.excerpt;
  option.append(title, meta, excerpt);
  return option;
}

export function enhanceHeaderSearch(form: HTMLFormElement, input: HTMLInputElement): void {
  const listbox = form.querySelector<HTMLUListElement>('[role="listbox"]');
  const popup = form.querySelector<HTMLElement>('[data-search-popup]');
  const status = form.querySelector<HTMLElement>('[role="status"]');
  if (!listbox || !popup || !status) return;

  let options: Option[] = [];
  let active = -1;
  let generation = 0;
  // Stops a superseded search from downloading the records of results nobody will see.
  let superseded: AbortController | undefined;
  // Load and initialise Pagefind as soon as the box is used, so typing is not followed by start-up.
  void loadPagefind().catch(() => undefined);

  const setActive = (index: number) => {
    options[active]?.element.setAttribute('aria-selected', 'false');
    active = index;
    const option = options[active];
    if (option) {
      option.element.setAttribute('aria-selected', 'true');
      input.setAttribute('aria-activedescendant', option.element.id);
      option.element.scrollIntoView({ block: 'nearest' });
    } else {
      input.removeAttribute('aria-activedescendant');
    }
  };
  const isOpen = () => !popup.hidden;
  const open = () => {
    if (options.length === 0) return;
    popup.hidden = false;
    input.setAttribute('aria-expanded', 'true');
  };
  const close = () => {
    setActive(-1);
    popup.hidden = true;
    input.setAttribute('aria-expanded', 'false');
  };
  const go = (index: number) => {
    const option = options[index];
    if (option) window.location.assign(option.url);
  };

  const render = (query: string, hits: SearchHit[], total: number, note: string) => {
    setActive(-1);
    listbox.replaceChildren();
    options = [];
    const byType = new Map<string, HTMLLIElement[]>();
    for (const hit of hits) {
      const element = createHitOption(hit, `site-search-option-${options.length}`);
      options.push({ url: hit.url, element });
      byType.set(hit.type, [...(byType.get(hit.type) ?? []), element]);
    }
    // One group per result type, meetings first; a single type needs no group label.
    if (byType.size > 1)
      for (const [type, elements] of byType) listbox.append(createGroup(type, elements));
    else for (const option of options) listbox.append(option.element);
    const all = document.createElement('li');
    all.id = 'site-search-option-all';
    all.setAttribute('role', 'option');
    all.setAttribute('aria-selected', 'false');
    all.className = 'search-option search-option--all';
    all.textContent =
      total === 0
        ? `No results for “${query}”: open the search page`
        : `All ${total} results for “${query}”`;
    options.push({
      url: `${siteBase}search/?${new URLSearchParams({ q: query }).toString()}`,
      element: all,
    });
    listbox.append(all);
    status.textContent = [
      note,
      total === 0
        ? `No results for ${query}.`
        : `${total} results, ${hits.length} shown. Use the arrow keys to choose one.`,
    ]
      .filter(Boolean)
      .join(' ');
    if (document.activeElement === input) open();
  };

  const update = async () => {
    const query = input.value.trim();
    const current = ++generation;
    superseded?.abort();
    const controller = new AbortController();
    superseded = controller;
    if (query === '') {
      options = [];
      listbox.replaceChildren();
      status.textContent = '';
      close();
      return;
    }
    try {
      // Our own pause instead of Pagefind's debouncedSearch, which preloads the index for every prefix
      // typed ("a", "al", "all"…): waiting for the pause fetches only the chunks the query needs.
      await new Promise((resolve) => setTimeout(resolve, typingPauseMs));
      if (current !== generation) return;
      const pagefind = await loadPagefind();
      const search = await searchWords(
        pagefind,
        query,
        { filters: meetingsOnly },
        shownResults,
        controller.signal,
      );
      if (current !== generation) return;
      // Topic and person pages as their own groups, so they never take the meetings' places.
      const grouped = search.text
        ? await pagefind.search(search.text, { filters: { type: { any: [...groupTypes] } } })
        : undefined;
      if (current !== generation) return;
      // The best few of either type; their data says which type each is.
      const [data, groupData] = await Promise.all([
        Promise.all(search.results.slice(0, shownResults).map((result) => result.data())),
        Promise.all(
          (grouped?.results ?? [])
            .slice(0, shownPerGroup * groupTypes.length)
            .map((result) => result.data()),
        ),
      ]);
      if (current !== generation) return;
      const groupHits = groupData.map((item) => toSearchHit(item));
      const extra = groupTypes.flatMap((type) =>
        groupHits.filter((hit) => hit.type === type).slice(0, shownPerGroup),
      );
      render(
        query,
        [...data.map((item) => toSearchHit(item)), ...extra],
        search.results.length + (grouped?.results.length ?? 0),
        describeNotes(search.notes),
      );
    } catch (error) {
      if (current !== generation) return;
      status.textContent = import.meta.env.DEV
        ? loadFailureMessage()
        : 'Search is unavailable right now; press Enter to open the search page.';
      console.error('Minutebook search:', error);
    }
  };

  input.addEventListener('input', () => void update());
  input.addEventListener('focus', open);
  input.addEventListener('keydown', (event) => {
    switch (event.key) {
      case 'ArrowDown':
        event.preventDefault();
        if (!isOpen()) open();
        else if (options.length > 0) setActive((active + 1) % options.length);
        break;
      case 'ArrowUp':
        event.preventDefault();
        if (!isOpen()) open();
        else if (options.length > 0) setActive(active <= 0 ? options.length - 1 : active - 1);
        break;
      case 'Enter':
        if (isOpen() && active >= 0) {
          event.preventDefault();
          go(active);
        }
        break;
      case 'Escape':
        if (isOpen()) {
          event.preventDefault();
          close();
        } else if (input.value !== '') {
          event.preventDefault();
          input.value = '';
          void update();
        }
        break;
      case 'Tab':
        close();
        break;
    }
  });
  // Keep focus in the box while a result is clicked, so the list does not close under the pointer.
  listbox.addEventListener('mousedown', (event) => event.preventDefault());
  listbox.addEventListener('click', (event) => {
    const element = (event.target as Element).closest('[role="option"]');
    const index = options.findIndex((option) => option.element === element);
    if (index >= 0) go(index);
  });
  input.addEventListener('blur', close);

  // Words typed before this module arrived.
  if (input.value.trim() !== '') void update();
}
