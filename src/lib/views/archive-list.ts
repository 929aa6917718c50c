import { groupByYearAndMonth } from '../archive/group.ts';
import type { Meeting } from '../archive/model.ts';

export interface ArchiveRow {
  url: string;
  date: string;
  /** Shown only where the group does not already name one series for all its meetings. */
  series: string | undefined;
  headings: string[];
  /** Undefined when the minutes have no attendee list: counted once per year instead of per row. */
  attendees: number | undefined;
}

export interface ArchiveMonth {
  /** `YYYY-MM`, also the heading's id suffix (`month-2025-11`). */
  month: string;
  rows: ArchiveRow[];
}

export interface ArchiveYear {
  year: number;
  count: number;
  /** The one series every meeting of the year belongs to, named once in the year's line. */
  series: string | undefined;
  /** Meetings of the year whose minutes have no attendee list. */
  unlisted: number;
  /** The year's line: its series when there is one, how many meetings lack an attendee list. */
  facts: string[];
  months: ArchiveMonth[];
}

/** The archive newest first, by year and month, each fact said once per group rather than per row. */
export function createArchiveList(meetings: readonly Meeting[]): ArchiveYear[] {
  return groupByYearAndMonth(meetings).map((group) => {
    const all = group.months.flatMap((month) => month.meetings);
    const kinds = new Set(all.map((meeting) => meeting.series));
    const series = kinds.size === 1 ? all[0]!.series : undefined;
    const unlisted = all.filter((meeting) => meeting.attendees.length === 0).length;
    return {
      year: group.year,
      count: group.count,
      series,
      unlisted,
      facts: [
        ...(series ? [series] : []),
        ...(unlisted === 0
          ? []
          : [
              unlisted === group.count
                ? 'no attendee lists'
                : `${unlisted} without an attendee list`,
            ]),
      ],
      months: group.months.map((month) => ({
        month: month.month,
        rows: month.meetings.map((meeting) => ({
          url: meeting.url,
          date: meeting.date,
          series: series === undefined ? meeting.series : undefined,
          headings: meeting.sections
            .filter((section) => section.parent === undefined)
            .map((section) => section.heading),
          attendees: meeting.attendees.length > 0 ? meeting.attendees.length : undefined,
        })),
      })),
    };
  });
}
