import { memoize } from './memo.ts';

/** British day-month order and UTC for every date shown: dates are calendar days, not instants. */
const dateFormat = (options: Intl.DateTimeFormatOptions) =>
  new Intl.DateTimeFormat('en-GB', { ...options, timeZone: 'UTC' });

const toDate = (iso: string) => new Date(`${iso.length === 7 ? `${iso}-01` : iso}T00:00:00Z`);

/**
 * `format` remembering what it gave for each ISO date: a build formats the same few thousand dates
 * on every page that lists them (follow-ups, topic navigation, timelines), and ICU formatting is
 * the dear part.
 */
function remembered(format: Intl.DateTimeFormat): (iso: string) => string {
  return memoize(20_000, (iso: string) => format.format(toDate(iso)));
}

const long = remembered(dateFormat({ day: 'numeric', month: 'long', year: 'numeric' }));
const monthYear = remembered(dateFormat({ month: 'long', year: 'numeric' }));
const short = remembered(dateFormat({ day: 'numeric', month: 'short', year: 'numeric' }));
const dayMonth = remembered(dateFormat({ day: 'numeric', month: 'short' }));
const monthName = remembered(dateFormat({ month: 'long' }));

/** "27 November 2024": unambiguous for readers on both sides of the Atlantic. */
export function formatDate(iso: string): string {
  return long(iso);
}

/** "27 Nov 2024", for dense lists. */
export function formatShortDate(iso: string): string {
  return short(iso);
}

/** "27 Nov", where a year heading already says the year. */
export function formatDayMonth(iso: string): string {
  return dayMonth(iso);
}

/** "November", where the year is said next to it. */
export function formatMonthName(iso: string): string {
  return monthName(iso.slice(0, 7));
}

/** "November 2024" from `2024-11` or a full ISO date. */
export function formatMonth(isoMonth: string): string {
  return monthYear(isoMonth.slice(0, 7));
}

/** Every `YYYY-MM` from the first month to the last, so charts show quiet months as gaps. */
export function monthRange(first: string, last: string): string[] {
  const months: string[] = [];
  let year = Number(first.slice(0, 4));
  let month = Number(first.slice(5, 7));
  const end = last.slice(0, 7);
  for (;;) {
    const key = `${year}-${String(month).padStart(2, '0')}`;
    months.push(key);
    if (key >= end) break;
    month += 1;
    if (month > 12) {
      month = 1;
      year += 1;
    }
  }
  return months;
}
