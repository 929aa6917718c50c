/**
 * Headless Chromium for browser tests, the bench and the corpus checks, driven by playwright-core
 * (Playwright's own browser download cannot run here). The binary is, in order: `CHROMIUM_PATH`;
 * a system Chromium (Debian's `/usr/bin/chromium` and the usual other names); else the one the npm
 * package `@sparticuz/chromium` ships, unpacked on first use. A missing browser is an error, not a
 * skip, so CI cannot pass without having run the browser tests.
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

const systemChromiums = [
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
  '/usr/bin/google-chrome-stable',
];

export interface ChromiumChoice {
  executablePath: string;
  /** Where it came from, for error messages and the report of a check. */
  origin: 'CHROMIUM_PATH' | 'system' | '@sparticuz/chromium';
}

/** Finds the browser; `env` and `exists` are parameters so the order can be tested without one. */
export async function resolveChromium(
  env: Record<string, string | undefined> = process.env,
  exists: (file: string) => boolean = existsSync,
): Promise<ChromiumChoice> {
  const configured = env['CHROMIUM_PATH'];
  if (configured) {
    if (!exists(configured)) {
      throw new Error(`CHROMIUM_PATH is ${configured}, but no file is there.`);
    }
    return { executablePath: configured, origin: 'CHROMIUM_PATH' };
  }
  const system = systemChromiums.find((file) => exists(file));
  if (system) return { executablePath: system, origin: 'system' };
  try {
    const { default: packaged } = await import('@sparticuz/chromium');
    return { executablePath: await packaged.executablePath(), origin: '@sparticuz/chromium' };
  } catch (error) {
    throw new Error(
      `No Chromium found: CHROMIUM_PATH is unset, none of ${systemChromiums.join(', ')} exists, and ` +
        `@sparticuz/chromium could not be unpacked (${error instanceof Error ? error.message : String(error)}). ` +
        'Run `npm ci`, or set CHROMIUM_PATH to a Chromium binary.',
      { cause: error },
    );
  }
}

export async function launchBrowser(options: LaunchOptions = {}): Promise<Browser> {
  const { executablePath } = await resolveChromium();
  return chromium.launch({ executablePath, args: chromiumArgs, headless: true, ...options });
}
