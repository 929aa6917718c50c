/**
 * One browser and one loopback server for a test file: started before its tests, closed after them.
 * Read `session.browser` and `session.server` inside tests (they are set once `beforeAll` ran).
 */
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { launchBrowser } from './browser.ts';
import { serveSite, type ServedSite } from './serve.ts';
import type { TestSite } from './test-sites.ts';

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
    await Promise.all([session.browser.close(), session.server.close()]);
  });
  return session;
}
