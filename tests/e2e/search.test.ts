/**
 * Full-text search in a real browser (Debian chromium via playwright-core) on the fixture archive,
 * built by tests/support/global-setup.ts, once at the root and once under a base path.
 */
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { launchBrowser } from '../../tools/browser.ts';
import { serveSite } from '../../tools/serve.ts';
import type { ServedSite } from '../../tools/serve.ts';

interface ShownResult {
  title: string;
  meta: string;
  href: string;
  excerpt: string;
}

async function readResults(page: Page): Promise<ShownResult[]> {
  return page.$$eval('#search-results > li', (items) =>
    items.map((item) => ({
      title: item.querySelector('h2')?.textContent?.trim() ?? '',
      meta: item.querySelector('.search-result__meta')?.textContent?.trim() ?? '',
      href: item.querySelector('h2 a')?.getAttribute('href') ?? '',
      excerpt: item.querySelector('.search-result__excerpt')?.innerHTML ?? '',
    })),
  );
}

/**
 * Waits until the results list is no longer busy (each search marks it busy synchronously, so this
 * never reads the previous search's results) and the live region reports the expected outcome.
 */
async function waitForStatus(page: Page, pattern: RegExp): Promise<string> {
  await page.waitForFunction(
    (source) =>
      document.querySelector('#search-results')?.getAttribute('aria-busy') === 'false' &&
      new RegExp(source).test(document.querySelector('#search-status')?.textContent ?? ''),
    pattern.source,
  );
  return (await page.textContent('#search-status')) ?? '';
}

/** `2024-05-22` from `/base/meetings/2024-05-22-development-call/#…`. */
function meetingDate(href: string): string | undefined {
  return /\/meetings\/(\d{4}-\d{2}-\d{2})-/.exec(href)?.[1];
}

const sites = inject('testSites');

describe.each([
  ['at the site root', sites.root],
  ['under a base path', sites.sub],
])('search %s', (_label, site) => {
  let browser: Browser;
  let context: BrowserContext;
  let server: ServedSite;
  const base = site.base;

  beforeAll(async () => {
    browser = await launchBrowser();
    context = await browser.newContext();
    server = await serveSite(site);
  });
  afterAll(async () => {
    await context?.close();
    await browser?.close();
    await server?.close();
  });

  test('the header box: Ctrl+K focuses it, results open as you type, arrows and Enter open the section', async () => {
    const page = await context.newPage();
    const pagefindRequests: string[] = [];
    page.on('request', (request) => {
      if (request.url().includes('/pagefind/')) pagefindRequests.push(request.url());
    });
    await page.goto(server.url('meetings/'));
    expect(pagefindRequests, 'Pagefind must not load before search is used').toEqual([]);

    await page.keyboard.press('Control+k');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('site-search-input');
    const input = page.locator('#site-search-input');
    await page.keyboard.type('RSA key');
    const options = page.locator('#site-search-results [role="option"]');
    await options.first().waitFor();
    expect(await input.getAttribute('aria-expanded')).toBe('true');
    expect(await options.first().textContent()).toContain('Attestation driver and proxy');
    expect(await page.textContent('form[data-site-search] [role="status"]')).toMatch(/^1 results?/);
    expect(pagefindRequests.every((url) => url.startsWith(server.url('pagefind/')))).toBe(true);

    await page.keyboard.press('ArrowDown');
    expect(await input.getAttribute('aria-activedescendant')).toBe(
      await options.first().getAttribute('id'),
    );
    expect(await options.first().getAttribute('aria-selected')).toBe('true');
    await Promise.all([
      page.waitForURL(/#attestation-driver-and-proxy$/),
      page.keyboard.press('Enter'),
    ]);

    const url = new URL(page.url());
    expect(url.pathname).toBe(`${base}meetings/2024-05-22-development-call/`);
    expect(url.searchParams.getAll('highlight')).toEqual(['rsa', 'key']);
    await page.locator('mark.search-highlight').first().waitFor();
    const marked = await page.$$eval(
      '#attestation-driver-and-proxy ~ * mark.search-highlight',
      (marks) => marks.map((mark) => mark.textContent),
    );
    expect(marked).toContain('RSA');
    await page.close();
  });

  test('Escape closes the dropdown, a second Escape clears the box, Enter without a choice opens /search/', async () => {
    const page = await context.newPage();
    await page.goto(server.url());
    const input = page.locator('#site-search-input');
    await input.focus();
    await page.keyboard.type('attestation');
    await page.locator('#site-search-results [role="option"]').first().waitFor();
    await page.keyboard.press('Escape');
    expect(await input.getAttribute('aria-expanded')).toBe('false');
    expect(await page.locator('[data-search-popup]').isHidden()).toBe(true);
    expect(await input.inputValue()).toBe('attestation');
    await page.keyboard.press('Escape');
    expect(await input.inputValue()).toBe('');
    await page.keyboard.type('persistent state');
    await Promise.all([
      page.waitForURL(/\/search\/\?q=persistent\+state$/),
      page.keyboard.press('Enter'),
    ]);
    expect(new URL(page.url()).pathname).toBe(`${base}search/`);
    await waitForStatus(page, /results? for “persistent state”/);
    expect(await page.inputValue('#search-query')).toBe('persistent state');
    // On the search page the shortcut goes to the page's own query box.
    await page.locator('#search-results a').first().focus();
    await page.keyboard.press('Control+k');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('search-query');
    await page.close();
  });

  test('the search page: best section first, a topic filter narrows, newest first sorts, the URL is shareable', async () => {
    const page = await context.newPage();
    await page.goto(server.url('search/?q=RSA+key'));
    await waitForStatus(page, /1 result for “RSA key”/);
    const [first] = await readResults(page);
    expect(first?.title).toBe('Attestation driver and proxy');
    expect(first?.href).toBe(
      `${base}meetings/2024-05-22-development-call/?highlight=rsa&highlight=key#attestation-driver-and-proxy`,
    );
    expect(first?.excerpt).toContain('<mark>RSA</mark> <mark>key</mark>');

    await page.fill('#search-query', 'key');
    await waitForStatus(page, /3 results for “key”/);
    const unfiltered = await readResults(page);
    expect(unfiltered.map((result) => meetingDate(result.href)).sort()).toEqual([
      '2024-05-22',
      '2025-01-15',
      '2025-11-19',
    ]);

    // Results are sections, sorted by date on request.
    await page.selectOption('#search-sort', 'newest');
    await page.waitForFunction(() => new URL(location.href).searchParams.get('sort') === 'newest');
    await waitForStatus(page, /3 results for “key”/);
    expect((await readResults(page)).map((result) => meetingDate(result.href))).toEqual([
      '2025-11-19',
      '2025-01-15',
      '2024-05-22',
    ]);
    await page.selectOption('#search-sort', 'oldest');
    await page.waitForFunction(() => new URL(location.href).searchParams.get('sort') === 'oldest');
    await waitForStatus(page, /3 results for “key”/);
    expect((await readResults(page)).map((result) => meetingDate(result.href))).toEqual([
      '2024-05-22',
      '2025-01-15',
      '2025-11-19',
    ]);

    // The count beside a topic is the number of results choosing it gives: two of the three meetings
    // discuss VirtIO-Blk. One has the word in its VirtIO-Blk section and lands there; the other has it
    // in another section and lands where the word is.
    // The topic facet's values load when it is opened.
    await page.locator('[data-search-filters] summary', { hasText: 'Topic' }).click();
    const virtioBlk = page.locator('input[name="topic"][value="VirtIO-Blk"]');
    const virtioLabel = `label[for="${await virtioBlk.getAttribute('id')}"]`;
    await page.waitForFunction(
      (selector) => document.querySelector(selector)?.textContent === 'VirtIO-Blk (2)',
      virtioLabel,
    );
    await virtioBlk.check();
    await waitForStatus(page, /2 results for “key”/);
    const filtered = await readResults(page);
    expect(filtered.map((result) => [meetingDate(result.href), result.title])).toEqual([
      ['2024-05-22', 'Attestation driver and proxy'],
      ['2025-01-15', 'Persistent state'],
    ]);
    expect(new URL(page.url()).searchParams.getAll('topic')).toEqual(['VirtIO-Blk']);
    // And so for every other value the facets show, here a year (one result each).
    const yearCounts = await page.$$eval('input[name="year"]', (boxes) =>
      boxes.map((box) => [
        (box as HTMLInputElement).value,
        /\((\d+)\)$/.exec(document.querySelector(`label[for="${box.id}"]`)?.textContent ?? '')?.[1],
      ]),
    );
    expect(Object.fromEntries(yearCounts)).toMatchObject({ '2024': '1', '2025': '1' });
    await page.check('input[name="year"][value="2025"]');
    await waitForStatus(page, /1 result for “key”/);
    expect((await readResults(page)).map((result) => meetingDate(result.href))).toEqual([
      '2025-01-15',
    ]);
    await page.uncheck('input[name="year"][value="2025"]');
    await waitForStatus(page, /2 results for “key”/);

    const shared = page.url();
    expect(new URL(shared).search).toBe('?q=key&topic=VirtIO-Blk&sort=oldest');
    const again = await context.newPage();
    await again.goto(shared);
    await waitForStatus(again, /2 results for “key”/);
    expect(await again.inputValue('#search-query')).toBe('key');
    expect(await again.inputValue('#search-sort')).toBe('oldest');
    expect(await again.isChecked('input[name="topic"][value="VirtIO-Blk"]')).toBe(true);
    expect((await readResults(again)).map((result) => meetingDate(result.href))).toEqual([
      '2024-05-22',
      '2025-01-15',
    ]);

    // Following a hit lands on the section, with the terms highlighted.
    await Promise.all([
      again.waitForURL(/#persistent-state$/),
      again.click('#search-results li:nth-child(2) h2 a'),
    ]);
    expect(new URL(again.url()).pathname).toBe(`${base}meetings/2025-01-15-development-call/`);
    await again.locator('mark.search-highlight').first().waitFor();
    await again.close();
    await page.close();
  });

  test('browsing by filters with no words lists matching meetings newest first, with counts', async () => {
    const page = await context.newPage();
    await page.goto(server.url('search/?topic=VirtIO-Blk&type=Meeting'));
    const status = await waitForStatus(page, /results? match/);
    const results = await readResults(page);
    expect(status).toBe(`${results.length} results match these filters.`);
    expect(results.length).toBeGreaterThanOrEqual(4);
    const dates = results.map((result) => meetingDate(result.href) ?? '');
    expect(dates).toEqual([...dates].sort().reverse());
    for (const result of results) {
      expect(result.href).toMatch(new RegExp(`^${base}meetings/[^?]+/#`));
    }
    const yearLabels = await page.$$eval('input[name="year"]', (boxes) =>
      boxes.map((box) => document.querySelector(`label[for="${box.id}"]`)?.textContent),
    );
    expect(yearLabels.length).toBeGreaterThan(0);
    expect(yearLabels.every((label) => /\(\d+\)$/.test(label ?? ''))).toBe(true);
    await page.close();
  });

  test('topics and people are their own result type', async () => {
    const page = await context.newPage();
    await page.goto(server.url('search/?q=Mei+Lin&type=Person'));
    await waitForStatus(page, /result/);
    const results = await readResults(page);
    expect(results[0]).toMatchObject({
      title: 'Mei Lin',
      meta: 'Person',
      href: `${base}people/mei-lin/?highlight=mei&highlight=lin`,
    });
    expect(results.every((result) => result.meta === 'Person')).toBe(true);
    await page.close();
  });

  const sectionsFor = async (page: Page, words: string): Promise<string[]> => {
    await page.goto(server.url(`search/?${new URLSearchParams({ q: words }).toString()}`));
    await waitForStatus(page, /result/);
    // Without the highlight terms, which differ with the words typed.
    return (await readResults(page)).map((result) => result.href.replace(/\?[^#]*/, ''));
  };

  test('every spelling of a name finds the same sections: registry aliases and German ASCII spelling', async () => {
    const page = await context.newPage();
    const ascii = await sectionsFor(page, 'Juergen');
    const umlaut = await sectionsFor(page, 'Jürgen');
    // The minutes write "Jürgen" in some sections and "Juergen" in others; both queries find all.
    expect(ascii.map(meetingDate)).toEqual(
      expect.arrayContaining(['2024-02-07', '2024-09-04', '2025-11-19']),
    );
    expect([...umlaut].sort()).toEqual([...ascii].sort());
    await page.close();
  });

  test('a pull request number finds its section however it is written', async () => {
    const page = await context.newPage();
    const forms = ['#118', 'PR 118', 'PR118', 'PR #118', 'pull/118'];
    const firsts = [];
    for (const form of forms) firsts.push((await sectionsFor(page, form))[0]);
    expect(meetingDate(firsts[0] ?? '')).toBe('2025-09-10');
    expect(new Set(firsts).size).toBe(1);
    await page.close();
  });

  test('a typo is corrected from the index vocabulary, and said so', async () => {
    const page = await context.newPage();
    await page.goto(server.url('search/?q=thruoghput'));
    await waitForStatus(page, /Showing results for “throughput”/);
    const dates = (await readResults(page)).map((result) => meetingDate(result.href));
    expect(dates).toEqual(expect.arrayContaining(['2024-03-13', '2025-09-10']));
    await page.close();
  });

  test('words no section has together show the best matches for most of them; stop words never empty the list', async () => {
    const page = await context.newPage();
    await page.goto(server.url('search/?q=throughput+elliptic'));
    const status = await waitForStatus(page, /No result has all of “throughput elliptic”/);
    expect(status).toMatch(/best matches for most of the words/);
    expect((await readResults(page)).length).toBeGreaterThanOrEqual(3);
    expect(await sectionsFor(page, 'what is the throughput')).toEqual(
      await sectionsFor(page, 'throughput'),
    );
    await page.close();
  });

  test('people and topics are groups of their own beside the meeting sections', async () => {
    const page = await context.newPage();
    await page.goto(server.url('search/?q=Mei+Lin'));
    await waitForStatus(page, /result/);
    expect(await page.textContent('#search-groups h2')).toBe('People');
    expect(
      await page.$$eval('#search-groups a', (links) => links.map((a) => a.textContent)),
    ).toContain('Mei Lin');
    const results = await readResults(page);
    expect(results.length).toBeGreaterThan(0);
    expect(results.every((result) => meetingDate(result.href) !== undefined)).toBe(true);

    await page.goto(server.url(''));
    await page.keyboard.press('Control+k');
    await page.keyboard.type('Mei Lin');
    await page.waitForSelector('#site-search-results [role="group"]');
    const groups = await page.$$eval('#site-search-results [role="group"]', (nodes) =>
      nodes.map(
        (node) => document.getElementById(node.getAttribute('aria-labelledby') ?? '')?.textContent,
      ),
    );
    expect(groups).toEqual(['Meetings', 'People']);
    await page.close();
  });

  test('chosen filters show as removable chips with Clear all, pinned at the top of their facet', async () => {
    const page = await context.newPage();
    await page.goto(server.url('search/?q=key&year=2024&topic=VirtIO-Blk'));
    await waitForStatus(page, /result/);
    const chips = () =>
      page.$$eval('#search-chips .search-chip', (buttons) => buttons.map((b) => b.textContent));
    expect(await chips()).toEqual(['Topic: VirtIO-Blk', 'Year: 2024']);
    // The chosen topic is the first of its facet, whatever its count.
    expect(
      await page.getAttribute('[data-search-filters] input[name="topic"] >> nth=0', 'value'),
    ).toBe('VirtIO-Blk');

    await page.click('#search-chips .search-chip >> nth=0');
    await page.waitForFunction(() => !new URL(location.href).searchParams.has('topic'));
    expect(await chips()).toEqual(['Year: 2024']);
    expect(await page.isChecked('input[name="topic"][value="VirtIO-Blk"]')).toBe(false);
    // Focus stays in the chips for keyboard users.
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Year: 2024');

    await page.click('#search-chips .search-chips__clear');
    await page.waitForFunction(() => new URL(location.href).search === '?q=key');
    expect(await page.isHidden('#search-chips')).toBe(true);
    await page.close();
  });

  test('a long facet has a find box that narrows its values', async () => {
    const page = await context.newPage();
    await page.goto(server.url('search/?type=Meeting'));
    await waitForStatus(page, /match these filters/);
    await page.locator('summary', { hasText: 'Person' }).click();
    await page.locator('input[name="person"]').first().waitFor({ state: 'attached' });
    const find = page.locator('#search-filter-find-person');
    if ((await find.count()) === 0) {
      // The fixture has few people; the facet is then short and needs no find box.
      expect(await page.locator('input[name="person"]').count()).toBeLessThanOrEqual(8);
    } else {
      await find.fill('juer');
      const shown = await page.$$eval('input[name="person"]', (boxes) =>
        boxes
          .filter((box) => !box.closest('li')?.hidden)
          .map((box) => (box as HTMLInputElement).value),
      );
      expect(shown).toEqual(['Jürgen Weiß']);
    }
    await page.close();
  });

  test("a topic or person facet's values load only when it is opened or a value of it is chosen", async () => {
    const page = await context.newPage();
    const filterFiles: string[] = [];
    page.on('request', (request) => {
      if (request.url().includes('/pagefind/filter/')) filterFiles.push(request.url());
    });
    await page.goto(server.url('search/?q=key'));
    await waitForStatus(page, /results? for “key”/);
    // Type, year and series (one value a page) are there; topics and people wait, closed.
    const upFront = filterFiles.length;
    expect(await page.locator('input[name="year"]').count()).toBeGreaterThan(0);
    expect(await page.locator('input[name="topic"], input[name="person"]').count()).toBe(0);
    const topic = page.locator('[data-search-filters] summary', { hasText: 'Topic' });
    expect(
      await topic.evaluate((summary) => (summary.parentElement as HTMLDetailsElement).open),
    ).toBe(false);
    await topic.click();
    await page.locator('input[name="topic"]').first().waitFor({ state: 'attached' });
    expect(filterFiles).toHaveLength(upFront + 1);
    // With the counts of the current search, and still no person list.
    await page.waitForFunction(() =>
      [...document.querySelectorAll('input[name="topic"]')].some((box) =>
        /\(\d+\)$/.test(document.querySelector(`label[for="${box.id}"]`)?.textContent ?? ''),
      ),
    );
    expect(await page.locator('input[name="person"]').count()).toBe(0);
    // A shared link with a chosen person loads that facet at once, its value checked.
    const shared = await context.newPage();
    await shared.goto(server.url('search/?q=key&person=Mei+Lin'));
    await waitForStatus(shared, /result/);
    expect(await shared.isChecked('input[name="person"][value="Mei Lin"]')).toBe(true);
    await shared.close();
    await page.close();
  });

  test('on a phone the filters open in a drawer: focus moves in, Escape closes it and focus returns', async () => {
    const phone = await browser.newContext({ viewport: { width: 390, height: 800 } });
    const page = await phone.newPage();
    await page.goto(server.url('search/?q=key'));
    await waitForStatus(page, /result/);
    expect(await page.isVisible('[data-search-filters] input[name="topic"]')).toBe(false);
    const toggle = page.locator('#search-filters-toggle');
    expect(await toggle.getAttribute('aria-expanded')).toBe('false');
    await toggle.click();
    await page.waitForSelector('#search-filters-drawer[open]');
    expect(await toggle.getAttribute('aria-expanded')).toBe('true');
    expect(
      await page.evaluate(() => !!document.activeElement?.closest('#search-filters-drawer')),
    ).toBe(true);
    await page.locator('#search-filters-drawer summary', { hasText: 'Topic' }).click();
    await page.locator('#search-filters-drawer input[name="topic"][value="VirtIO-Blk"]').check();
    await waitForStatus(page, /2 results for “key”/);
    await page.keyboard.press('Escape');
    await page.waitForSelector('#search-filters-drawer:not([open])', { state: 'attached' });
    // The dialog's `close` event (which updates the toggle) is queued after the dialog closes and the
    // browser restores focus, so wait for it rather than read the attribute in the same task.
    await page.waitForFunction(
      () =>
        document.getElementById('search-filters-toggle')?.getAttribute('aria-expanded') === 'false',
    );
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('search-filters-toggle');
    expect(await page.textContent('#search-chips .search-chip')).toBe('Topic: VirtIO-Blk');
    await phone.close();
  });

  test('without JavaScript the search page says so and links to the archive, topics and people', async () => {
    const noScript = await browser.newContext({ javaScriptEnabled: false });
    const page = await noScript.newPage();
    await page.goto(server.url('search/'));
    const notice = page.locator('.search-page__nojs');
    expect(await notice.textContent()).toContain('Search needs JavaScript');
    const links = await notice
      .locator('a')
      .evaluateAll((anchors) => anchors.map((a) => a.getAttribute('href')));
    expect(links).toEqual([`${base}meetings/`, `${base}topics/`, `${base}people/`]);
    await noScript.close();
  });
});
