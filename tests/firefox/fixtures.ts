// Playwright Test fixtures for the Firefox specs. Each worker lends one
// Firefox with the extension to `ff` from test to test
// (scripts/lib/firefox-lender.ts): after every test that passed, the reset
// closes its tabs and installs the extension again as new, and throws if
// anything of the test is left. Tests that need a browser of their own (a
// second computer, a given profile, custom prefs, a time zone, the welcome
// page left open) ask `launch()` for a fresh one. The fake *.test
// sites, the guard that fails a test if an extension page or the background
// page sends anything off the device, and the download folder are the
// worker's too (a Firefox's prefs point at them), with what they record
// handed to the test that made it.

import { mkdirSync, rmSync } from 'node:fs';
import type { IncomingMessage } from 'node:http';
import { test as base, expect, type TestInfo } from '@playwright/test';
import { failed, recordTabs } from '../../scripts/lib/failure-record';
import {
  backgroundState,
  CLAMPED_FIREFOX_BUILD,
  FIREFOX_BUILD,
  type Firefox,
  type LaunchOptions,
  launchFirefox,
  ORIGIN,
  type OutsideGuard,
  startOutsideGuard,
  tabUrls,
} from '../../scripts/lib/firefox';
import { FirefoxLender } from '../../scripts/lib/firefox-lender';
import { outsideRequests } from '../../scripts/lib/guard-fixtures';
import { type Sites, serveSites } from '../../scripts/lib/sites';
import { tempDir } from '../../scripts/lib/temp-dir';

export type Launch = (
  opts?: Pick<LaunchOptions, 'profileDir' | 'keepWelcome' | 'prefs' | 'zone'>,
) => Promise<Firefox>;

export interface FirefoxWorker {
  /** The worker's fake sites; `sink` takes the requests no tab made, for the running test. */
  ffSites: { sites: Sites; sink: { outside: string[] } };
  ffGuard: OutsideGuard;
  ffDownloads: string;
  /** The worker's Firefox, lent to one test at a time. */
  ffLender: FirefoxLender;
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

/** In an extension page: the alarms, idle state, focus and storage, as text. */
async function extensionState(): Promise<string> {
  const api = (globalThis as unknown as { browser: typeof import('wxt/browser').browser }).browser;
  const [alarms, idle, focused, local, session] = await Promise.all([
    api.alarms.getAll(),
    api.idle.queryState(60),
    api.windows.getLastFocused(),
    api.storage.local.get(null),
    api.storage.session.get(null),
  ]);
  const short = (value: unknown) => JSON.stringify(value).slice(0, 600);
  const lines = [
    `now ${Date.now()}; idle ${idle}; last focused window ${focused.id} focused ${focused.focused}`,
    ...alarms.map((a) => `alarm ${a.name} at ${a.scheduledTime}`),
    ...Object.entries(session).map(([key, value]) => `session ${key}: ${short(value)}`),
    ...Object.entries(local).map(([key, value]) => `local ${key}: ${short(value)}`),
  ];
  return lines.join('\n');
}

/**
 * A failed test's tabs, as pictures and text, for each Firefox it used, and
 * the state of the add-on's background page then (a page that did not wake,
 * or woke late, explains many a wait that ran out) with what the extension
 * keeps: its alarms, whether the person counts as present, the focused
 * window, and its storage (the tracker's state among it), read in one of its
 * open pages.
 */
export async function recordFirefox(info: TestInfo, name: string, ff: Firefox) {
  const background = await backgroundState(ff).catch((error: unknown) => String(error));
  const extensionTab = (await tabUrls(ff).catch(() => [])).find((url) => url.startsWith(ORIGIN));
  const kept = extensionTab
    ? await ff
        .inTab<string>(extensionTab, `(${extensionState.toString()})()`)
        .catch((error: unknown) => String(error))
    : '(no page of the extension open to read it from)';
  await info
    .attach(`${name}-background`, {
      body: `background page: ${background}\n\nwhat the extension keeps now:\n${kept}\n`,
      contentType: 'text/plain',
    })
    .catch(() => undefined);
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

/** A worker's fake sites, guard, download folder and Firefox lender, for every Firefox fixture file. */
export const firefoxWorker = base.extend<object, FirefoxWorker>({
  ffSites: [
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
  ffGuard: [
    // biome-ignore lint/correctness/noEmptyPattern: Playwright fixtures take their dependencies first
    async ({}, use) => {
      const guard = await startOutsideGuard();
      await use(guard);
      await guard.close();
    },
    { scope: 'worker' },
  ],
  ffDownloads: [
    // biome-ignore lint/correctness/noEmptyPattern: Playwright fixtures take their dependencies first
    async ({}, use) => {
      const dir = tempDir('downloads');
      await use(dir);
      rmSync(dir, { recursive: true, force: true });
    },
    { scope: 'worker' },
  ],
  ffLender: [
    // The worker's servers and folder outlive its Firefox.
    async ({ ffSites: _sites, ffGuard: _guard, ffDownloads: _dir }, use) => {
      const lender = new FirefoxLender();
      await use(lender);
      await lender.close();
    },
    { scope: 'worker' },
  ],
});

export const test = firefoxWorker.extend<Fixtures>({
  theme: ['light', { option: true }],
  build: ['test', { option: true }],

  launchForTest: async ({ ffSites, ffGuard, ffDownloads, theme, build }, use) => {
    await use((opts = {}) =>
      launchFirefox({
        sitesPort: ffSites.sites.port,
        guardPort: ffGuard.port,
        downloadDir: ffDownloads,
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
  sites: async ({ ffSites, outsideRequests }, use) => {
    const { sites, sink } = ffSites;
    sites.requests.length = 0;
    sink.outside = outsideRequests;
    await use(sites);
    sink.outside = [];
  },
  guard: async ({ ffGuard, outsideRequests }, use) => {
    ffGuard.requests.length = 0;
    await use(ffGuard);
    outsideRequests.push(...ffGuard.requests);
    ffGuard.requests.length = 0;
  },
  downloadDir: async ({ ffDownloads }, use) => {
    rmSync(ffDownloads, { recursive: true, force: true });
    mkdirSync(ffDownloads);
    await use(ffDownloads);
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
  ff: async ({ ffLender, launchForTest, theme, build, launch: _launch }, use, info) => {
    const ff = await ffLender.borrow(build, theme, () => launchForTest());
    await use(ff);
    // The worker is replaced after a failure: this Firefox is not used again.
    if (failed(info)) await recordFirefox(info, 'firefox-1', ff);
    await ffLender.giveBack(ff, !failed(info));
  },
});

export { expect };
