/**
 * One browser and one loopback server for a test file: started before its tests, closed after them.
 * Read `session.browser` and `session.server` inside tests (they are set once `beforeAll` ran).
 */
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { launchBrowser } from '../../tools/browser.ts';
import { serveSite, type ServedSite } from '../../tools/serve.ts';
import type { TestSite } from '../../tools/test-sites.ts';

export interface BrowserSession {
  browser: Browser;
  server: ServedSite;
}

export function useBrowserSession(site: TestSite): BrowserSession {
  const session = {} as BrowserSession;
  beforeAll(async () => {
    [session.browser, session.server] = await Promise.all([launchBrowser(), serveSite(site)]);
  });
  afterAll(async () => {
    // When beforeAll failed, neither may exist: report that failure, not a TypeError here.
    const { browser, server } = session as Partial<BrowserSession>;
    await Promise.all([browser?.close(), server?.close()]);
  });
  return session;
}
