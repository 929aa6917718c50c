import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { fromHtml } from 'hast-util-from-html';
import { select, selectAll } from 'hast-util-select';
import { describe, expect, inject, it } from 'vitest';

// The fixture site built under BASE_PATH=/minutes-sub/ for http://127.0.0.1 (tests/support/global-setup.ts).
const { sub } = inject('testSites');
const origin = 'http://127.0.0.1';

async function head(route: string) {
  const tree = fromHtml(await readFile(path.join(sub.dir, route, 'index.html'), 'utf8'));
  const meta = (key: string) => {
    const node = select(`meta[property="${key}"], meta[name="${key}"]`, tree);
    return node ? String(node.properties['content']) : undefined;
  };
  return { meta };
}

describe('link previews', () => {
  it('give every page Open Graph and Twitter meta with its own description and address', async () => {
    const routes = [
      '',
      'meetings',
      'meetings/2025',
      'meetings/2025-03-05-development-call',
      'people',
      'people/juergen-weiss',
      'topics',
      'topics/igvm',
      'actions',
      'search',
    ];
    const descriptions = new Set<string>();
    for (const route of routes) {
      const { meta } = await head(route);
      const description = meta('description');
      expect(description, route).toBeTruthy();
      expect(meta('og:description'), route).toBe(description);
      expect(meta('twitter:description'), route).toBe(description);
      expect(meta('og:title'), route).toBeTruthy();
      expect(meta('twitter:title'), route).toBe(meta('og:title'));
      expect(meta('twitter:card'), route).toBe('summary');
      expect(meta('og:site_name'), route).toBe('Quokka hypervisor meetings');
      expect(meta('og:url'), route).toBe(
        `${origin}/minutes-sub/${route === '' ? '' : `${route}/`}`,
      );
      descriptions.add(description ?? '');
    }
    // Per page, not the site's description repeated.
    expect(descriptions.size).toBe(routes.length);
    const meeting = await head('meetings/2025-03-05-development-call');
    expect(meeting.meta('og:title')).toBe('Development Call, 5 March 2025');
  });
});

describe('the RSS feed', () => {
  it('links its channel under the base, names itself with atom:link and carries a lastBuildDate', async () => {
    const xml = await readFile(path.join(sub.dir, 'rss.xml'), 'utf8');
    const feed = fromHtml(xml, { space: 'svg' });
    expect(xml).toContain(`<link>${origin}/minutes-sub/</link>`);
    expect(xml).toContain(
      `<atom:link href="${origin}/minutes-sub/rss.xml" rel="self" type="application/rss+xml"/>`,
    );
    expect(xml).toContain('xmlns:atom="http://www.w3.org/2005/Atom"');
    expect(xml).toMatch(/<lastBuildDate>Wed, 19 Nov 2025 12:00:00 GMT<\/lastBuildDate>/u);
    expect(selectAll('item', feed).length).toBe(12);
  });
});
