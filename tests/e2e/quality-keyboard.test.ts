import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { useBrowserSession } from '../support/browser-session.ts';

const site = inject('testSites').sub;
const session = useBrowserSession(site);

interface FocusedElement {
  /** Short description: `a "Meetings"`, `input#site-search-input`. */
  label: string;
  inHeader: boolean;
  outlineStyle: string;
  outlineWidth: number;
  boxShadow: string;
  /** Contrast of the focus ring against the background it is drawn on (WCAG 1.4.11 asks 3:1). */
  ringContrast: number;
  top: number;
}

/** What has focus now, and how its focus indicator is drawn. */
async function describeFocus(page: Page): Promise<FocusedElement | undefined> {
  return page.evaluate(() => {
    const element = document.activeElement;
    if (!element || element === document.body) return undefined;
    const style = getComputedStyle(element);
    const text = (element.textContent ?? '').trim().replace(/\s+/g, ' ');
    const label = `${element.tagName.toLowerCase()}${element.id ? `#${element.id}` : ''}${text ? ` "${text}"` : ''}`;

    const parse = (colour: string): [number, number, number, number] => {
      const parts = colour.match(/[\d.]+/g)?.map(Number) ?? [0, 0, 0, 0];
      return [parts[0] ?? 0, parts[1] ?? 0, parts[2] ?? 0, parts[3] ?? 1];
    };
    const luminance = ([r, g, b]: [number, number, number, number]) => {
      const channel = (value: number) => {
        const c = value / 255;
        return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
      };
      return 0.2126 * channel(r) + 0.7152 * channel(g) + 0.0722 * channel(b);
    };
    // The ring sits outside the element (outline-offset), so it is seen against the parent's background.
    let backdrop = element.parentElement;
    let background = 'rgb(255, 255, 255)';
    while (backdrop) {
      const colour = getComputedStyle(backdrop).backgroundColor;
      if (parse(colour)[3] > 0 && !colour.startsWith('rgba(0, 0, 0, 0)')) {
        background = colour;
        break;
      }
      backdrop = backdrop.parentElement;
    }
    const [lighter, darker] = [
      luminance(parse(style.outlineColor)),
      luminance(parse(background)),
    ].sort((a, b) => b - a);
    return {
      label,
      inHeader:
        element.closest('header.site-header, body > header') !== null ||
        element.classList.contains('skip-link'),
      outlineStyle: style.outlineStyle,
      outlineWidth: parseFloat(style.outlineWidth),
      boxShadow: style.boxShadow,
      ringContrast: Math.round(((lighter! + 0.05) / (darker! + 0.05)) * 100) / 100,
      top: element.getBoundingClientRect().top,
    };
  });
}

describe.each(['light', 'dark'] as const)('keyboard use in the %s colour scheme', (colorScheme) => {
  it('Tab walks skip link, site title, the four sections and the search box, each with a visible focus ring', async () => {
    const context = await session.browser.newContext({
      colorScheme,
      viewport: { width: 1280, height: 800 },
    });
    try {
      const page = await context.newPage();
      await page.goto(session.server.url('meetings/2024-05-22-development-call/'));
      const visited: FocusedElement[] = [];
      for (let step = 0; step < 12; step += 1) {
        await page.keyboard.press('Tab');
        const focused = await describeFocus(page);
        if (!focused) break;
        visited.push(focused);
        if (!focused.inHeader) break;
      }
      const labels = visited.map((element) => element.label);
      expect(labels.slice(0, 7)).toEqual([
        'a "Skip to content"',
        'a "Quokka hypervisor meetings"',
        'a "Meetings"',
        'a "Topics"',
        'a "People"',
        'a "Actions"',
        'input#site-search-input',
      ]);
      // After the header, focus moves on into the page instead of getting stuck in the header.
      expect(visited.at(-1)?.inHeader, `focus never left the header: ${labels.join(' → ')}`).toBe(
        false,
      );

      for (const element of visited) {
        const ring = `${element.label}: outline ${element.outlineStyle} ${element.outlineWidth}px, contrast ${element.ringContrast}:1`;
        expect(element.outlineStyle, ring).not.toBe('none');
        expect(element.outlineWidth, ring).toBeGreaterThanOrEqual(2);
        expect(element.ringContrast, ring).toBeGreaterThanOrEqual(3);
      }
      // The skip link is hidden until focused, then shown on screen.
      expect(visited[0]?.top).toBeGreaterThanOrEqual(0);
    } finally {
      await context.close();
    }
  });
});

describe('search shortcut', () => {
  it.each(['Control+k', 'Meta+k'])(
    '%s moves focus to the header search box from anywhere on the page',
    async (keys) => {
      const page = await session.browser.newPage();
      try {
        await page.goto(session.server.url('topics/'));
        await page.locator('main').click({ position: { x: 5, y: 5 } });
        await page.keyboard.press(keys);
        const focused = await page.evaluate(() => {
          const element = document.activeElement;
          return element
            ? `${element.tagName.toLowerCase()}[type=${element.getAttribute('type') ?? ''}] in header: ${element.closest('header') !== null}`
            : 'nothing';
        });
        expect(focused).toBe('input[type=search] in header: true');
      } finally {
        await page.close();
      }
    },
  );
});
