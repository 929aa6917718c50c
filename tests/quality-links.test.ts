import { mkdtemp, mkdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import {
  checkLinks,
  formatBrokenLinks,
  summariseLinkReport,
} from '../tools/quality/check-links.ts';
import { urlForFile } from '../tools/quality/dist-files.ts';

const made: string[] = [];

/** A tiny built site: keys are paths inside the output folder, values the file text. */
async function writeDist(files: Record<string, string>): Promise<string> {
  const dir = await mkdtemp(path.join(tmpdir(), 'minutebook-links-'));
  made.push(dir);
  for (const [name, text] of Object.entries(files)) {
    await mkdir(path.dirname(path.join(dir, name)), { recursive: true });
    await writeFile(path.join(dir, name), text);
  }
  return dir;
}

const page = (body: string) =>
  `<!DOCTYPE html><html lang="en"><head><title>t</title></head><body>${body}</body></html>`;

afterEach(async () => {
  await Promise.all(made.splice(0).map((dir) => rm(dir, { recursive: true, force: true })));
});

describe('urlForFile', () => {
  it('serves index.html at its folder URL under the base', () => {
    expect(urlForFile('index.html', '/')).toBe('/');
    expect(urlForFile('meetings/2025/index.html', '/sub')).toBe('/sub/meetings/2025/');
    expect(urlForFile('404.html', '/sub/')).toBe('/sub/404.html');
  });
});

describe('checkLinks', () => {
  it('accepts a site whose links, assets and anchors all resolve under a sub-path base', async () => {
    const dist = await writeDist({
      'index.html': page(
        '<a href="/sub/meetings/one/#agenda">one</a> <a href="meetings/">all</a> <a href="#top">top</a>' +
          '<a href="https://example.org/x">elsewhere</a> <a href="mailto:a@b.c">mail</a>' +
          '<link rel="stylesheet" href="/sub/_astro/site.css"><img src="/sub/logo.svg" alt="">' +
          '<a href="http://127.0.0.1/sub/meetings/">canonical-style</a>',
      ),
      'meetings/index.html': page('<a href="one/">one</a> <a href="../">home</a>'),
      'meetings/one/index.html': page('<h2 id="agenda">Agenda</h2><a href="../one">no slash</a>'),
      '_astro/site.css': 'body{}',
      'logo.svg': '<svg xmlns="http://www.w3.org/2000/svg"/>',
    });
    const report = await checkLinks({ distDir: dist, base: '/sub/', siteUrl: 'http://127.0.0.1' });
    expect(report.broken).toEqual([]);
    expect(report.pagesChecked).toBe(3);
    // Two external links are skipped; everything else is counted as checked.
    expect(report.linksChecked).toBe(9);
    expect(summariseLinkReport(report, '/sub')).toBe(
      'Checked 9 internal links on 3 pages under /sub/: all resolve.',
    );
  });

  it('names the page and the link for a missing page, a missing anchor and a link that forgets the base', async () => {
    const dist = await writeDist({
      'index.html': page('<a href="/sub/meetings/">ok</a>\n<a href="/meetings/">forgot base</a>'),
      'meetings/index.html': page(
        '<a href="/sub/meetings/gone/">gone</a>\n<a href="/sub/#nowhere">anchor</a>',
      ),
    });
    const report = await checkLinks({ distDir: dist, base: '/sub/' });
    expect(report.broken.map(({ page: at, href, reason }) => ({ at, href, reason }))).toEqual([
      { at: '/sub/', href: '/meetings/', reason: '/meetings/ is outside the base path /sub/' },
      {
        at: '/sub/meetings/',
        href: '/sub/meetings/gone/',
        reason: 'no file in the build answers /sub/meetings/gone/',
      },
      {
        at: '/sub/meetings/',
        href: '/sub/#nowhere',
        reason: 'no element with id "nowhere" on index.html',
      },
    ]);
    expect(formatBrokenLinks(report.broken)).toBe(
      [
        '  /sub/ (line 2): a[href] "/meetings/" — /meetings/ is outside the base path /sub/',
        '  /sub/meetings/ (line 1): a[href] "/sub/meetings/gone/" — no file in the build answers /sub/meetings/gone/',
        '  /sub/meetings/ (line 2): a[href] "/sub/#nowhere" — no element with id "nowhere" on index.html',
      ].join('\n'),
    );
  });

  it('finds a same-page anchor typo and a folder without index.html', async () => {
    const dist = await writeDist({
      'index.html': page(
        '<h2 id="decisions">Decisions</h2><a href="#decsions">typo</a><a href="/assets/">folder</a>',
      ),
      'assets/readme.txt': 'x',
    });
    const report = await checkLinks({ distDir: dist, base: '/' });
    expect(report.broken.map((link) => `${link.page} ${link.href}`)).toEqual([
      '/ #decsions',
      '/ /assets/',
    ]);
  });

  it('lists a link broken on many pages once, with the pages it is on', async () => {
    const footer = '<a href="/archive.json">data</a>';
    const dist = await writeDist({
      'index.html': page(footer),
      'a/index.html': page(footer),
      'b/index.html': page(footer),
    });
    const report = await checkLinks({ distDir: dist, base: '/' });
    expect(formatBrokenLinks(report.broken)).toBe(
      '  a[href] "/archive.json" — no file in the build answers /archive.json\n    on 3 pages: /a/ (line 1), /b/ (line 1), / (line 1)',
    );
  });

  it('checks absolute links to the site origin (canonical, RSS) like relative ones', async () => {
    const dist = await writeDist({
      'index.html': page('<link rel="canonical" href="https://minutes.example/sub/missing/">'),
    });
    const report = await checkLinks({
      distDir: dist,
      base: '/sub/',
      siteUrl: 'https://minutes.example',
    });
    expect(report.broken.map((link) => link.reason)).toEqual([
      'no file in the build answers /sub/missing/',
    ]);
    const withoutSite = await checkLinks({ distDir: dist, base: '/sub/' });
    expect(withoutSite.broken).toEqual([]);
  });
});
