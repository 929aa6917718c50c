/**
 * Long histories read best newest first, one year at a time: the newest year open, older years
 * folded away, and within the open year only the latest few entries until the reader asks for more.
 */
export interface YearGroup<T> {
  year: number;
  /** Fragment id of the year's heading, e.g. `history-2025`. */
  id: string;
  /** Every entry of the year, newest first. */
  items: T[];
  /** Whether the year starts unfolded: only the newest one does. */
  open: boolean;
  /** Entries shown at first view: all of a folded year, the newest `openLimit` of the open one. */
  shown: T[];
  /** The open year's older entries, folded under "earlier in <year>". */
  earlier: T[];
}

export interface YearGroupOptions {
  /** Prefix of the year ids, e.g. `history` gives `history-2025`. */
  idPrefix: string;
  /** How many entries the open year shows before folding the rest. */
  openLimit: number;
}

/** Groups entries given newest first by year, keeping that order at both levels. */
export function groupByYear<T>(
  newestFirst: readonly T[],
  yearOf: (item: T) => number,
  { idPrefix, openLimit }: YearGroupOptions,
): YearGroup<T>[] {
  const years = new Map<number, T[]>();
  for (const item of newestFirst) {
    const year = yearOf(item);
    const list = years.get(year);
    if (list) list.push(item);
    else years.set(year, [item]);
  }
  return [...years.entries()]
    .sort(([a], [b]) => b - a)
    .map(([year, items], position) => {
      const open = position === 0;
      return {
        year,
        id: `${idPrefix}-${year}`,
        items,
        open,
        shown: open ? items.slice(0, openLimit) : items,
        earlier: open ? items.slice(openLimit) : [],
      };
    });
}
