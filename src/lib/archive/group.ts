import type { Meeting } from './model.ts';

export interface MonthGroup {
  /** `YYYY-MM`. */
  month: string;
  meetings: Meeting[];
}

export interface YearGroup {
  year: number;
  months: MonthGroup[];
  count: number;
}

/** Newest first at every level, as readers of an archive expect. */
export function groupByYearAndMonth(meetings: readonly Meeting[]): YearGroup[] {
  const years = new Map<number, Map<string, Meeting[]>>();
  for (const meeting of [...meetings].reverse()) {
    const months = years.get(meeting.year) ?? new Map<string, Meeting[]>();
    years.set(meeting.year, months);
    const key = meeting.date.slice(0, 7);
    months.set(key, [...(months.get(key) ?? []), meeting]);
  }
  return [...years.entries()].map(([year, months]) => ({
    year,
    months: [...months.entries()].map(([month, list]) => ({ month, meetings: list })),
    count: [...months.values()].reduce((sum, list) => sum + list.length, 0),
  }));
}
