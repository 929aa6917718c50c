/**
 * Headless Chromium for browser tests: Debian's `chromium` package driven by playwright-core (no
 * Playwright-managed browser download). Set CHROMIUM_PATH to use another binary. A missing browser
 * is an error, not a skip, so CI can't pass without having run the browser tests.
 *
 *   const browser = await launchBrowser();
 *   const page = await browser.newPage();
 *   ...
 *   await browser.close();
 */
import { existsSync } from 'node:fs';
import { chromium } from 'playwright-core';
import type { Browser, LaunchOptions } from 'playwright-core';

export const chromiumArgs = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

export function resolveChromiumPath(env: Record<string, string | undefined> = process.env): string {
  const executablePath = env['CHROMIUM_PATH'] ?? '/usr/bin/chromium';
  if (!existsSync(executablePath)) {
    throw new Error(
      `Chromium not found at ${executablePath}. Browser tests need Debian's chromium: ` +
        `run \`apt-get install -y chromium\` (or set CHROMIUM_PATH to a Chromium binary).`,
    );
  }
  return executablePath;
}

export async function launchBrowser(options: LaunchOptions = {}): Promise<Browser> {
  return chromium.launch({
    executablePath: resolveChromiumPath(),
    args: chromiumArgs,
    headless: true,
    ...options,
  });
}
