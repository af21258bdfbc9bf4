// The extension's service worker as the tests use it: today's usage of a site
// written or read straight in its IndexedDB, as an import would leave it, and
// the worker stopped as the browser stops it when idle.
import { type BrowserContext, expect, type Page, type Worker } from '@playwright/test';

async function extensionWorker(context: BrowserContext): Promise<Worker> {
  return (
    context.serviceWorkers().find((w) => w.url().startsWith('chrome-extension://')) ??
    (await context.waitForEvent('serviceworker', {
      predicate: (w) => w.url().startsWith('chrome-extension://'),
    }))
  );
}

interface UsageRecord {
  day: string;
  host: string;
  ms: number;
  grantedMs: number;
  pauses?: number;
}

/** Reads or replaces today's usage record of `host` (day starting at midnight). */
async function usageToday(
  context: BrowserContext,
  host: string,
  write?: { ms: number; grantedMs: number },
): Promise<UsageRecord | null> {
  const worker = await extensionWorker(context);
  return worker.evaluate(
    async ({ host, write }) => {
      const d = new Date();
      const pad = (n: number) => String(n).padStart(2, '0');
      const day = `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
      const db = await new Promise<IDBDatabase>((resolve, reject) => {
        const request = indexedDB.open('small-wins');
        request.onsuccess = () => resolve(request.result);
        request.onerror = () => reject(request.error);
      });
      try {
        // Only after the extension made its database: never create it here.
        if (!db.objectStoreNames.contains('usage')) throw new Error('no usage store yet');
        const tx = db.transaction('usage', 'readwrite');
        const store = tx.objectStore('usage');
        if (write) store.put({ day, host, ...write });
        const record = await new Promise<UsageRecord | undefined>((resolve, reject) => {
          const request = store.get([day, host]);
          request.onsuccess = () => resolve(request.result);
          request.onerror = () => reject(request.error);
        });
        return record ?? null;
      } finally {
        db.close();
      }
    },
    { host, write },
  );
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
