import rss from '@astrojs/rss';
import type { APIRoute } from 'astro';
import { getArchive } from '../content';
import { createFeed, escapeXml } from '../lib/feed';

export const GET: APIRoute = async (context) => {
  const archive = await getArchive();
  const site = context.site ?? new URL('https://minutebook.example');
  const feed = createFeed(archive.meetings, site, import.meta.env.BASE_URL);
  const self = `<atom:link href="${escapeXml(feed.self)}" rel="self" type="application/rss+xml"/>`;
  const built = feed.lastBuildDate ? `<lastBuildDate>${feed.lastBuildDate}</lastBuildDate>` : '';
  return rss({
    title: archive.site.title,
    description: archive.site.description,
    site: feed.link,
    xmlns: { atom: 'http://www.w3.org/2005/Atom' },
    customData: self + built,
    items: feed.items,
  });
};
