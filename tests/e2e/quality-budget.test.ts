import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import {
  defaultBudget,
  findBudgetOverruns,
  formatWeightTable,
  isMeetingPage,
  summariseWeights,
} from '../../tools/quality/budget.ts';
import { fixturePageTypes } from '../../tools/quality/page-types.ts';
import { measureDist } from '../../tools/quality/page-weight.ts';
import { useBrowserSession } from '../support/browser-session.ts';
import { openPageType } from '../../tools/quality/browser-checks.ts';

const sites = inject('testSites');

describe('page weight budget (built files)', () => {
  it('every page keeps to the JS, CSS and meeting-HTML limits, and the figures are reported', async () => {
    const weights = await measureDist(sites.root.dir, sites.root.base);
    console.log(`${formatWeightTable(weights)}\n${summariseWeights(weights)}`);
    // All twelve fixture meetings are measured, or a missing page would slip through the HTML limit.
    expect(weights.filter((weight) => isMeetingPage(weight.page))).toHaveLength(12);
    expect(findBudgetOverruns(weights)).toEqual([]);
  });
});

describe('page weight budget (in the browser)', () => {
  const session = useBrowserSession(sites.sub);

  /** Every script the page fetches, with its body size, from now on. */
  function recordScripts(page: Page): { url: string; bytes: number }[] {
    const scripts: { url: string; bytes: number }[] = [];
    page.on('response', async (response) => {
      if (response.request().resourceType() !== 'script') return;
      const body = await response.body().catch(() => Buffer.alloc(0));
      scripts.push({ url: new URL(response.url()).pathname, bytes: body.length });
    });
    return scripts;
  }

  const browsed = fixturePageTypes.filter((type) => !type.showsSearchResults);

  it.each(browsed.map((type) => [type.name, type] as const))(
    '%s page fetches only the header search loader (≤ 5 KB) and no Pagefind until the search box is used',
    async (_name, type) => {
      const page = await session.browser.newPage();
      try {
        const scripts = recordScripts(page);
        await openPageType(page, session.server.url(type.path), type);
        await page.waitForLoadState('networkidle');
        const upFront = scripts.reduce((sum, script) => sum + script.bytes, 0);
        const list = scripts.map((script) => `${script.url} ${script.bytes} B`).join(', ');
        console.log(`${type.name}: ${upFront} B of JavaScript before use (${list})`);
        expect(upFront, list).toBeLessThanOrEqual(defaultBudget.maxJsBytes);
        expect(scripts.filter((script) => script.url.includes('/pagefind/'))).toEqual([]);

        // Using the search box is what brings Pagefind in.
        const pagefind = page.waitForRequest(
          (request) => /\/pagefind\/pagefind(?:\.[\w-]+)?\.js$/.test(request.url()),
          {
            timeout: 10_000,
          },
        );
        await page.locator('header input[type="search"]').fill('igvm');
        expect(new URL((await pagefind).url()).pathname).toBe(
          `${sites.sub.base}pagefind/pagefind.js`,
        );
      } finally {
        await page.close();
      }
    },
  );
});
