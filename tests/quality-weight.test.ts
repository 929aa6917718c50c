import { mkdtemp, mkdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import {
  defaultBudget,
  findBudgetOverruns,
  isMeetingPage,
  summariseWeights,
} from '../tools/quality/budget.ts';
import { measureDist } from '../tools/quality/page-weight.ts';

const made: string[] = [];

async function writeDist(files: Record<string, string>): Promise<string> {
  const dir = await mkdtemp(path.join(tmpdir(), 'minutebook-weight-'));
  made.push(dir);
  for (const [name, text] of Object.entries(files)) {
    await mkdir(path.dirname(path.join(dir, name)), { recursive: true });
    await writeFile(path.join(dir, name), text);
  }
  return dir;
}

afterEach(async () => {
  await Promise.all(made.splice(0).map((dir) => rm(dir, { recursive: true, force: true })));
});

describe('measureDist', () => {
  it('counts linked and inline CSS, and JavaScript loaded up front including static imports', async () => {
    const loader =
      'import{a}from"./shared.js";document.querySelector("input").onfocus=()=>import("/sub/pagefind/pagefind.js");';
    const html =
      '<!DOCTYPE html><html><head><link rel="stylesheet" href="/sub/_astro/site.css"><style>p{color:red}</style>' +
      '<script type="application/ld+json">{"@type":"Thing"}</script></head><body>' +
      '<script type="module" src="/sub/_astro/loader.js"></script><script>var x=1</script></body></html>';
    const dist = await writeDist({
      'meetings/one/index.html': html,
      '_astro/site.css': 'x'.repeat(1000),
      '_astro/loader.js': loader,
      '_astro/shared.js': 'export const a=1;',
      'pagefind/pagefind.js': 'y'.repeat(50_000),
    });
    const [weight] = await measureDist(dist, '/sub/');
    expect(weight).toMatchObject({
      page: '/sub/meetings/one/',
      htmlBytes: Buffer.byteLength(html),
      cssBytes: 1000 + 'p{color:red}'.length,
      // The dynamically imported Pagefind bundle and the JSON-LD block are not up-front JavaScript.
      jsBytes: loader.length + 'export const a=1;'.length + 'var x=1'.length,
    });
    expect(weight?.scripts.map((script) => script.url)).toEqual([
      '/sub/_astro/loader.js',
      '/sub/_astro/shared.js',
      'inline',
    ]);
  });
});

describe('findBudgetOverruns', () => {
  const light = {
    stylesheets: [],
    scripts: [],
    htmlBytes: 10_000,
    cssBytes: 8_000,
    jsBytes: 2_000,
  };

  it('accepts pages within budget and reports each overrun with the page, the figure and the limit', () => {
    expect(findBudgetOverruns([{ ...light, page: '/meetings/a/' }])).toEqual([]);
    const overruns = findBudgetOverruns([
      {
        ...light,
        page: '/meetings/2025-01-01-call/',
        htmlBytes: 61_440,
        jsBytes: 5_121,
        scripts: [{ url: '/_astro/big.js', bytes: 5_121 }],
      },
      { ...light, page: '/topics/', cssBytes: 25 * 1024, htmlBytes: 200_000 },
      // The search page runs its results UI up front, under its own cap.
      { ...light, page: '/search/', jsBytes: 9_000 },
      { ...light, page: '/sub/search/', jsBytes: 12_289 },
    ]);
    expect(overruns).toEqual([
      '/meetings/2025-01-01-call/: 5.0 KB of JavaScript up front (limit 5.0 KB): /_astro/big.js 5121 B',
      '/meetings/2025-01-01-call/: 60.0 KB of HTML (meeting pages stay under 60.0 KB)',
      '/topics/: 25.0 KB of CSS (limit under 25.0 KB)',
      '/sub/search/: 12.0 KB of JavaScript up front (limit 12.0 KB): ',
    ]);
  });

  it('holds only meeting pages, not year lists, to the meeting HTML limit', () => {
    expect(isMeetingPage('/sub/meetings/2025-03-05-development-call/')).toBe(true);
    expect(isMeetingPage('/sub/meetings/2025/')).toBe(false);
    expect(isMeetingPage('/meetings/')).toBe(false);
    expect(defaultBudget).toEqual({
      maxJsBytes: 5120,
      maxCssBytes: 25_600,
      maxMeetingHtmlBytes: 61_440,
      maxSearchPageJsBytes: 12_288,
    });
  });

  it('summarises the largest figures for the log', () => {
    const summary = summariseWeights([
      { ...light, page: '/meetings/a/', htmlBytes: 4_000 },
      { ...light, page: '/meetings/', htmlBytes: 9_000, cssBytes: 9_000 },
      { ...light, page: '/search/', jsBytes: 9_500 },
    ]);
    expect(summary).toBe(
      [
        'Page weights over 3 pages (1 meeting pages):',
        '  largest up-front JS: 2.0 KB (2000 B) on /meetings/a/',
        '  search page JS: 9.3 KB (9500 B) on /search/',
        '  largest CSS: 8.8 KB (9000 B) on /meetings/',
        '  largest meeting HTML: 3.9 KB (4000 B) on /meetings/a/',
      ].join('\n'),
    );
  });
});
