// The extension's service worker as the tests use it: today's usage of a site
// written or read straight in its IndexedDB (from an open extension page, or
// the worker), as an import would leave it; calls into the worker's own
// listeners, woken first; and the worker stopped as the browser stops it
// when idle.
import { type BrowserContext, expect, type Page } from '@playwright/test';
import type { browser } from 'wxt/browser';
import { extensionWorker } from '../../../scripts/lib/chromium';
import { type UsageRecord, usageTodayInPage } from '../../../scripts/lib/usage-in-page';

/** Extension pages that never leave or close by themselves (a pause, intention or popup page may). */
const STAYS = /^chrome-extension:\/\/[a-p]{32}\/(options|newtab|lookback)\.html/;

/**
 * Runs `fn` in the extension: in an open settings, new tab or Look back page
 * when there is one, else in its worker. A page never stops, while a call
 * into a worker the browser is stopping for idleness can hang until the
 * test's timeout; the APIs and the database are the same from either.
 */
export async function inExtension<R, Arg>(
  context: BrowserContext,
  fn: (arg: Arg) => R | Promise<R>,
  arg: Arg,
): Promise<R> {
  const page = context.pages().find((p) => STAYS.test(p.url()));
  // Playwright types `fn`'s argument through its own unboxing, which a generic cannot satisfy.
  if (page) return page.evaluate<R, Arg>(fn as never, arg);
  const worker = await extensionWorker(context);
  return worker.evaluate<R, Arg>(fn as never, arg);
}

/**
 * Runs `fn` in the worker itself, for what only the worker holds (the
 * listeners it registered). A message from the extension's open `page` wakes
 * it first: a message is an event, and an event gives the worker its whole
 * idle time again (a worker about to stop starts afresh for it), so the call
 * never lands in a worker the browser is stopping, where it would hang.
 */
export async function inWorker<R, Arg>(
  page: Page,
  fn: (arg: Arg) => R | Promise<R>,
  arg: Arg,
): Promise<R> {
  // No listener answers this message; being delivered is all it is for.
  await page.evaluate(() =>
    (globalThis as unknown as { chrome: typeof browser }).chrome.runtime
      .sendMessage({ type: 'wake' })
      .catch(() => undefined),
  );
  const worker = await extensionWorker(page.context());
  return worker.evaluate<R, Arg>(fn as never, arg);
}

/** Reads or replaces today's usage record of `host` (day starting at midnight). */
const usageToday = (
  context: BrowserContext,
  host: string,
  write?: { ms: number; grantedMs: number },
): Promise<UsageRecord | null> => inExtension(context, usageTodayInPage, { host, write });

export const seedUsage = (context: BrowserContext, host: string, ms: number, grantedMs = 0) =>
  usageToday(context, host, { ms, grantedMs });

export const readUsage = (context: BrowserContext, host: string) => usageToday(context, host);

/**
 * Stops the extension's service worker (through DevTools) and waits until it
 * has stopped; the list it returns goes on recording the worker's states.
 */
export async function stopWorker(context: BrowserContext, page: Page): Promise<readonly string[]> {
  const cdp = await context.newCDPSession(page);
  const statuses: string[] = [];
  cdp.on('ServiceWorker.workerVersionUpdated', ({ versions }) => {
    for (const v of versions) statuses.push(v.runningStatus);
  });
  await cdp.send('ServiceWorker.enable');
  await cdp.send('ServiceWorker.stopAllWorkers');
  await expect.poll(() => statuses.at(-1)).toBe('stopped');
  return statuses;
}
