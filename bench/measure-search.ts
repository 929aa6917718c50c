import type { Page } from 'playwright-core';
import { launchBrowser } from '../tools/browser.ts';
import { startStaticServer } from '../tools/serve.ts';

export interface SearchSample {
  label: 'cold' | 'warm' | 'next' | 'typed';
  query: string;
  /**
   * Bytes of Pagefind's files the server sent during this sample, counted server-side so requests from
   * Pagefind's Web Worker are included; files the browser took from its cache cost nothing.
   */
  pagefindBytes: number;
  pagefindRequests: number;
  /** The request log: each Pagefind file sent, in order, with its size (what the bytes are made of). */
  pagefindFiles: { path: string; bytes: number }[];
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
  let bytes = 0;
  let requests = 0;
  let files: { path: string; bytes: number }[] = [];
  const server = await startStaticServer(siteDir, {
    base,
    onFileSent: (urlPath, size) => {
      const at = urlPath.indexOf('/pagefind/');
      if (at >= 0) {
        bytes += size;
        requests += 1;
        files.push({ path: urlPath.slice(at + '/pagefind/'.length), bytes: size });
      }
    },
  });
  const browser = await launchBrowser();
  try {
    const context = await browser.newContext();
    const pagefindUrl = `${server.origin}${base}pagefind/pagefind.js`;
    const samples: SearchSample[] = [];
    const nothing = { bytes: 0, files: [] as typeof files };
    // Bytes count from the page load on: whatever the page fetched from Pagefind by itself belongs to
    // the first query's cost.
    const measure = async (
      page: Page,
      label: SearchSample['label'],
      query: string,
      from: { bytes: number; files: { path: string; bytes: number }[] },
    ) => {
      bytes = from.bytes;
      requests = from.files.length;
      files = [...from.files];
      const result = await runQuery(page, pagefindUrl, query, shown);
      // Let the last responses finish streaming before reading the counter.
      await page.waitForTimeout(100);
      samples.push({
        label,
        query,
        pagefindBytes: bytes,
        pagefindRequests: requests,
        pagefindFiles: files,
        msToResults: result.totalMs,
        initMs: result.initMs,
        results: result.results,
        firstTitle: result.firstTitle,
      });
    };
    const openPage = async (): Promise<{ page: Page; onLoad: typeof nothing }> => {
      bytes = 0;
      files = [];
      const page = await context.newPage();
      await page.goto(`${server.origin}${base}`, { waitUntil: 'load' });
      return { page, onLoad: { bytes, files } };
    };
    const cold = await openPage();
    await measure(cold.page, 'cold', options.query, cold.onLoad);
    await measure(cold.page, 'next', options.nextQuery, nothing);
    const warm = await openPage();
    await measure(warm.page, 'warm', options.query, warm.onLoad);
    await context.close();

    const typingContext = await browser.newContext();
    const typingPage = await typingContext.newPage();
    bytes = 0;
    requests = 0;
    files = [];
    await typingPage.goto(`${server.origin}${base}`, { waitUntil: 'load' });
    const typed = await typeQuery(typingPage, options.query);
    await typingPage.waitForTimeout(100);
    if (typed) {
      samples.push({
        label: 'typed',
        query: options.query,
        pagefindBytes: bytes,
        pagefindRequests: requests,
        pagefindFiles: files,
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
