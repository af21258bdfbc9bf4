// Playwright Test fixtures for the Firefox specs. A Firefox ESR start costs
// ~6 s of a 2-core machine, so each worker launches one Firefox with the
// extension for `ff` and reuses it: after every test that passed, the reset
// (scripts/lib/firefox-reset.ts) closes its tabs and installs the extension
// again as new, and throws if anything of the test is left. Tests that need
// a browser of their own (a second computer, a given profile, custom prefs,
// the welcome page left open) ask `launch()` for a fresh one; a test that
// asks for another theme or build (test.use) gets the worker's Firefox
// replaced by one launched with it. The fake *.test
// sites, the guard that fails a test if an extension page or the background
// page sends anything off the device, and the download folder are the
// worker's too (a Firefox's prefs point at them), with what they record
// handed to the test that made it.

import { mkdirSync, rmSync } from 'node:fs';
import type { IncomingMessage } from 'node:http';
import { test as base, expect, type TestInfo } from '@playwright/test';
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
import { resetFirefox } from '../../scripts/lib/firefox-reset';
import { outsideRequests } from '../../scripts/lib/guard-fixtures';
import { type Sites, serveSites } from '../../scripts/lib/sites';

export type Launch = (
  opts?: Pick<LaunchOptions, 'profileDir' | 'keepWelcome' | 'prefs' | 'zone'>,
) => Promise<Firefox>;

interface WorkerFixtures {
  /** The worker's fake sites; `sink` takes the requests no tab made, for the running test. */
  workerSites: { sites: Sites; sink: { outside: string[] } };
  workerGuard: OutsideGuard;
  workerDownloads: string;
  /** The worker's Firefox for `ff`, the options it was launched with, and whether it is as fresh as a new one. */
  reused: { ff?: Firefox; options?: string; fresh: boolean };
}

interface Fixtures {
  theme: 'light' | 'dark';
  /** Which test build: 'clamped' keeps the real minute and clamps alarms, as a store build. */
  build: 'test' | 'clamped';
  /** Starts a Firefox with the extension for this worker's sites, guard and folder, and the test's theme and build. */
  launchForTest: Launch;
  /** Requests that left the device; must be empty when the test ends. */
  outsideRequests: string[];
  sites: Sites;
  guard: OutsideGuard;
  /** Where Firefox saves downloads; empty when the test starts. */
  downloadDir: string;
  /** Starts another Firefox with the extension (a fresh profile unless given one). */
  launch: Launch;
  /** The test's Firefox: the worker's, reset to a fresh install with the welcome page closed. */
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

/** A failed test's tabs, as pictures and text, for each Firefox it used. */
export async function recordFirefox(info: TestInfo, name: string, ff: Firefox) {
  const pages = await ff.browser.pages().catch(() => []);
  await recordTabs(
    info,
    name,
    pages.map((page) => ({
      url: () => page.url(),
      text: () => page.evaluate(() => document.body?.innerText ?? ''),
      screenshot: (path: string) => page.screenshot({ path }),
    })),
  ).catch(() => undefined);
}

export const test = base.extend<Fixtures, WorkerFixtures>({
  theme: ['light', { option: true }],
  build: ['test', { option: true }],
  workerSites: [
    // biome-ignore lint/correctness/noEmptyPattern: Playwright fixtures take their dependencies first
    async ({}, use) => {
      const sink = { outside: [] as string[] };
      const sites = await serveSites({
        onRequest: (req) => {
          const made = madeByCode(req);
          if (made) sink.outside.push(made);
        },
      });
      await use({ sites, sink });
      await sites.close();
    },
    { scope: 'worker' },
  ],
  workerGuard: [
    // biome-ignore lint/correctness/noEmptyPattern: Playwright fixtures take their dependencies first
    async ({}, use) => {
      const guard = await startOutsideGuard();
      await use(guard);
      await guard.close();
    },
    { scope: 'worker' },
  ],
  workerDownloads: [
    // biome-ignore lint/correctness/noEmptyPattern: Playwright fixtures take their dependencies first
    async ({}, use) => {
      const dir = newTempDir('downloads');
      await use(dir);
      rmSync(dir, { recursive: true, force: true });
    },
    { scope: 'worker' },
  ],
  reused: [
    // The worker's servers and folder outlive its Firefox.
    async ({ workerSites: _sites, workerGuard: _guard, workerDownloads: _dir }, use) => {
      const reused: WorkerFixtures['reused'] = { fresh: true };
      await use(reused);
      await reused.ff?.close().catch(() => undefined);
    },
    { scope: 'worker' },
  ],

  launchForTest: async ({ workerSites, workerGuard, workerDownloads, theme, build }, use) => {
    await use((opts = {}) =>
      launchFirefox({
        sitesPort: workerSites.sites.port,
        guardPort: workerGuard.port,
        downloadDir: workerDownloads,
        theme,
        profileDir: opts.profileDir,
        keepWelcome: opts.keepWelcome,
        prefs: opts.prefs,
        zone: opts.zone,
        extensionDir: build === 'clamped' ? CLAMPED_FIREFOX_BUILD : FIREFOX_BUILD,
      }),
    );
  },
  outsideRequests,
  sites: async ({ workerSites, outsideRequests }, use) => {
    const { sites, sink } = workerSites;
    sites.requests.length = 0;
    sink.outside = outsideRequests;
    await use(sites);
    sink.outside = [];
  },
  guard: async ({ workerGuard, outsideRequests }, use) => {
    workerGuard.requests.length = 0;
    await use(workerGuard);
    outsideRequests.push(...workerGuard.requests);
    workerGuard.requests.length = 0;
  },
  downloadDir: async ({ workerDownloads }, use) => {
    rmSync(workerDownloads, { recursive: true, force: true });
    mkdirSync(workerDownloads);
    await use(workerDownloads);
  },
  launch: async ({ launchForTest, sites: _sites, guard: _guard, downloadDir: _dir }, use, info) => {
    const started: Firefox[] = [];
    await use(async (opts) => {
      const ff = await launchForTest(opts);
      started.push(ff);
      return ff;
    });
    if (failed(info)) {
      for (const [i, ff] of started.entries())
        await recordFirefox(info, `firefox-launched-${i + 1}`, ff);
    }
    for (const ff of started) await ff.close().catch(() => undefined);
  },
  // Set up after launch, so its reset runs before the launched browsers
  // close; both while this test's sites and guard still record for it.
  // Tests that ask for another theme or build (test.use) get a Firefox
  // launched with it, which the next tests asking the same then reuse.
  ff: async ({ reused, launchForTest, theme, build, launch: _launch }, use, info) => {
    const options = `${theme} ${build}`;
    if (reused.ff && reused.options !== options) {
      await reused.ff.close();
      reused.ff = undefined;
    }
    if (!reused.ff) Object.assign(reused, { ff: await launchForTest(), options, fresh: true });
    const ff = reused.ff as Firefox;
    if (!reused.fresh) await resetFirefox(ff);
    reused.fresh = false;
    await use(ff);
    if (failed(info)) {
      // The worker is replaced after a failure: this Firefox is not used again.
      await recordFirefox(info, 'firefox-1', ff);
      return;
    }
    await resetFirefox(ff);
    reused.fresh = true;
  },
});

export { expect };
