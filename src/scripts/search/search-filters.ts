/**
 * The search page's filter panel: one checkbox per value the index knows (chosen values pinned at the
 * top of their facet, a find box in long facets), the active filters as removable chips with "Clear
 * all", and on narrow screens the panel in a modal drawer (a native `<dialog>`: focus moves in and back,
 * Escape closes it, the page behind is inert). Built from the index, so it loads with Pagefind.
 */
import { filterKeys } from './search-state.ts';
import type { FilterKey, SearchState } from './search-state.ts';
import type { FilterCounts } from './pagefind.ts';

const filterLabels: Record<FilterKey, string> = {
  type: 'Type',
  topic: 'Topic',
  person: 'Person',
  year: 'Year',
  series: 'Series',
};

/** Facets longer than this start closed and get a find box. */
const longFacet = 8;

/** Types are shown in this order; anything else after them. */
const typeOrder = ['Meeting', 'Topic', 'Person'];

function sortValues(key: FilterKey, values: string[], counts: Record<string, number>): string[] {
  if (key === 'year') return [...values].sort((a, b) => b.localeCompare(a));
  if (key === 'type') {
    const rank = (value: string) =>
      typeOrder.includes(value) ? typeOrder.indexOf(value) : typeOrder.length;
    return [...values].sort((a, b) => rank(a) - rank(b) || a.localeCompare(b));
  }
  return [...values].sort((a, b) => (counts[b] ?? 0) - (counts[a] ?? 0) || a.localeCompare(b));
}

/** Case- and accent-blind text for the find box ("ruzicka" finds "Růžička"). */
function fold(text: string): string {
  return text.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase();
}

interface FilterEntry {
  key: FilterKey;
  box: HTMLInputElement;
  count: HTMLElement;
  item: HTMLLIElement;
}

export interface FilterPanel {
  /**
   * Builds the facets once: the checkboxes of every value the index knows for the `loaded` facets,
   * and a closed disclosure for each other one, whose opening asks for its values (`onOpenFacet`).
   */
  build(totals: FilterCounts, state: SearchState, loaded: ReadonlySet<FilterKey>): void;
  /** Gives a facet built without values its checkboxes, once they have loaded. */
  fill(key: FilterKey, totals: FilterCounts, state: SearchState): void;
  isBuilt(): boolean;
  /** Checks the boxes of a state (after back/forward). */
  write(state: SearchState): void;
  /** Counts of the current search; chips and pinning follow the checked boxes. */
  showCounts(counts: Partial<Record<FilterKey, Record<string, number>>>): void;
}

export function createFilterPanel(
  root: HTMLElement,
  onChange: () => void,
  onOpenFacet: (key: FilterKey) => void,
): FilterPanel {
  const box = root.querySelector<HTMLElement>('[data-search-filters]')!;
  const chips = root.querySelector<HTMLElement>('#search-chips')!;
  const entries: FilterEntry[] = [];
  const lists = new Map<FilterKey, HTMLUListElement>();
  const finds = new Map<FilterKey, HTMLInputElement>();

  /** Chosen values first, each group in the facet's own order. */
  const pin = () => {
    for (const [key, list] of lists) {
      const own = entries.filter((entry) => entry.key === key);
      const ordered = [
        ...own.filter((entry) => entry.box.checked),
        ...own.filter((entry) => !entry.box.checked),
      ];
      if (ordered.some((entry, index) => list.children[index] !== entry.item))
        list.append(...ordered.map((entry) => entry.item));
    }
  };

  let counts: Partial<Record<FilterKey, Record<string, number>>> = {};
  const applyVisibility = () => {
    for (const entry of entries) {
      const count = counts[entry.key]?.[entry.box.value] ?? 0;
      const needle = fold(finds.get(entry.key)?.value.trim() ?? '');
      // Values that would empty the results are hidden, unless chosen (so they can be unchosen).
      const matches = needle === '' || fold(entry.box.value).includes(needle);
      entry.item.hidden = entry.box.checked ? false : count === 0 || !matches;
    }
  };

  const renderChips = () => {
    const chosen = entries.filter((entry) => entry.box.checked);
    chips.replaceChildren();
    chips.hidden = chosen.length === 0;
    if (chosen.length === 0) return;
    const heading = document.createElement('h2');
    heading.className = 'visually-hidden';
    heading.textContent = 'Active filters';
    const list = document.createElement('ul');
    list.className = 'search-chips__list';
    chosen.forEach((entry, index) => {
      const item = document.createElement('li');
      const button = document.createElement('button');
      button.type = 'button';
      button.className = 'search-chip';
      const label = `${filterLabels[entry.key]}: ${entry.box.value}`;
      button.textContent = label;
      button.setAttribute('aria-label', `Remove filter ${label}`);
      button.addEventListener('click', () => {
        entry.box.checked = false;
        // Keep keyboard users in the chips: the next chip, or Clear all, or the query box.
        const next = chosen[index + 1] ?? chosen[index - 1];
        update();
        focusChip(next && next !== entry ? next : undefined);
      });
      item.append(button);
      list.append(item);
    });
    const clear = document.createElement('button');
    clear.type = 'button';
    clear.className = 'search-chips__clear';
    clear.textContent = 'Clear all';
    clear.addEventListener('click', () => {
      for (const entry of entries) entry.box.checked = false;
      update();
      root.querySelector<HTMLInputElement>('#search-query')?.focus();
    });
    chips.append(heading, list, clear);
  };

  const focusChip = (entry: FilterEntry | undefined) => {
    const label = entry && `Remove filter ${filterLabels[entry.key]}: ${entry.box.value}`;
    const target =
      [...chips.querySelectorAll<HTMLButtonElement>('.search-chip')].find(
        (button) => button.getAttribute('aria-label') === label,
      ) ??
      chips.querySelector<HTMLButtonElement>('.search-chips__clear') ??
      root.querySelector<HTMLInputElement>('#search-query');
    target?.focus();
  };

  const update = () => {
    pin();
    renderChips();
    applyVisibility();
    onChange();
  };

  box.addEventListener('change', (event) => {
    if ((event.target as HTMLElement).matches('input[type="checkbox"]')) {
      pin();
      renderChips();
    }
  });
  box.addEventListener('input', (event) => {
    if ((event.target as HTMLElement).matches('input[type="search"]')) applyVisibility();
  });
  setUpDrawer(root, box);

  /** Facets built without their values, waiting to be opened (see `build`). */
  const shells = new Map<FilterKey, HTMLDetailsElement>();
  let built = false;

  /** Fills a facet's disclosure with a checkbox per value; false when the facet has no values. */
  const fillFacet = (
    details: HTMLDetailsElement,
    key: FilterKey,
    totals: FilterCounts,
    state: SearchState,
  ): boolean => {
    const values = sortValues(
      key,
      [...new Set([...Object.keys(totals[key] ?? {}), ...state.filters[key]])],
      totals[key] ?? {},
    );
    if (values.length === 0) return false;
    const fieldset = document.createElement('fieldset');
    const legend = document.createElement('legend');
    legend.className = 'visually-hidden';
    legend.textContent = `Filter by ${filterLabels[key].toLowerCase()}`;
    fieldset.append(legend);
    if (values.length > longFacet) {
      const find = document.createElement('input');
      find.type = 'search';
      find.className = 'search-filter__find';
      find.id = `search-filter-find-${key}`;
      find.autocomplete = 'off';
      // No name, so not part of the search: typing here narrows the list of values.
      find.setAttribute('aria-label', `Find a ${filterLabels[key].toLowerCase()}`);
      find.placeholder = `Find a ${filterLabels[key].toLowerCase()}…`;
      fieldset.append(find);
      finds.set(key, find);
    }
    const list = document.createElement('ul');
    values.forEach((value, index) => {
      const item = document.createElement('li');
      const input = document.createElement('input');
      input.type = 'checkbox';
      input.name = key;
      input.value = value;
      input.id = `search-filter-${key}-${index}`;
      input.setAttribute('form', 'search-form');
      input.checked = state.filters[key].includes(value);
      const label = document.createElement('label');
      label.htmlFor = input.id;
      const count = document.createElement('span');
      count.className = 'search-filter__count';
      label.append(`${value} `, count);
      item.append(input, label);
      list.append(item);
      entries.push({ key, box: input, count, item });
    });
    lists.set(key, list);
    fieldset.append(list);
    details.querySelector('fieldset')?.remove();
    details.append(fieldset);
    return true;
  };

  const newFacet = (key: FilterKey): HTMLDetailsElement => {
    const details = document.createElement('details');
    details.className = 'search-filter';
    const summary = document.createElement('summary');
    summary.textContent = filterLabels[key];
    details.append(summary);
    return details;
  };

  return {
    isBuilt: () => built,
    build(totals, state, loaded) {
      box.replaceChildren();
      entries.length = 0;
      lists.clear();
      finds.clear();
      shells.clear();
      for (const key of filterKeys) {
        const details = newFacet(key);
        if (!loaded.has(key)) {
          // Its values load when the reader opens it: a long facet's list can be most of what the
          // page would download (a person list grows with meetings times attendees).
          const fieldset = document.createElement('fieldset');
          const waiting = document.createElement('p');
          waiting.className = 'search-filter__loading';
          waiting.textContent = `Loading ${filterLabels[key].toLowerCase()} filters…`;
          fieldset.append(waiting);
          details.append(fieldset);
          details.addEventListener('toggle', () => {
            if (details.open && shells.has(key)) onOpenFacet(key);
          });
          shells.set(key, details);
          box.append(details);
          continue;
        }
        if (!fillFacet(details, key, totals, state)) continue;
        details.open =
          (lists.get(key)?.children.length ?? 0) <= longFacet || state.filters[key].length > 0;
        box.append(details);
      }
      built = true;
      pin();
      renderChips();
    },
    fill(key, totals, state) {
      const details = shells.get(key);
      if (!details) return;
      shells.delete(key);
      if (!fillFacet(details, key, totals, state)) {
        details.remove();
        return;
      }
      if (state.filters[key].length > 0) details.open = true;
      pin();
      renderChips();
      applyVisibility();
    },
    write(state) {
      for (const entry of entries)
        entry.box.checked = state.filters[entry.key].includes(entry.box.value);
      pin();
      renderChips();
    },
    showCounts(next) {
      counts = next;
      for (const entry of entries)
        entry.count.textContent = `(${counts[entry.key]?.[entry.box.value] ?? 0})`;
      applyVisibility();
    },
  };
}

/**
 * On narrow screens the filters sit behind a "Filters" button, in a modal `<dialog>`: the panel moves
 * into it while open and back to the sidebar when it closes.
 */
function setUpDrawer(root: HTMLElement, panel: HTMLElement): void {
  const toggle = root.querySelector<HTMLButtonElement>('#search-filters-toggle');
  const drawer = root.querySelector<HTMLDialogElement>('#search-filters-drawer');
  const slot = root.querySelector<HTMLElement>('#search-filters-drawer-body');
  const close = root.querySelector<HTMLButtonElement>('#search-filters-close');
  const home = panel.parentElement;
  if (!toggle || !drawer || !slot || !close || !home) return;
  toggle.hidden = false;
  toggle.addEventListener('click', () => {
    slot.append(panel);
    drawer.showModal();
    toggle.setAttribute('aria-expanded', 'true');
  });
  close.addEventListener('click', () => drawer.close());
  drawer.addEventListener('close', () => {
    home.append(panel);
    toggle.setAttribute('aria-expanded', 'false');
    toggle.focus();
  });
  // Growing past the phone layout closes the drawer: the sidebar shows the panel again.
  const wide = window.matchMedia('(min-width: 50rem)');
  wide.addEventListener('change', () => {
    if (wide.matches && drawer.open) drawer.close();
  });
}
