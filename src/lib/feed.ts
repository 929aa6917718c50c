import type { Meeting } from './archive/model.ts';
import { formatDate } from './dates.ts';

/**
 * The RSS feed of the newest meetings, as data for `@astrojs/rss` (src/pages/rss.xml.ts renders it).
 * The channel links to the site's home under its base path (not the bare origin), names its own
 * address with `atom:link rel="self"`, and dates itself by its newest meeting, so a rebuild of the
 * same minutes writes the same feed.
 */
export interface Feed {
  /** The home page, e.g. `https://example.org/minutes/`: the channel `<link>`. */
  link: string;
  /** The feed's own URL, for `<atom:link rel="self">`. */
  self: string;
  /** RFC 822 date of the newest meeting, for `<lastBuildDate>`; undefined without meetings. */
  lastBuildDate: string | undefined;
  items: { title: string; link: string; pubDate: Date; description: string }[];
}

export const feedLength = 30;

/** What the feed reads of a meeting. */
export type FeedMeeting = Pick<Meeting, 'date' | 'series' | 'url'> & {
  sections: readonly { heading: string }[];
};

/** Meetings are dated by day; noon UTC keeps that day in every time zone a reader is in. */
function meetingTime(meeting: Pick<Meeting, 'date'>): Date {
  return new Date(`${meeting.date}T12:00:00Z`);
}

export function createFeed(
  meetings: readonly FeedMeeting[],
  site: string | URL,
  base: string,
): Feed {
  const home = new URL(base, site);
  const newest = meetings
    .slice(-feedLength)
    .reverse()
    .map((meeting) => ({
      title: `${meeting.series}, ${formatDate(meeting.date)}`,
      link: new URL(meeting.url, home).href,
      pubDate: meetingTime(meeting),
      description: meeting.sections.map((section) => section.heading).join(' · '),
    }));
  return {
    link: home.href,
    self: new URL('rss.xml', home).href,
    lastBuildDate: newest[0]?.pubDate.toUTCString(),
    items: newest,
  };
}

/** XML text: the feed's URLs come from settings, so they are escaped like any other text. */
export function escapeXml(text: string): string {
  return text
    .replace(/&/gu, '&amp;')
    .replace(/</gu, '&lt;')
    .replace(/>/gu, '&gt;')
    .replace(/"/gu, '&quot;');
}
