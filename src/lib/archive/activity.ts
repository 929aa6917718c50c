import { monthRange } from '../dates.ts';
import type { CountedId, Meeting, MonthCount, PersonMonth } from './model.ts';

/** Months from the archive's first meeting to its last, so every chart shares one time axis. */
export function archiveMonths(meetings: readonly Meeting[]): string[] {
  const first = meetings[0];
  const last = meetings.at(-1);
  return first && last ? monthRange(first.date, last.date) : [];
}

/** Counts distinct meetings per month on the archive's axis. */
export function countByMonth(
  months: readonly string[],
  meetings: Iterable<Pick<Meeting, 'date'>>,
): MonthCount[] {
  const counts = new Map(months.map((month) => [month, 0]));
  for (const meeting of meetings) {
    const key = meeting.date.slice(0, 7);
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  return [...counts.entries()].map(([month, count]) => ({ month, count }));
}

/**
 * A person's months: meetings they appear in at all, those whose attendee list names them, and
 * whether the month had any list, so a chart can tell "absent" from "nobody took attendance".
 */
export function personMonths(
  months: readonly string[],
  meetings: readonly Pick<Meeting, 'date' | 'attendees'>[],
  seen: ReadonlySet<Pick<Meeting, 'date'>>,
  attended: ReadonlySet<Pick<Meeting, 'date'>>,
): PersonMonth[] {
  const byMonth = new Map<string, PersonMonth>(
    months.map((month) => [month, { month, count: 0, attended: 0, listed: false }]),
  );
  for (const meeting of meetings) {
    const month = byMonth.get(meeting.date.slice(0, 7));
    if (!month) continue;
    if (meeting.attendees.length > 0) month.listed = true;
    if (seen.has(meeting)) month.count += 1;
    if (attended.has(meeting)) month.attended += 1;
  }
  return [...byMonth.values()];
}

/** A tally of ids, most frequent first (ties by id, so the order is stable between builds). */
export function createTally(): { add(id: string, by?: number): void; list(): CountedId[] } {
  const counts = new Map<string, number>();
  return {
    add(id, by = 1) {
      counts.set(id, (counts.get(id) ?? 0) + by);
    },
    list() {
      return [...counts.entries()]
        .map(([id, count]) => ({ id, count }))
        .sort((a, b) => b.count - a.count || a.id.localeCompare(b.id));
    },
  };
}
