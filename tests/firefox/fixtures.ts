// Playwright Test fixtures for the Firefox specs: each test gets its own
// Firefox ESR (fresh profile) with the extension, the fake *.test sites, a
// download folder, and a guard that fails the test if an extension page or
// the background page sends anything off the device.
import type { IncomingMessage } from 'node:http';
import { test as base, expect } from '@playwright/test';
import { failed, recordTabs } from '../../scripts/lib/failure-record';
import {
  CLAMPED_FIREFOX_BUILD,
  FIREFOX_BUILD,
  type Firefox,
  type LaunchOptions,
  launchFirefox,
  newTempDir,
  type OutsideGuard,
  startOutsideGuard,
} from '../../scripts/lib/firefox';
import { type Sites, serveSites } from '../../scripts/lib/sites';

interface Fixtures {
  theme: 'light' | 'dark';
  /** Which test build: 'clamped' keeps the real minute and clamps alarms, as a store build. */
  build: 'test' | 'clamped';
  /** Requests that left the device; must be empty when the test ends. */
  outsideRequests: string[];
  sites: Sites;
  guard: OutsideGuard;
  downloadDir: string;
  /** Starts another Firefox with the extension (a fresh profile unless given one). */
  launch: (opts?: Pick<LaunchOptions, 'profileDir' | 'keepWelcome' | 'prefs'>) => Promise<Firefox>;
  /** The test's Firefox. */
  ff: Firefox;
}

/**
 * The fake sites only ever serve whole pages to tabs. A request to a *.test
 * host that is not a page load (a fetch, an image, a CONNECT) can only come
 * from code: the extension reaching out. Favicons are Firefox's own.
 */
export function madeByCode(req: IncomingMessage): string | undefined {
  const target = req.url ?? '';
  if (req.method === 'CONNECT') return `CONNECT ${target}`;
  if (new URL(target, `http://${req.headers.host}`).pathname === '/favicon.ico') return undefined;
  const accept = req.headers.accept ?? '';
  return accept.startsWith('text/html') ? undefined : `${req.method} ${target} (Accept: ${accept})`;
}

export const test = base.extend<Fixtures>({
  theme: ['light', { option: true }],
  build: ['test', { option: true }],
  // biome-ignore lint/correctness/noEmptyPattern: Playwright fixtures take their dependencies first
  outsideRequests: async ({}, use) => {
    const outside: string[] = [];
    await use(outside);
    expect(outside, 'requests that left the device').toEqual([]);
  },
  sites: async ({ outsideRequests }, use) => {
    const sites = await serveSites({
      onRequest: (req) => {
        const made = madeByCode(req);
        if (made) outsideRequests.push(made);
      },
    });
    await use(sites);
    await sites.close();
  },
  guard: async ({ outsideRequests }, use) => {
    const guard = await startOutsideGuard();
    await use(guard);
    await guard.close();
    outsideRequests.push(...guard.requests);
  },
  // biome-ignore lint/correctness/noEmptyPattern: Playwright fixtures take their dependencies first
  downloadDir: async ({}, use) => {
    await use(newTempDir('downloads'));
  },
  launch: async ({ sites, guard, downloadDir, theme, build }, use, info) => {
    const started: Firefox[] = [];
    await use(async (opts = {}) => {
      const ff = await launchFirefox({
        sitesPort: sites.port,
        guardPort: guard.port,
        downloadDir,
        theme,
        profileDir: opts.profileDir,
        keepWelcome: opts.keepWelcome,
        prefs: opts.prefs,
        extensionDir: build === 'clamped' ? CLAMPED_FIREFOX_BUILD : FIREFOX_BUILD,
      });
      started.push(ff);
      return ff;
    });
    if (failed(info)) {
      for (const [i, ff] of started.entries()) {
        const pages = await ff.browser.pages().catch(() => []);
        await recordTabs(
          info,
          `firefox-${i + 1}`,
          pages.map((page) => ({
            url: () => page.url(),
            text: () => page.evaluate(() => document.body?.innerText ?? ''),
            screenshot: (path: string) => page.screenshot({ path }),
          })),
        ).catch(() => undefined);
      }
    }
    for (const ff of started) await ff.close().catch(() => undefined);
  },
  ff: async ({ launch }, use) => {
    await use(await launch());
  },
});

export { expect };
