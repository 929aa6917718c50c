import { describe, expect, inject, it } from 'vitest';
import { fixturePageTypes } from '../../tools/quality/page-types.ts';
import { useBrowserSession } from '../support/browser-session.ts';
import {
  findHorizontalOverflow,
  formatViolations,
  openPageType,
  runAxe,
} from '../../tools/quality/browser-checks.ts';

const site = inject('testSites').root;
const session = useBrowserSession(site);

describe.each(['light', 'dark'] as const)(
  'axe-core WCAG 2.1 AA in the %s colour scheme',
  (colorScheme) => {
    it.each(fixturePageTypes.map((type) => [type.name, type] as const))(
      '%s page has no violations',
      async (_name, type) => {
        const context = await session.browser.newContext({
          colorScheme,
          viewport: { width: 1280, height: 900 },
        });
        try {
          const page = await context.newPage();
          const url = session.server.url(type.path);
          await openPageType(page, url, type);
          const violations = await runAxe(page);
          expect(violations, formatViolations(url, colorScheme, violations)).toEqual([]);
        } finally {
          await context.close();
        }
      },
    );
  },
);

describe.each(['light', 'dark'] as const)(
  'the header search dropdown in the %s colour scheme',
  (colorScheme) => {
    it('has no violations while its results are open', async () => {
      const context = await session.browser.newContext({
        colorScheme,
        viewport: { width: 1280, height: 900 },
      });
      try {
        const page = await context.newPage();
        const url = session.server.url('meetings/');
        await page.goto(url);
        await page.locator('header input[type="search"]').fill('attestation');
        await page.waitForSelector('header [role="listbox"] [role="option"]', { timeout: 15_000 });
        const violations = await runAxe(page);
        expect(
          violations,
          formatViolations(`${url} (dropdown open)`, colorScheme, violations),
        ).toEqual([]);
      } finally {
        await context.close();
      }
    });
  },
);

describe.each(['light', 'dark'] as const)(
  'the search page filter drawer in the %s colour scheme',
  (colorScheme) => {
    it('has no violations while the drawer is open on a phone, with filters chosen', async () => {
      const context = await session.browser.newContext({
        colorScheme,
        viewport: { width: 390, height: 800 },
      });
      try {
        const page = await context.newPage();
        const url = session.server.url('search/?q=key&topic=VirtIO-Blk');
        await page.goto(url);
        await page.waitForSelector('#search-chips .search-chip', { timeout: 15_000 });
        await page.click('#search-filters-toggle');
        await page.waitForSelector('#search-filters-drawer[open] input[type="checkbox"]');
        const violations = await runAxe(page);
        expect(
          violations,
          formatViolations(`${url} (filter drawer open)`, colorScheme, violations),
        ).toEqual([]);
      } finally {
        await context.close();
      }
    });
  },
);

// WCAG 2.1 AA 1.4.10 (Reflow) asks for no sideways scrolling at 320 CSS px; axe cannot test it.
describe.each([390, 320])('reflow at %i px', (width) => {
  it('no page type scrolls sideways', async () => {
    const context = await session.browser.newContext({ viewport: { width, height: 800 } });
    try {
      const page = await context.newPage();
      const overflowing: string[] = [];
      for (const type of fixturePageTypes) {
        await openPageType(page, session.server.url(type.path), type);
        const culprits = await findHorizontalOverflow(page);
        if (culprits.length > 0) overflowing.push(`${type.name}: ${culprits.join('; ')}`);
      }
      expect(overflowing).toEqual([]);
    } finally {
      await context.close();
    }
  });
});

describe('the axe check itself', () => {
  it('reports a planted contrast failure and image without alt, naming rule and element', async () => {
    const page = await session.browser.newPage();
    try {
      await page.goto(session.server.url(''));
      await page.evaluate(() => {
        document
          .querySelector('main')
          ?.insertAdjacentHTML(
            'beforeend',
            '<p id="planted-grey" style="color:#bbb;background:#fff">faint</p><img id="planted-img" src="x.png">',
          );
      });
      const violations = await runAxe(page);
      const found = violations.flatMap((violation) =>
        violation.nodes.map((node) => `${violation.id} ${node.target.join(' ')}`),
      );
      expect(found).toEqual(
        expect.arrayContaining(['color-contrast #planted-grey', 'image-alt #planted-img']),
      );
    } finally {
      await page.close();
    }
  });
});
