/**
 * Shared steps of the browser quality checks (a11y, keyboard, budget, screenshots): open one page
 * type of the fixture site the way a reader would, and run axe-core in it.
 */
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';
import type { PageType } from './page-types.ts';

const require = createRequire(import.meta.url);
export const axeScriptPath = require.resolve('axe-core/axe.min.js');

/** The search page's result list (labelled "Search results") holds one link per hit. */
export const searchResultSelector = 'main [aria-label="Search results"] a[href]';

/** Opens `type` on the served site and fails with the URL when the page is missing or the results never show. */
export async function openPageType(page: Page, url: string, type: PageType): Promise<void> {
  const response = await page.goto(url, { waitUntil: 'load' });
  const expected = type.name === 'not-found' ? [200, 404] : [200];
  if (!response || !expected.includes(response.status())) {
    throw new Error(`${type.name} page ${url} answered ${response?.status() ?? 'nothing'}`);
  }
  if (type.showsSearchResults) {
    await page.waitForSelector(searchResultSelector, { timeout: 15_000 }).catch(() => {
      throw new Error(
        `search page ${url} showed no result links (${searchResultSelector}) within 15 s`,
      );
    });
  }
}

export interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: { target: string[]; summary: string }[];
}

/** WCAG 2.1 A and AA rules only: the level the project promises. */
export async function runAxe(page: Page): Promise<AxeViolation[]> {
  await page.addScriptTag({ path: axeScriptPath });
  return page.evaluate(async () => {
    interface AxeRunner {
      run(
        context: Document,
        options: object,
      ): Promise<{
        violations: {
          id: string;
          impact?: string | null;
          help: string;
          nodes: { target: unknown[]; failureSummary?: string }[];
        }[];
      }>;
    }
    const axe = (window as unknown as { axe: AxeRunner }).axe;
    const results = await axe.run(document, {
      runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] },
      resultTypes: ['violations'],
    });
    return results.violations.map((violation) => ({
      id: violation.id,
      impact: violation.impact ?? null,
      help: violation.help,
      nodes: violation.nodes.map((node) => ({
        target: node.target.map(String),
        summary: (node.failureSummary ?? '').replace(/\s+/g, ' ').trim(),
      })),
    }));
  });
}

export function formatViolations(
  url: string,
  scheme: string,
  violations: readonly AxeViolation[],
): string {
  return violations
    .map(
      (violation) =>
        `  ${url} [${scheme}] ${violation.id} (${violation.impact ?? 'n/a'}): ${violation.help}\n` +
        violation.nodes.map((node) => `    ${node.target.join(' ')} — ${node.summary}`).join('\n'),
    )
    .join('\n');
}

/** Elements wider than the viewport at the current width: what makes a phone reader scroll sideways. */
export async function findHorizontalOverflow(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const limit = document.documentElement.clientWidth;
    if (document.documentElement.scrollWidth <= limit) return [];
    const culprits: string[] = [];
    for (const element of document.querySelectorAll('body *')) {
      const box = element.getBoundingClientRect();
      if (box.right <= limit + 1 || box.width === 0) continue;
      // Content inside a scrolling box (tables, code) scrolls on its own; only its box counts.
      const scroller = element.parentElement?.closest('pre, table, .data-table, [data-scrolls]');
      if (scroller) continue;
      const id = element.id ? `#${element.id}` : '';
      const classes =
        typeof element.className === 'string' && element.className
          ? `.${element.className.trim().split(/\s+/).join('.')}`
          : '';
      culprits.push(
        `${element.tagName.toLowerCase()}${id}${classes} (right edge ${Math.round(box.right)} px > ${limit} px)`,
      );
      if (culprits.length >= 5) break;
    }
    return culprits.length > 0
      ? culprits
      : [`page is ${document.documentElement.scrollWidth} px wide at ${limit} px`];
  });
}
