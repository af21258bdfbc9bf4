// Fixtures for the headed tests: each test gets its own X server, fake
// sites, profile and headed Chromium, all torn down by their own process ids,
// and the guard that fails a test in which anything leaves the device.
import { rmSync } from 'node:fs';
import { type BrowserContext, test as base, expect, type Page } from '@playwright/test';
import type { browser } from 'wxt/browser';
import { extensionIdOf, extensionWorker, newProfileDir } from '../../scripts/lib/chromium';
import { failed, recordContexts } from '../../scripts/lib/failure-record';
import { outsideRequests } from '../../scripts/lib/guard-fixtures';
import { type Build, launchHeaded, startXvfb, type Xvfb, xdo } from '../../scripts/lib/headed';
import { watchNetwork } from '../../scripts/lib/network';
import { type Sites, serveSites } from '../../scripts/lib/sites';
import { WelcomePage } from '../e2e/pages/welcome';

interface Fixtures {
  /** Which build to load: the shipped one asks for site access for real. */
  build: Build;
  /** The UI language the desktop gives the browser (LANGUAGE), if any. */
  language: string | undefined;
  xvfb: Xvfb;
  display: string;
  /** xdotool on this test's display. */
  x: (...args: string[]) => string;
  sites: Sites;
  profileDir: string;
  outsideRequests: string[];
  context: BrowserContext;
  extensionId: string;
  /** Open one of the extension's pages in a new tab. */
  openPage: (path: string) => Promise<Page>;
}

export const test = base.extend<Fixtures>({
  build: ['test', { option: true }],
  language: [undefined, { option: true }],
  // biome-ignore lint/correctness/noEmptyPattern: Playwright fixtures take their dependencies first
  xvfb: async ({}, use) => {
    const xvfb = await startXvfb();
    await use(xvfb);
    await xvfb.stop();
  },
  display: async ({ xvfb }, use) => {
    await use(xvfb.display);
  },
  x: async ({ display }, use) => {
    await use((...args: string[]) => xdo(display, ...args));
  },
  // biome-ignore lint/correctness/noEmptyPattern: Playwright fixtures take their dependencies first
  sites: async ({}, use) => {
    const sites = await serveSites();
    await use(sites);
    await sites.close();
  },
  // biome-ignore lint/correctness/noEmptyPattern: Playwright fixtures take their dependencies first
  profileDir: async ({}, use) => {
    const dir = newProfileDir();
    await use(dir);
    rmSync(dir, { recursive: true, force: true });
  },
  outsideRequests,
  context: async ({ display, build, language, profileDir, sites, outsideRequests }, use, info) => {
    const context = await launchHeaded({
      display,
      build,
      language,
      profileDir,
      sitesPort: sites.port,
    });
    watchNetwork(context, outsideRequests);
    // A first install opens the welcome page; these tests start without it.
    await (await WelcomePage.find(context))?.page.close();
    await use(context);
    if (failed(info)) await recordContexts(info, [context]);
    // A browser that will not close dies with its X server (stopped after this).
    await Promise.race([context.close(), new Promise((r) => setTimeout(r, 10_000))]);
  },
  extensionId: async ({ context }, use) => {
    await use(await extensionIdOf(context));
  },
  openPage: async ({ context, extensionId }, use) => {
    await use(async (path: string) => {
      const page = await context.newPage();
      await page.goto(`chrome-extension://${extensionId}/${path}`);
      return page;
    });
  },
});

export { extensionWorker };

/** Seconds counted for a site, summed over the days stored, read from IndexedDB in the worker. */
export async function usageSeconds(context: BrowserContext, host: string): Promise<number> {
  const worker = await extensionWorker(context);
  const ms = await worker.evaluate(async (site) => {
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const request = indexedDB.open('small-wins');
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
    });
    try {
      if (!db.objectStoreNames.contains('usage')) return 0;
      const records = await new Promise<{ host: string; ms: number }[]>((resolve, reject) => {
        const request = db.transaction('usage').objectStore('usage').getAll();
        request.onsuccess = () => resolve(request.result);
        request.onerror = () => reject(request.error);
      });
      return records.filter((r) => r.host === site).reduce((sum, r) => sum + r.ms, 0);
    } finally {
      db.close();
    }
  }, host);
  return ms / 1000;
}

/** Limit a site from the options page; the test build already holds the *.test hosts. */
export async function limitSite(options: Page, site: string, minutes: number) {
  await options.getByRole('textbox', { name: 'Site' }).fill(site);
  await options
    .getByRole('spinbutton', { name: 'Daily minutes', exact: true })
    .fill(String(minutes));
  await options.getByRole('button', { name: 'Add' }).click();
  await expect(options.getByRole('status').first()).toContainText(`${site} is now limited`);
}

export { expect };

/** Whether the worker has closed its counted interval (nothing is being counted now). */
export async function countingStopped(context: BrowserContext): Promise<boolean> {
  const worker = await extensionWorker(context);
  return worker.evaluate(async () => {
    const api = (globalThis as unknown as { chrome: typeof browser }).chrome;
    const { tracker } = await api.storage.session.get('tracker');
    return (tracker as { open?: unknown } | undefined)?.open === null;
  });
}

/** When the worker's counted interval began (its own clock, ms), or null while nothing is counted. */
export async function countingSince(context: BrowserContext): Promise<number | null> {
  const worker = await extensionWorker(context);
  return worker.evaluate(async () => {
    const api = (globalThis as unknown as { chrome: typeof browser }).chrome;
    const { tracker } = await api.storage.session.get('tracker');
    return (tracker as { open?: { since: number } | null } | undefined)?.open?.since ?? null;
  });
}

/**
 * How soon after a return the worker must count again: it counts on the
 * browser's event, which a busy machine may deliver a few seconds late, and
 * this is still sooner than the next checkpoint (one budget minute) would be.
 */
const RESUME_WITHIN_MS = 5_000;

/** Waits for the worker to count again after a return at `back`; when it did, by its own clock. */
export async function countingResumed(context: BrowserContext, back: number): Promise<number> {
  await expect.poll(() => countingSince(context)).not.toBeNull();
  const resumedAt = (await countingSince(context)) as number;
  test.info().annotations.push({
    type: 'counting resumed (ms after the return)',
    description: String(resumedAt - back),
  });
  expect(resumedAt - back).toBeLessThan(RESUME_WITHIN_MS);
  return resumedAt;
}

/**
 * Switches from the limited site to `elsewhere` and checks what the worker
 * counted since `before` seconds: every second from `from` (the worker's own
 * record of when counting began) until the site was left, and no more than
 * until it heard of the switch. Measured from the worker's record, an event
 * delivered late on a busy machine is not taken for time lost.
 */
export async function expectCountedUntilLeft(
  context: BrowserContext,
  {
    host,
    before,
    from,
    elsewhere,
  }: { host: string; before: number; from: number; elsewhere: Page },
): Promise<number> {
  const leftSite = Date.now();
  await elsewhere.bringToFront();
  await expect.poll(() => countingStopped(context)).toBe(true);
  const stoppedBy = Date.now();
  const counted = (await usageSeconds(context, host)) - before;
  const said = `${counted} s counted; ${(leftSite - from) / 1000} s from the start to leaving`;
  expect(counted, said).toBeGreaterThanOrEqual((leftSite - from) / 1000 - 1);
  expect(counted, said).toBeLessThanOrEqual((stoppedBy - from) / 1000 + 1);
  return counted;
}

/**
 * After the person comes back to a limited site at `back` (input, an
 * unlocked screen, the browser focused again): counting resumes, and all of
 * the next `stayMs` on the site counts until they switch to `elsewhere`.
 */
export async function expectCountingResumed(
  context: BrowserContext,
  {
    host,
    before,
    back,
    stayMs,
    elsewhere,
  }: {
    host: string;
    before: number;
    back: number;
    stayMs: number;
    elsewhere: Page;
  },
): Promise<void> {
  const from = await countingResumed(context, back);
  await elsewhere.waitForTimeout(stayMs);
  await expectCountedUntilLeft(context, { host, before, from, elsewhere });
}
