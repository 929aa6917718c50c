import { describe, expect, it } from 'vitest';
import { createFeed, escapeXml, feedLength } from '../src/lib/feed.ts';

const meeting = (date: string, base = '/') => ({
  date,
  series: 'Monthly Sync',
  url: `${base}meetings/${date}-monthly-sync/`,
  sections: [{ heading: 'Sensor drift' }, { heading: 'LoRa uplink' }],
});

describe('the RSS feed', () => {
  it('links its channel to the home page under the base path and names its own address', () => {
    const feed = createFeed(
      [meeting('2025-01-14', '/tide/')],
      'https://tide.example.org',
      '/tide/',
    );
    expect(feed.link).toBe('https://tide.example.org/tide/');
    expect(feed.self).toBe('https://tide.example.org/tide/rss.xml');
    expect(feed.items[0]?.link).toBe(
      'https://tide.example.org/tide/meetings/2025-01-14-monthly-sync/',
    );
  });

  it('is dated by its newest meeting and lists the newest first, at most the feed length', () => {
    const dates = Array.from({ length: 40 }, (_, i) =>
      new Date(Date.UTC(2024, 0, 1 + i)).toISOString().slice(0, 10),
    );
    const feed = createFeed(
      dates.map((date) => meeting(date)),
      'https://x.example',
      '/',
    );
    expect(feed.items).toHaveLength(feedLength);
    expect(feed.items[0]?.title).toBe('Monthly Sync, 9 February 2024');
    expect(feed.lastBuildDate).toBe('Fri, 09 Feb 2024 12:00:00 GMT');
    expect(feed.items[0]?.description).toBe('Sensor drift · LoRa uplink');
  });

  it('has no build date without meetings', () => {
    expect(createFeed([], 'https://x.example', '/').lastBuildDate).toBeUndefined();
  });

  it('escapes URLs written into its XML', () => {
    expect(escapeXml('https://x.example/?a=1&b="2"<')).toBe(
      'https://x.example/?a=1&amp;b=&quot;2&quot;&lt;',
    );
  });
});
