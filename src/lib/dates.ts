/** British day-month order and UTC for every date shown: dates are calendar days, not instants. */
const dateFormat = (options: Intl.DateTimeFormatOptions) =>
  new Intl.DateTimeFormat('en-GB', { ...options, timeZone: 'UTC' });

const long = dateFormat({ day: 'numeric', month: 'long', year: 'numeric' });
const monthYear = dateFormat({ month: 'long', year: 'numeric' });
const short = dateFormat({ day: 'numeric', month: 'short', year: 'numeric' });
const dayMonth = dateFormat({ day: 'numeric', month: 'short' });
const monthName = dateFormat({ month: 'long' });

const toDate = (iso: string) => new Date(`${iso.length === 7 ? `${iso}-01` : iso}T00:00:00Z`);

/** "27 November 2024": unambiguous for readers on both sides of the Atlantic. */
export function formatDate(iso: string): string {
  return long.format(toDate(iso));
}

/** "27 Nov 2024", for dense lists. */
export function formatShortDate(iso: string): string {
  return short.format(toDate(iso));
}

/** "27 Nov", where a year heading already says the year. */
export function formatDayMonth(iso: string): string {
  return dayMonth.format(toDate(iso));
}

/** "November", where the year is said next to it. */
export function formatMonthName(iso: string): string {
  return monthName.format(toDate(iso.slice(0, 7)));
}

/** "November 2024" from `2024-11` or a full ISO date. */
export function formatMonth(isoMonth: string): string {
  return monthYear.format(toDate(isoMonth.slice(0, 7)));
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
