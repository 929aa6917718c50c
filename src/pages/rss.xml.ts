import rss from '@astrojs/rss';
import type { APIRoute } from 'astro';
import { getArchive } from '../content';
import { formatDate } from '../lib/dates';

const latestCount = 30;

export const GET: APIRoute = async (context) => {
  const archive = await getArchive();
  const site = context.site ?? new URL('https://minutebook.example');
  return rss({
    title: archive.site.title,
    description: archive.site.description,
    site,
    items: archive.meetings
      .slice(-latestCount)
      .reverse()
      .map((meeting) => ({
        title: `${meeting.series}, ${formatDate(meeting.date)}`,
        link: new URL(meeting.url, site).href,
        pubDate: new Date(`${meeting.date}T12:00:00Z`),
        description: meeting.sections.map((section) => section.heading).join(' · '),
      })),
  });
};
