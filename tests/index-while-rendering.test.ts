import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { AstroPrerenderer, RouteData } from 'astro';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { IndexWhileRendering } from '../src/integrations/indexing-prerenderer.ts';
import { workerIndexer } from '../src/integrations/page-indexer-thread.ts';
import { writeSearchIndex } from '../src/integrations/search-index.ts';
import { builtFile, compareSiteFiles, PageOrder } from '../src/lib/search/page-order.ts';

describe('the order pages reach the search index in', () => {
  it('is the order of a folder walk with each folder sorted by name', () => {
    const files = [
      'people/ada-lovelace/index.html',
      'meetings/index.html',
      'meetings/2024-11-27-dev-call/index.html',
      'index.html',
      'meetings/2024/index.html',
      '404.html',
      'meetings/2024-11-27-dev-call-2/index.html',
    ];
    expect([...files].sort(compareSiteFiles)).toEqual([
      '404.html',
      'index.html',
      // A folder comes where its name sorts, its own pages before the next entry.
      'meetings/2024/index.html',
      'meetings/2024-11-27-dev-call/index.html',
      'meetings/2024-11-27-dev-call-2/index.html',
      'meetings/index.html',
      'people/ada-lovelace/index.html',
    ]);
  });

  it('names the file Astro writes for each route', () => {
    expect(builtFile('/', 'page')).toBe('index.html');
    expect(builtFile('/meetings/2024-11-27-dev-call/', 'page')).toBe(
      'meetings/2024-11-27-dev-call/index.html',
    );
    expect(builtFile('/404', 'page')).toBe('404.html');
    expect(builtFile('/archive.json', 'endpoint')).toBe('archive.json');
  });

  it('holds a page that arrives early until every page before it has arrived', () => {
    const released: string[] = [];
    const order = new PageOrder<string>((value) => released.push(value));
    order.expect(['c/index.html', 'a/index.html', 'b/index.html', 'd/index.html']);
    order.arrive('c/index.html', 'C');
    order.arrive('b/index.html', 'B');
    expect(released).toEqual([]);
    // A page with nothing to index still lets the pages after it through.
    order.arrive('a/index.html', undefined);
    expect(released).toEqual(['B', 'C']);
    expect(order.missing()).toEqual(['d/index.html']);
    order.drain();
    expect(released).toEqual(['B', 'C']);
  });

  it('releases a page that arrives again only once, and at the end every page still held', () => {
    const released: string[] = [];
    const order = new PageOrder<string>((value) => released.push(value));
    order.expect(['a/index.html', 'b/index.html', 'c/index.html']);
    order.arrive('a/index.html', 'A');
    order.arrive('b/index.html', 'B');
    expect(released).toEqual(['A', 'B']);
    // Rendered a second time (Astro found the route twice), before and after the pages around it.
    order.arrive('a/index.html', 'A again');
    order.arrive('c/index.html', 'C');
    order.arrive('b/index.html', 'B again');
    // A page nobody announced is held until the end, and then released too.
    order.arrive('0/index.html', 'unannounced');
    expect(released).toEqual(['A', 'B', 'C']);
    order.drain();
    expect(released).toEqual(['A', 'B', 'C', 'unannounced']);
  });
});

/** A small built site: pages Pagefind indexes, one it does not, and a file that is not a page. */
const site: Record<string, string> = {
  'index.html': '<!doctype html><html lang="en"><body><h1>Home</h1><p>Welcome</p></body></html>',
  'archive.json': '{}',
  ...Object.fromEntries(
    ['allocator', 'watchdog', 'attestation', 'scheduler', 'paging'].map((topic, at) => [
      `topics/${topic}/index.html`,
      `<!doctype html><html lang="en"><body><article data-pagefind-body>` +
        `<h1 data-pagefind-meta="title">${topic}</h1>` +
        `<span hidden data-pagefind-ignore data-pagefind-filter="type">Topic</span>` +
        `<p>The ${topic} was discussed ${at + 1} times; see the ${topic} notes.</p>` +
        `<nav data-pagefind-ignore><a href="/">Home</a></nav></article></body></html>`,
    ]),
  ),
};

function route(type: 'page' | 'endpoint'): RouteData {
  return { type } as RouteData;
}

/** Each file's route pathname, as Astro's getStaticPaths gives it (`/topics/paging/`). */
const files = new Map(
  Object.keys(site).map((file) => [`/${file.replace(/(^|\/)index\.html$/u, '$1')}`, file]),
);

/** Astro's prerenderer as seen by the wrapper: it renders `site` in the order given. */
function fakePrerenderer(pathnames: readonly string[]): AstroPrerenderer {
  return {
    name: 'fake',
    getStaticPaths: () =>
      Promise.resolve(
        pathnames.map((pathname) => ({
          pathname,
          route: route(pathname.endsWith('/') ? 'page' : 'endpoint'),
        })),
      ),
    render: (request) => {
      const pathname = new URL(request.url).pathname.replace(/^\/minutes/u, '');
      return Promise.resolve(new Response(site[files.get(pathname)!], { status: 200 }));
    },
  };
}

async function filesOf(dir: string): Promise<Map<string, Buffer>> {
  const files = new Map<string, Buffer>();
  for (const entry of await readdir(dir, { recursive: true, withFileTypes: true }))
    if (entry.isFile()) {
      const full = path.join(entry.parentPath, entry.name);
      files.set(path.relative(dir, full), await readFile(full));
    }
  return files;
}

describe('indexing pages while Astro renders them', () => {
  const scratch = mkdtemp(path.join(tmpdir(), 'index-while-rendering-'));
  /** `site` written to disk and indexed from there: what every test compares with. */
  let fromDisk: string;
  beforeAll(async () => {
    fromDisk = path.join(await scratch, 'disk');
    for (const [file, html] of Object.entries(site)) {
      await mkdir(path.dirname(path.join(fromDisk, file)), { recursive: true });
      await writeFile(path.join(fromDisk, file), html);
    }
    expect((await writeSearchIndex(fromDisk)).records).toBe(5);
  });
  afterAll(async () => rm(await scratch, { recursive: true, force: true }));

  /** The pagefind/ folder written to `outDir` is byte for byte the one indexed from disk. */
  async function expectSameIndex(outDir: string): Promise<void> {
    const expected = await filesOf(path.join(fromDisk, 'pagefind'));
    const actual = await filesOf(path.join(outDir, 'pagefind'));
    expect([...actual.keys()].sort()).toEqual([...expected.keys()].sort());
    for (const [file, bytes] of expected) expect(actual.get(file)?.equals(bytes), file).toBe(true);
  }

  it('writes the same index as reading the built pages back, whatever order they render in', async () => {
    const rendered = path.join(await scratch, 'rendered');
    const indexing = new IndexWhileRendering('/minutes/');
    // Astro renders in route order, not file order: the reverse of it here.
    const prerenderer = indexing.wrap(fakePrerenderer([...files.keys()].reverse()));
    for (const { pathname, route } of await prerenderer.getStaticPaths()) {
      const request = new Request(`https://example.org/minutes${pathname}`);
      const rendered = await prerenderer.render(request, { routeData: route });
      const response = rendered instanceof Response ? rendered : rendered.response;
      // What Astro writes is what was rendered.
      expect(await response.text()).toBe(site[files.get(pathname)!]);
    }
    expect(await indexing.write(rendered)).toEqual({ records: 5, fromDisk: false });
    await expectSameIndex(rendered);
  });

  it('reads the pages back from the output folder when one Astro announced was not rendered', async () => {
    // The pages are in the output folder (Astro wrote them); the index read back from it is rewritten.
    const built = path.join(await scratch, 'built');
    for (const [file, html] of Object.entries(site)) {
      await mkdir(path.dirname(path.join(built, file)), { recursive: true });
      await writeFile(path.join(built, file), html);
    }
    const indexing = new IndexWhileRendering('/minutes/');
    const prerenderer = indexing.wrap(fakePrerenderer([...files.keys()]));
    const paths = await prerenderer.getStaticPaths();
    for (const { pathname, route } of paths.slice(1)) {
      await prerenderer.render(new Request(`https://example.org/minutes${pathname}`), {
        routeData: route,
      });
    }
    expect(await indexing.write(built)).toEqual({ records: 5, fromDisk: true });
    await expectSameIndex(built);
  });

  it('indexes in this thread when the worker cannot start, with the same result', async () => {
    const local = path.join(await scratch, 'local');
    const indexing = new IndexWhileRendering('/minutes/', workerIndexer('/no/such/worker.ts'));
    const prerenderer = indexing.wrap(fakePrerenderer([...files.keys()].reverse()));
    for (const { pathname, route } of await prerenderer.getStaticPaths())
      await prerenderer.render(new Request(`https://example.org/minutes${pathname}`), {
        routeData: route,
      });
    expect(await indexing.write(local)).toEqual({ records: 5, fromDisk: false });
    await expectSameIndex(local);
  });
});
