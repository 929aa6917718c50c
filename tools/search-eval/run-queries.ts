/**
 * Runs queries in Chromium: Minutebook through its real /search/ page (the result links in order, as a
 * reader sees them), stock Pagefind through its JS API, listed the way its default UI lists them
 * (pages in rank order, each with up to three sub-results, those with the most matches first).
 */
import type { Page } from 'playwright-core';

/** The section links of the /search/ page's main result list, first page. */
export async function minutebookResults(page: Page, url: string): Promise<string[]> {
  await page.goto(url);
  await page.waitForSelector('#search-results[aria-busy="false"]', {
    state: 'attached',
    timeout: 30_000,
  });
  return page.$$eval('#search-results > li h2 a', (links) =>
    links.map((link) => link.getAttribute('href') ?? ''),
  );
}

export async function stockResults(
  page: Page,
  pagefindUrl: string,
  query: string,
  pages = 10,
): Promise<string[]> {
  return page.evaluate(
    async ({ url, term, count }) => {
      interface Sub {
        url: string;
        locations: number[];
      }
      interface Data {
        url: string;
        sub_results: Sub[];
      }
      interface Api {
        init(): Promise<void>;
        search(term: string): Promise<{ results: { data(): Promise<Data> }[] }>;
      }
      const holder = globalThis as unknown as { __stockPagefind?: Api };
      if (!holder.__stockPagefind) {
        const api = (await import(url)) as Api;
        await api.init();
        holder.__stockPagefind = api;
      }
      const search = await holder.__stockPagefind.search(term);
      const data = await Promise.all(search.results.slice(0, count).map((result) => result.data()));
      return data.flatMap((item) => {
        const subs = item.sub_results.filter((sub) => sub.url.includes('#'));
        if (subs.length === 0) return [item.url];
        return [...subs]
          .sort((a, b) => b.locations.length - a.locations.length)
          .slice(0, 3)
          .map((sub) => sub.url);
      });
    },
    { url: pagefindUrl, term: query, count: pages },
  );
}
