import {
  cp,
  mkdtemp,
  mkdir,
  readdir,
  readFile,
  rename,
  symlink,
  writeFile,
} from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fromHtml } from 'hast-util-from-html';
import { selectAll } from 'hast-util-select';
import { toString } from 'hast-util-to-string';
import { beforeAll, describe, expect, inject, it } from 'vitest';
import { unsafeUrlScheme } from '../../src/lib/minutes/url-safety.ts';
import { archiveJsonSchema } from '../../src/lib/schema/archive-json.ts';
import { runBuild } from '../../tools/run-build.ts';
import { fixtureArchive } from '../../tools/test-sites.ts';

const sites = inject('testSites');

async function page(dir: string, route: string) {
  return fromHtml(await readFile(path.join(dir, route, 'index.html'), 'utf8'));
}

const texts = (tree: ReturnType<typeof fromHtml>, selector: string) =>
  selectAll(selector, tree).map((node) => toString(node).replace(/\s+/g, ' ').trim());

describe('a build of the fixture archive', () => {
  it('writes one page per meeting', async () => {
    const minutes = (await readdir(path.join(fixtureArchive, 'minutes'))).map((name) =>
      name.replace(/\.mdx?$/, ''),
    );
    const pages = (await readdir(path.join(sites.root.dir, 'meetings'))).filter((name) =>
      /^\d{4}-\d{2}-\d{2}-/.test(name),
    );
    expect(pages.sort()).toEqual(minutes.sort());
    // Both meetings of one day, in two series, have pages of their own.
    expect(pages).toContain('2025-03-05-development-call');
    expect(pages).toContain('2025-03-05-steering-committee');
  });

  it('lists meetings newest first, grouped by year and month, with their section headings', async () => {
    const archive = await page(sites.root.dir, 'meetings');
    expect(texts(archive, 'main h2').slice(0, 2)).toEqual([
      '2025 (7 meetings)',
      '2024 (5 meetings)',
    ]);
    const links = selectAll('main .meeting-list a', archive).map((node) =>
      String(node.properties['href']),
    );
    expect(links[0]).toBe('/meetings/2025-11-19-development-call/');
    expect(links.at(-1)).toBe('/meetings/2024-02-07-development-call/');
    expect(texts(archive, 'main .headings')[0]).toBe(
      'End of year release · Attestation with the vTPM',
    );
    // Each fact once per group: the year names its one series and counts the minutes without an
    // attendee list; rows name neither, and a row with a list says how many attended.
    expect(texts(archive, 'main .archive-year__facts')).toEqual([
      'Development Call · 1 without an attendee list',
    ]);
    const rows = texts(archive, 'main .meeting-list li');
    expect(rows.find((text) => text.includes('20 Nov'))).not.toContain('attendee');
    expect(rows.find((text) => text.includes('4 Sept'))).toContain('3 attendees');
    expect(rows.filter((text) => text.includes('Steering Committee'))).toHaveLength(2);
  });

  it('gives every discussion section a stable anchor with a link to itself, even a heading used twice', async () => {
    const meeting = await page(sites.root.dir, 'meetings/2024-09-04-development-call');
    const anchors = selectAll('.section-heading', meeting).map((node) => node.properties['id']);
    expect(anchors).toEqual(['release-planning', 'release-planning-1']);
    const selfLinks = selectAll('.section-heading a.anchor-link', meeting).map(
      (node) => node.properties['href'],
    );
    expect(selfLinks).toEqual(['#release-planning', '#release-planning-1']);
  });

  it('renders a meeting with its title, date, series, attendees and previous/next in the same series', async () => {
    const meeting = await page(sites.root.dir, 'meetings/2025-03-05-development-call');
    expect(texts(meeting, 'h1')).toEqual(['Development Call (March 5th, 2025)']);
    expect(texts(meeting, '.meeting-header .meta')[0]).toContain('5 March 2025 · Development Call');
    expect(texts(meeting, '.attendees li')).toEqual(['Jürgen Weiß', 'Carlos Ruiz', 'Tomasz Nowak']);
    // The steering committee met the same day; both pagers (top and foot) stay within the series.
    for (const pager of ['.pager--top', '.pager--bottom']) {
      const links = selectAll(`${pager} a`, meeting).map((node) => String(node.properties['href']));
      expect(links).toEqual([
        '/meetings/2025-01-15-development-call/',
        '/meetings/2025-04-16-development-call/',
      ]);
    }
  });

  it('renders escaped angle brackets and braces as text and plain-Markdown HTML as text', async () => {
    const mdx = await readFile(
      path.join(sites.root.dir, 'meetings/2025-04-16-development-call/index.html'),
      'utf8',
    );
    expect(toString(fromHtml(mdx))).toContain(
      'Braces such as { and } and a literal <tag> appear in this bullet.',
    );
    const md = await page(sites.root.dir, 'meetings/2024-11-20-development-call');
    expect(texts(md, '.minutes li')).toContain(
      'Raw HTML such as <b>bold</b> stays text in plain Markdown files.',
    );
    expect(selectAll('.minutes b', md)).toEqual([]);
  });

  it('publishes archive.json matching its schema, with the base path in every URL', async () => {
    for (const site of [sites.root, sites.sub]) {
      const json: unknown = JSON.parse(await readFile(path.join(site.dir, 'archive.json'), 'utf8'));
      const archive = archiveJsonSchema.parse(json);
      expect(archive.meetings).toHaveLength(12);
      for (const url of [
        ...archive.meetings.map((m) => m.url),
        ...archive.topics.map((t) => t.url),
      ]) {
        expect(url.startsWith(site.base)).toBe(true);
      }
    }
  });

  it('gathers no history for a person marked page: false', async () => {
    const json = archiveJsonSchema.parse(
      JSON.parse(await readFile(path.join(sites.root.dir, 'archive.json'), 'utf8')),
    );
    expect(json.people.find((person) => person.id === 'oskar-berg')).toMatchObject({
      url: null,
      attended: [],
    });
    const topic = await page(sites.root.dir, 'topics/attestation');
    expect(texts(topic, 'aside li').join(' ')).not.toContain('Oskar');
    const meeting = await page(sites.root.dir, 'meetings/2024-05-22-development-call');
    expect(texts(meeting, '.attendees li')).toContain('Oskar Berg');
    expect(selectAll('a[href*="oskar"]', meeting)).toEqual([]);
    // Search finds their name where the minutes write it, but no record is tagged with them or
    // findable by the registry's spelling of them ("Oskar Berg" for a bullet that says "Oskar").
    const records = selectAll('[data-search-section]', meeting).map((node) =>
      String(node.properties.dataSearchSection),
    );
    expect(records.length).toBeGreaterThan(0);
    for (const record of records) expect(record).not.toContain('Oskar Berg');
  });

  it('writes rss.xml, a sitemap and a 404 page', async () => {
    const rss = await readFile(path.join(sites.sub.dir, 'rss.xml'), 'utf8');
    expect(rss).toContain(
      '<link>http://127.0.0.1/minutes-sub/meetings/2025-11-19-development-call/</link>',
    );
    await expect(
      readFile(path.join(sites.root.dir, 'sitemap-index.xml'), 'utf8'),
    ).resolves.toContain('<sitemapindex');
    await expect(readFile(path.join(sites.root.dir, '404.html'), 'utf8')).resolves.toContain(
      'Page not found',
    );
  });
});

describe('a build of a folder with broken files', () => {
  it('fails and names every broken file', async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'minutebook-broken-'));
    await mkdir(path.join(dir, 'minutes'));
    const good = await readFile(
      path.join(fixtureArchive, 'minutes/2024-02-07-development-call.mdx'),
      'utf8',
    );
    await writeFile(path.join(dir, 'minutes/2024-02-07-development-call.mdx'), good);
    await writeFile(
      path.join(dir, 'minutes/no-date.mdx'),
      good.replace("date: '2024-02-07'\n", ''),
    );
    await writeFile(
      path.join(dir, 'minutes/bad-yaml.mdx'),
      good.replace('series: Development Call', 'series: [oops'),
    );
    await writeFile(
      path.join(dir, 'minutes/bad-mdx.mdx'),
      good.replace("date: '2024-02-07'", "date: '2024-02-08'") + '\n* a {broken\n',
    );
    const run = await runBuild({ contentDir: dir, outDir: path.join(dir, 'dist') });
    expect(run.code).not.toBe(0);
    expect(run.output).toContain('Minutebook found 3 problems in 3 files');
    expect(run.output).toContain('minutes/no-date.mdx:2: date: missing required field');
    expect(run.output).toMatch(/minutes\/bad-yaml\.mdx:5:\d+: unparseable frontmatter/);
    expect(run.output).toMatch(/minutes\/bad-mdx\.mdx:2\d:\d+: MDX syntax error/);
  });
});

describe('a build of a content folder that does not exist', () => {
  it('fails naming the folder it looked for, without a stack trace', async () => {
    const missing = path.join(await mkdtemp(path.join(tmpdir(), 'minutebook-missing-')), 'content');
    const run = await runBuild({ contentDir: missing, outDir: `${missing}-dist` });
    expect(run.code).not.toBe(0);
    expect(run.output).toContain(`${missing}: the content folder does not exist`);
    expect(run.output).not.toMatch(/Location:|Stack trace:/u);
  });
});

describe('a build whose output folder would hold the content', () => {
  it('is refused, naming the folder, and deletes nothing', async () => {
    const project = await mkdtemp(path.join(tmpdir(), 'minutebook-outdir-'));
    const content = path.join(project, 'content');
    await cp(fixtureArchive, content, { recursive: true });
    const before = (await readdir(content, { recursive: true })).sort();
    for (const outDir of [content, project]) {
      const run = await runBuild({ contentDir: content, outDir });
      expect(run.code).not.toBe(0);
      expect(run.output).toContain(`The output folder ${outDir} `);
      expect(run.output).toMatch(/(is|contains) the content folder/);
    }
    expect((await readdir(content, { recursive: true })).sort()).toEqual(before);
  });
});

describe('a build of hostile files that can be built', () => {
  const fixture = path.join(import.meta.dirname, '../fixtures/hostile/buildable');
  let dir: string;
  let run: Awaited<ReturnType<typeof runBuild>>;

  beforeAll(async () => {
    const work = await mkdtemp(path.join(tmpdir(), 'minutebook-hostile-'));
    const content = path.join(work, 'content');
    await cp(fixture, content, { recursive: true });
    // Meetings kept elsewhere and linked in: a folder and a file.
    const elsewhere = path.join(import.meta.dirname, '../fixtures/hostile/elsewhere');
    await symlink(path.join(elsewhere, '2025-07'), path.join(content, 'minutes/2025-07'));
    await symlink(
      path.join(elsewhere, '2025-07-09-build-sync.mdx'),
      path.join(content, 'minutes/2025-07-09-build-sync.mdx'),
    );
    dir = path.join(work, 'dist');
    run = await runBuild({ contentDir: content, outDir: dir });
  });

  it('builds .MD and .markdown files and symlinked files and folders', async () => {
    expect(run.code).toBe(0);
    for (const [id, text] of [
      ['2025-06-18-build-sync', 'Mei noted that this file ends in .MD.'],
      ['2025-06-25-build-sync', 'Mei noted that this file ends in .markdown.'],
      ['2025-07-02-build-sync', 'This meeting lives in a folder linked into the minutes.'],
      ['2025-07-09-build-sync', 'This meeting is a file linked into the minutes.'],
    ] as const) {
      expect(texts(await page(dir, `meetings/${id}`), '.minutes li'), id).toContain(text);
    }
  });

  it('succeeds and warns about every unsafe link with file:line:column', () => {
    expect(run.code).toBe(0);
    expect(run.output).toContain(
      'minutes/2025-06-04-build-sync.md:13:18: link to "javascript:void(alert(1))" shown as text',
    );
    expect(run.output).toContain(
      'minutes/2025-06-11-build-sync.mdx:23:1: link to "javascript:alert(7)"',
    );
  });

  it('makes no unsafe URL a live link or source on any page or in the feed, and keeps the text', async () => {
    const files = (await readdir(dir, { recursive: true })).filter((name) =>
      /\.(html|xml|json)$/.test(name),
    );
    expect(files.length).toBeGreaterThan(5);
    for (const name of files) {
      const text = await readFile(path.join(dir, name), 'utf8');
      const tree = fromHtml(text);
      for (const node of selectAll('[href], [src]', tree)) {
        for (const key of ['href', 'src'] as const) {
          const value = node.properties[key];
          if (typeof value !== 'string') continue;
          const use = key === 'src' && node.tagName === 'img' ? 'image' : 'link';
          expect(unsafeUrlScheme(value, use), `${name}: ${key}="${value}"`).toBeUndefined();
        }
      }
      expect(text, name).not.toMatch(/(href|src)\s*=\s*["']?\s*(javascript|vbscript)/i);
    }
    const meeting = await page(dir, 'meetings/2025-06-04-build-sync');
    const bullets = texts(meeting, '.minutes li');
    expect(bullets).toContain('Mei shared the Agenda (javascript:void(alert(1))) before the call.');
    expect(bullets).toContain('An autolink javascript:alert(5) was pasted from chat.');
    expect(selectAll('.minutes img[src^="data:image/png"]', meeting)).toHaveLength(1);
  });
});

describe('a build of files whose names cannot be pages, with a pattern RE2 cannot run', () => {
  // Hand-written files get their hostile names here: such names do not survive every checkout.
  const names: Record<string, string> = {
    'year-name.mdx': '2025.mdx',
    'composed.mdx': 'J\u00f6rg-sync.mdx',
    'decomposed.mdx': 'Jo\u0308rg-sync.mdx',
    'percent.mdx': '100%.mdx',
    'query.mdx': 'call #1?.mdx',
  };

  it('fails naming every file, both files of each collision, and the pattern with its line', async () => {
    const work = await mkdtemp(path.join(tmpdir(), 'minutebook-names-'));
    const content = path.join(work, 'content');
    await cp(path.join(import.meta.dirname, '../fixtures/hostile/unbuildable'), content, {
      recursive: true,
    });
    for (const [from, to] of Object.entries(names)) {
      await rename(path.join(content, 'minutes', from), path.join(content, 'minutes', to));
    }
    const run = await runBuild({ contentDir: content, outDir: path.join(work, 'dist') });
    expect(run.code).not.toBe(0);
    expect(run.output).toContain('Minutebook found 11 problems in 9 files');
    // One bad file hides neither the others' problems nor its own other problems.
    expect(run.output).toContain(
      'minutes/alias-bomb.mdx:6: unparseable frontmatter: its aliases expand to too many values',
    );
    expect(run.output).toContain('minutes/latin1.md:6:6: not UTF-8: byte 0xF6 cannot be read');
    expect(run.output).toContain(
      'minutes/syntax-and-field.mdx:5: frontmatter: unknown field "venue"',
    );
    expect(run.output).toMatch(/minutes\/syntax-and-field\.mdx:12:\d+: MDX syntax error/u);
    expect(run.output).toContain(
      'minutes/syntax-and-field.mdx:13:3: JavaScript expressions are not supported in minutes: {totals}',
    );
    expect(run.output).toContain(
      'minutes/unknown-topic.mdx:7: topics: unknown topic id "no-such-topic"',
    );
    expect(run.output).toMatch(
      /minutes\/2025\.mdx: the file name "2025\.mdx" is the address of the year page meetings\/2025\/ \(the meetings of 2025, e\.g\. minutes\/(release-call|Jo\u0308rg-sync)\.mdx\)/u,
    );
    expect(run.output).toMatch(
      /minutes\/(J\u00f6|Jo\u0308)rg-sync\.mdx: the file name "\1rg-sync\.mdx" gives the same page address as minutes\/(J\u00f6|Jo\u0308)rg-sync\.mdx/u,
    );
    expect(run.output).toContain(
      'minutes/100%.mdx: the file name "100%.mdx" cannot be a page address',
    );
    expect(run.output).toContain(
      'minutes/call #1?.mdx: the file name "call #1?.mdx" cannot be a page address',
    );
    expect(run.output).toMatch(
      /topics\.yaml:4: topic alias \/\(\\w\+\) \\1\/ cannot run in linear time/u,
    );
    // The report is the message; no stack trace into Minutebook's code follows it.
    expect(run.output).not.toMatch(/Location:|Stack trace:/u);
  });
});
