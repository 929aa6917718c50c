/**
 * The /search/ page's own fields look like the site's other fields (the header search box, the theme
 * switch) in both colour schemes, not like the browser's default controls, and show where focus is
 * with a 3:1 outline (WCAG 2.1 1.4.11, 2.4.7).
 */
import { describe, expect, inject, it } from 'vitest';
import { useBrowserSession } from '../support/browser-session.ts';

const session = useBrowserSession(inject('testSites').root);

/** sRGB relative luminance of a computed `rgb(…)` colour (WCAG 2.1). */
function luminance(color: string): number {
  const channels = (color.match(/[\d.]+/gu) ?? []).slice(0, 3).map(Number);
  const [r = 0, g = 0, b = 0] = channels.map((value) => {
    const c = value / 255;
    return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

function contrast(a: string, b: string): number {
  const [high, low] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return ((high ?? 0) + 0.05) / ((low ?? 0) + 0.05);
}

const looks = [
  'font-family',
  'font-size',
  'color',
  'background-color',
  'border-top-color',
  'border-top-width',
  'border-radius',
] as const;

describe.each(['light', 'dark'] as const)('the search page form in the %s scheme', (scheme) => {
  it('styles the query box and the Order select like the header search box', async () => {
    const context = await session.browser.newContext({ colorScheme: scheme });
    try {
      const page = await context.newPage();
      await page.goto(session.server.url('search/'));
      const style = (selector: string) =>
        page.$eval(
          selector,
          (element, names) => {
            const computed = getComputedStyle(element);
            return Object.fromEntries(names.map((name) => [name, computed.getPropertyValue(name)]));
          },
          [...looks],
        );
      const header = await style('#site-search-input');
      expect(await style('#search-query')).toEqual(header);
      expect(await style('#search-sort')).toEqual(header);

      const pageBackground = await page.$eval(
        'body',
        (body) => getComputedStyle(body).backgroundColor,
      );
      expect(contrast(header['border-top-color'] ?? '', pageBackground)).toBeGreaterThanOrEqual(3);

      for (const selector of ['#search-query', '#search-sort']) {
        await page.focus(selector);
        const outline = await page.$eval(selector, (element) => {
          const computed = getComputedStyle(element);
          return {
            style: computed.outlineStyle,
            width: computed.outlineWidth,
            color: computed.outlineColor,
          };
        });
        expect(outline.style, selector).toBe('solid');
        expect(parseFloat(outline.width), selector).toBeGreaterThanOrEqual(2);
        expect(contrast(outline.color, pageBackground), selector).toBeGreaterThanOrEqual(3);
      }
    } finally {
      await context.close();
    }
  });
});
