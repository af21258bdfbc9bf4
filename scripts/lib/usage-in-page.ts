// Today's usage record of a site, read or replaced straight in the
// extension's IndexedDB from inside one of its own contexts (a page or the
// worker), as an import would leave it. One function for both browsers: the
// Chromium tests hand it to Playwright's evaluate, the Firefox tests to
// puppeteer's. It is sent into the page as source, so it uses nothing from
// outside its own body.

export interface UsageRecord {
  day: string;
  host: string;
  ms: number;
  grantedMs: number;
  pauses?: number;
}

export interface UsageRequest {
  host: string;
  /** When given, replaces the record first. */
  write?: { ms: number; grantedMs: number };
}

/** Reads (after writing, if asked) today's record of `host`, the day starting at midnight. */
export async function usageTodayInPage({ host, write }: UsageRequest): Promise<UsageRecord | null> {
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
    await new Promise((resolve, reject) => {
      tx.oncomplete = resolve;
      tx.onerror = () => reject(tx.error);
    });
    return record ?? null;
  } finally {
    db.close();
  }
}
