import type { Page } from 'playwright-core';
import { launchBrowser } from '../tools/browser.ts';
import { startStaticServer } from '../tools/serve.ts';

/** One file the server sent for a search. */
export interface SentFile {
  /** Path below the site's base (`pagefind/pagefind.js`, `_astro/header-combobox.….js`). */
  path: string;
  /** Body bytes on the wire: gzip-compressed for text files, as a static host sends them. */
  wireBytes: number;
  /** The file's own size: what the browser has after decoding. */
  decodedBytes: number;
}

export interface SearchSample {
  label: 'cold' | 'warm' | 'next' | 'typed';
  query: string;
  /**
   * Bytes on the wire of the files the search fetched during this sample: Pagefind's files, and for
   * `typed` also the site's own search code and data loaded after the page (the dropdown's script).
   * Counted server-side, so requests from a Web Worker would be included; files the browser took from
   * its cache cost nothing. This is what the "transfers" target is measured on.
   */
  wireBytes: number;
  /** The same files' decoded size (what they are after the browser decompresses them). */
  decodedBytes: number;
  requests: number;
  /** The request log: each file sent, in order, with its sizes (what the bytes are made of). */
  files: SentFile[];
  /**
   * From the start of the query (including loading and initialising Pagefind when needed) to the first
   * results' data; for `typed`, from the last keystroke in the header search box to the first result shown.
   */
  msToResults: number;
  /** Part of msToResults spent importing and initialising Pagefind. */
  initMs: number;
  results: number;
  firstTitle: string | undefined;
}

export interface SearchMeasurement {
  samples: SearchSample[];
  /** How many results' data each sample loads: what a results list shows first. */
  shownResults: number;
}

interface InPageResult {
  initMs: number;
  totalMs: number;
  results: number;
  firstTitle: string | undefined;
}

async function runQuery(
  page: Page,
  pagefindUrl: string,
  query: string,
  shown: number,
): Promise<InPageResult> {
  return page.evaluate(
    async ({ url, term, count }) => {
      interface PagefindResult {
        data(): Promise<{ meta?: { title?: string } }>;
      }
      interface PagefindApi {
        init(): Promise<void>;
        search(term: string): Promise<{ results: PagefindResult[] }>;
      }
      const holder = globalThis as unknown as { __benchPagefind?: PagefindApi };
      const started = performance.now();
      if (!holder.__benchPagefind) {
        const pagefind = (await import(url)) as PagefindApi;
        await pagefind.init();
        holder.__benchPagefind = pagefind;
      }
      const initMs = performance.now() - started;
      const search = await holder.__benchPagefind.search(term);
      const data = await Promise.all(search.results.slice(0, count).map((result) => result.data()));
      return {
        initMs,
        totalMs: performance.now() - started,
        results: search.results.length,
        firstTitle: data[0]?.meta?.title,
      };
    },
    { url: pagefindUrl, term: query, count: shown },
  );
}

/**
 * Types a query into the site's header search box in a fresh browser context, as a reader would (focus,
 * then keystrokes 80 ms apart), and times from the last keystroke to the first result in the dropdown.
 * Undefined when the site has no such box (the baseline).
 */
async function typeQuery(
  page: Page,
  query: string,
): Promise<{ ms: number; results: number; firstTitle: string | undefined } | undefined> {
  const input = page.locator('#site-search-input');
  if ((await input.count()) === 0) return undefined;
  await page.evaluate(() => {
    const state = { lastKey: 0, shown: [] as number[] };
    (globalThis as unknown as { __benchTyping: typeof state }).__benchTyping = state;
    document.querySelector('#site-search-input')?.addEventListener('keydown', () => {
      state.lastKey = performance.now();
    });
    const list = document.querySelector('#site-search-results');
    if (list) {
      new MutationObserver(() => {
        if (list.querySelector('[role="option"]')) state.shown.push(performance.now());
      }).observe(list, { childList: true, subtree: true });
    }
  });
  await input.focus();
  await input.pressSequentially(query, { delay: 80 });
  await page.waitForFunction(() => {
    const state = (globalThis as unknown as { __benchTyping: { lastKey: number; shown: number[] } })
      .__benchTyping;
    return state.shown.some((at) => at > state.lastKey);
  });
  return page.evaluate(() => {
    const state = (globalThis as unknown as { __benchTyping: { lastKey: number; shown: number[] } })
      .__benchTyping;
    const shownAt = state.shown.find((at) => at > state.lastKey) ?? state.lastKey;
    const options = document.querySelectorAll('#site-search-results [role="option"]');
    return {
      ms: shownAt - state.lastKey,
      results: options.length,
      firstTitle: options[0]?.textContent?.trim(),
    };
  });
}

/**
 * Whether a file the server sent belongs to a search: Pagefind's files always, and once the page has
 * loaded, the site's scripts and data (the search code is imported when the box is used); never the
 * page, its styles, images or icon.
 */
function isSearchFile(relativePath: string, afterLoad: boolean): boolean {
  if (relativePath.startsWith('pagefind/')) return true;
  return afterLoad && /\.(m?js|json|wasm)$/u.test(relativePath);
}

/**
 * Measures Pagefind on a built site through its JS API, as a search box would drive it:
 * cold = fresh browser context (empty cache); warm = a new page in the same context (HTTP cache warm);
 * next = a different query in the warm page (engine already initialised); typed = the real header search
 * box in a fresh context, timed from the last keystroke to the first result shown.
 */
export async function measureSearch(
  siteDir: string,
  options: { base?: string; query: string; nextQuery: string; shownResults?: number },
): Promise<SearchMeasurement> {
  const base = options.base ?? '/';
  const shown = options.shownResults ?? 5;
  let files: SentFile[] = [];
  // Set once the page's load event has fired: what is fetched after it is fetched for the search.
  let afterLoad = false;
  const server = await startStaticServer(siteDir, {
    base,
    onFileSent: (urlPath, wireBytes, decodedBytes) => {
      const relative = urlPath.startsWith(base) ? urlPath.slice(base.length) : urlPath;
      if (isSearchFile(relative, afterLoad))
        files.push({ path: relative, wireBytes, decodedBytes });
    },
  });
  const totals = (sent: SentFile[]) => ({
    wireBytes: sent.reduce((sum, file) => sum + file.wireBytes, 0),
    decodedBytes: sent.reduce((sum, file) => sum + file.decodedBytes, 0),
    requests: sent.length,
    files: sent,
  });
  const browser = await launchBrowser();
  try {
    const context = await browser.newContext();
    const pagefindUrl = `${server.origin}${base}pagefind/pagefind.js`;
    const samples: SearchSample[] = [];
    const nothing: SentFile[] = [];
    // Bytes count from the page load on: whatever the page fetched from Pagefind by itself belongs to
    // the first query's cost.
    const measure = async (
      page: Page,
      label: SearchSample['label'],
      query: string,
      from: SentFile[],
    ) => {
      files = [...from];
      const result = await runQuery(page, pagefindUrl, query, shown);
      // Let the last responses finish streaming before reading the counter.
      await page.waitForTimeout(100);
      samples.push({
        label,
        query,
        ...totals(files),
        msToResults: result.totalMs,
        initMs: result.initMs,
        results: result.results,
        firstTitle: result.firstTitle,
      });
    };
    const openPage = async (): Promise<{ page: Page; onLoad: SentFile[] }> => {
      files = [];
      afterLoad = false;
      const page = await context.newPage();
      await page.goto(`${server.origin}${base}`, { waitUntil: 'load' });
      afterLoad = true;
      return { page, onLoad: files };
    };
    const cold = await openPage();
    await measure(cold.page, 'cold', options.query, cold.onLoad);
    await measure(cold.page, 'next', options.nextQuery, nothing);
    const warm = await openPage();
    await measure(warm.page, 'warm', options.query, warm.onLoad);
    await context.close();

    const typingContext = await browser.newContext();
    const typingPage = await typingContext.newPage();
    files = [];
    afterLoad = false;
    await typingPage.goto(`${server.origin}${base}`, { waitUntil: 'load' });
    afterLoad = true;
    const typed = await typeQuery(typingPage, options.query);
    await typingPage.waitForTimeout(100);
    if (typed) {
      samples.push({
        label: 'typed',
        query: options.query,
        ...totals(files),
        msToResults: typed.ms,
        initMs: 0,
        results: typed.results,
        firstTitle: typed.firstTitle,
      });
    }
    await typingContext.close();
    return { samples, shownResults: shown };
  } finally {
    await browser.close();
    await server.close();
  }
}
