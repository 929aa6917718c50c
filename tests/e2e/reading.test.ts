import { describe, expect, inject, it } from 'vitest';
import { useBrowserSession } from '../support/browser-session.ts';

// What a reader does beyond reading: choose a theme, print, follow the contents, narrow a history.
const session = useBrowserSession(inject('testSites').sub);
const background = () => getComputedStyle(document.body).backgroundColor;

describe('the theme switch', () => {
  it('keeps a chosen theme across pages and applies it before the first paint', async () => {
    const context = await session.browser.newContext({ colorScheme: 'light' });
    try {
      const page = await context.newPage();
      await page.goto(session.server.url(''));
      expect(await page.evaluate(background)).toBe('rgb(255, 255, 255)');
      await page.getByLabel('Colour theme').selectOption('dark');
      expect(await page.evaluate(background)).toBe('rgb(17, 19, 23)');

      // The next page is dark from its first paint: the theme is set before <body> exists.
      await page.addInitScript(() => {
        document.addEventListener('readystatechange', () => {
          (window as unknown as { themeAtParse: string | undefined }).themeAtParse ??=
            document.documentElement.dataset['theme'];
        });
      });
      await page.goto(session.server.url('meetings/'));
      expect(
        await page.evaluate(() => (window as unknown as { themeAtParse: string }).themeAtParse),
      ).toBe('dark');
      expect(await page.getByLabel('Colour theme').inputValue()).toBe('dark');

      await page.getByLabel('Colour theme').selectOption('auto');
      await page.reload();
      expect(await page.evaluate(background)).toBe('rgb(255, 255, 255)');
    } finally {
      await context.close();
    }
  });

  it('prints light, with the page address, even from the dark theme', async () => {
    const context = await session.browser.newContext({ colorScheme: 'dark' });
    try {
      const page = await context.newPage();
      await page.goto(session.server.url('topics/igvm/'));
      expect(await page.evaluate(background)).toBe('rgb(17, 19, 23)');
      await page.emulateMedia({ media: 'print' });
      expect(await page.evaluate(background)).toBe('rgb(255, 255, 255)');
      const chip = await page.evaluate(
        () => getComputedStyle(document.querySelector('.chip')!).backgroundColor,
      );
      expect(chip).toBe('rgb(232, 239, 252)');
      await expect
        .poll(() => page.locator('.print-url').innerText())
        .toBe('http://127.0.0.1/minutes-sub/topics/igvm/');
    } finally {
      await context.close();
    }
  });
});

describe('a meeting page’s contents', () => {
  it('is a folded bar on a phone and an open sidebar that follows the reading on a wide screen', async () => {
    const context = await session.browser.newContext({ viewport: { width: 390, height: 800 } });
    try {
      const page = await context.newPage();
      await page.goto(session.server.url('meetings/2025-11-19-development-call/'));
      const toc = page.locator('[data-toc] details');
      expect(await toc.getAttribute('open')).toBeNull();
      await page.setViewportSize({ width: 1280, height: 800 });
      await expect.poll(() => toc.getAttribute('open')).toBe('');

      await page.evaluate(() =>
        document.getElementById('attestation-with-the-vtpm')!.scrollIntoView(),
      );
      await expect
        .poll(() => page.locator('[data-toc] a[aria-current="location"]').textContent())
        .toBe('Attestation with the vTPM');
    } finally {
      await context.close();
    }
  });
});

describe('a person page’s topic chips', () => {
  it('narrow the history to one topic without a script, and “Show all” widens it again', async () => {
    const context = await session.browser.newContext({ javaScriptEnabled: false });
    try {
      const page = await context.newPage();
      await page.goto(session.server.url('people/juergen-weiss/'));
      const shown = () =>
        page
          .locator('.history-sections > li')
          .evaluateAll((items) =>
            items.filter((item) => item.checkVisibility()).map((item) => item.dataset['topics']),
          );
      const all = await shown();
      // The least frequent topic: the chips are most frequent first.
      const chip = page.locator('.filter-chip').last();
      const topic = (await chip.getAttribute('id'))!.replace(/^with-/, '');
      await chip.click();
      const narrowed = await shown();
      expect(narrowed.length).toBeGreaterThan(0);
      expect(narrowed.length).toBeLessThan(await page.locator('.history-sections > li').count());
      expect(narrowed.every((topics) => topics!.split(' ').includes(topic))).toBe(true);
      expect(await page.locator(`[data-filter-status="${topic}"]`).isVisible()).toBe(true);
      await page.getByRole('link', { name: 'Show all' }).first().click();
      expect(await shown()).toEqual(all);
    } finally {
      await context.close();
    }
  });
});
