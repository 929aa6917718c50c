/**
 * Checks search on a built site in headless Chromium, the way a reader uses it:
 *   - `RSA key` gives the 2024-11-27 "Attestation Driver and Proxy" section as the first result
 *     (in the header dropdown and on the /search/ page);
 *   - filtering by the topic `virtio-blk` keeps only VirtIO-Blk discussions: every result links to a
 *     section that the meeting page tags with that topic, with and without search words.
 * Usage: `npm run search:check -- <built-dir> [--base /svsm-minutes/]` (base read from the site when omitted).
 * Meant for the shared COCONUT-SVSM corpus after `corpus:check` built it; .ci/run runs it.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { parseArgs } from 'node:util';
import type { Page } from 'playwright-core';
import { startStaticServer } from '../tools/serve.ts';
import { launchBrowser } from '../tools/browser.ts';

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: { base: { type: 'string' } },
});
const dir = path.resolve(positionals[0] ?? 'dist');

const problems: string[] = [];
let passed = 0;
const check = (ok: boolean, message: string) => {
  console.log(`${ok ? 'ok  ' : 'FAIL'} ${message}`);
  if (ok) passed++;
  else problems.push(message);
};

async function readSiteFile(relative: string): Promise<string> {
  const file = path.join(dir, relative);
  try {
    return await readFile(file, 'utf8');
  } catch {
    throw new Error(`${file} is missing: is ${dir} a built Minutebook site?`);
  }
}

/** The base path the site was built for, from its favicon link (every page has one). */
async function detectBase(): Promise<string> {
  const home = await readSiteFile('index.html');
  const href = /<link rel="icon" href="([^"]*)favicon\.svg"/.exec(home)?.[1];
  return href && href.startsWith('/') ? href : '/';
}

interface ShownResult {
  title: string;
  href: string;
}

async function searchPageResults(
  page: Page,
  url: string,
): Promise<{ status: string; results: ShownResult[] }> {
  await page.goto(url);
  await page.waitForSelector('#search-results[aria-busy="false"]', {
    state: 'attached',
    timeout: 30_000,
  });
  // Load every page of results, so the check covers all of them.
  while (await page.isVisible('#search-more')) {
    const before = await page.locator('#search-results > li').count();
    await page.click('#search-more');
    await page.waitForFunction(
      (count) => document.querySelectorAll('#search-results > li').length > count,
      before,
    );
  }
  const results = await page.$$eval('#search-results > li h2 a', (links) =>
    links.map((link) => ({
      title: link.textContent?.trim() ?? '',
      href: link.getAttribute('href') ?? '',
    })),
  );
  return { status: (await page.textContent('#search-status')) ?? '', results };
}

/** Whether the section a result links to is tagged with the topic on its meeting page. */
async function sectionHasTopic(href: string, base: string, topicHref: string): Promise<boolean> {
  const url = new URL(href, 'http://site.invalid');
  const anchor = decodeURIComponent(url.hash.slice(1));
  const html = await readSiteFile(path.join(url.pathname.slice(base.length), 'index.html'));
  const start = html.indexOf(`id="${anchor}"`);
  if (!anchor || start < 0) return false;
  const end = html.indexOf('<section class="section-block"', start);
  return html.slice(start, end < 0 ? undefined : end).includes(`href="${topicHref}"`);
}

const base = values.base ?? (await detectBase());
const topicHtml = await readSiteFile('topics/virtio-blk/index.html');
const topicName = /<h1[^>]*>([^<]+)<\/h1>/.exec(topicHtml)?.[1]?.trim();
if (!topicName)
  throw new Error(`No topic name in ${path.join(dir, 'topics/virtio-blk/index.html')}.`);
const topicHref = `${base}topics/virtio-blk/`;

const server = await startStaticServer(dir, { base });
const browser = await launchBrowser();
try {
  const page = await browser.newPage();
  const siteUrl = (rest: string) => `${server.origin}${base}${rest}`;

  // Header dropdown.
  await page.goto(siteUrl(''));
  await page.keyboard.press('Control+k');
  await page.keyboard.type('RSA key');
  await page.waitForSelector('#site-search-results [role="option"]', { timeout: 30_000 });
  const firstOption =
    (await page.locator('#site-search-results [role="option"]').first().textContent()) ?? '';
  check(
    /attestation driver and proxy/i.test(firstOption) && /November 27th, 2024/.test(firstOption),
    `header dropdown: first result for "RSA key" is the 2024-11-27 Attestation Driver and Proxy section (got: ${firstOption.slice(0, 80)}…)`,
  );

  // Search page.
  const rsa = await searchPageResults(page, siteUrl('search/?q=RSA+key'));
  const first = rsa.results[0];
  check(
    !!first &&
      /attestation driver and proxy/i.test(first.title) &&
      new URL(first.href, server.origin).pathname.startsWith(`${base}meetings/2024-11-27`) &&
      first.href.includes('#'),
    `search page: first of ${rsa.results.length} results for "RSA key" is the 2024-11-27 Attestation Driver and Proxy section (got: ${first?.title} → ${first?.href})`,
  );

  // Topic filter, browsing and with words.
  for (const words of ['', 'virtio']) {
    const params = new URLSearchParams({ ...(words ? { q: words } : {}), topic: topicName });
    const filtered = await searchPageResults(page, siteUrl(`search/?${params.toString()}`));
    const unfiltered = words
      ? await searchPageResults(page, siteUrl(`search/?q=${words}`))
      : undefined;
    const outside: string[] = [];
    for (const result of filtered.results) {
      if (!(await sectionHasTopic(result.href, base, topicHref)))
        outside.push(`${result.title} (${result.href})`);
    }
    const label = words ? `"${words}" + topic ${topicName}` : `topic ${topicName} alone`;
    check(filtered.results.length > 0, `${label}: ${filtered.results.length} results`);
    if (unfiltered) {
      check(
        filtered.results.length <= unfiltered.results.length,
        `${label}: the filter narrows ${unfiltered.results.length} results to ${filtered.results.length}`,
      );
    }
    check(
      outside.length === 0,
      `${label}: every result links to a ${topicName} section${outside.length ? `; not: ${outside.slice(0, 5).join('; ')}` : ''}`,
    );
  }
} finally {
  await browser.close();
  await server.close();
}

if (problems.length > 0) {
  console.error(`\nSearch check failed (${problems.length}):\n- ${problems.join('\n- ')}`);
  console.log(`search-check: ${passed} passed, ${problems.length} failed`);
  process.exit(1);
}
console.log(`search-check: ${passed} passed, 0 failed`);
