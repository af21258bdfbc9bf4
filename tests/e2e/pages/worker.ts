// The extension's service worker as the tests use it: today's usage of a site
// written or read straight in its IndexedDB, as an import would leave it, and
// the worker stopped as the browser stops it when idle.
import { type BrowserContext, expect, type Page, type Worker } from '@playwright/test';
import { type UsageRecord, usageTodayInPage } from '../../../scripts/lib/usage-in-page';

async function extensionWorker(context: BrowserContext): Promise<Worker> {
  return (
    context.serviceWorkers().find((w) => w.url().startsWith('chrome-extension://')) ??
    (await context.waitForEvent('serviceworker', {
      predicate: (w) => w.url().startsWith('chrome-extension://'),
    }))
  );
}

/** Reads or replaces today's usage record of `host` (day starting at midnight). */
async function usageToday(
  context: BrowserContext,
  host: string,
  write?: { ms: number; grantedMs: number },
): Promise<UsageRecord | null> {
  const worker = await extensionWorker(context);
  return worker.evaluate(usageTodayInPage, { host, write });
}

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
