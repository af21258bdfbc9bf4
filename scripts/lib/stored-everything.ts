// What the extension holds, read inside one of its pages: every record of
// every store and the stored settings, as one text. Passed whole to a page's
// evaluate (Playwright's or puppeteer's), so it refers to nothing outside.
import type { browser } from 'wxt/browser';

export async function storedEverything(): Promise<string> {
  const scope = globalThis as unknown as { browser?: typeof browser; chrome: typeof browser };
  const api = scope.browser ?? scope.chrome;
  const stores = await new Promise<unknown[]>((resolve, reject) => {
    const open = indexedDB.open('small-wins');
    open.onsuccess = () => {
      const db = open.result;
      const names = ['wins', 'usage', 'reflections'];
      const tx = db.transaction(names);
      const requests = names.map((name) => tx.objectStore(name).getAll());
      tx.oncomplete = () => {
        db.close();
        resolve(requests.map((r) => r.result));
      };
      tx.onerror = () => reject(tx.error);
    };
  });
  return JSON.stringify({ stores, settings: await api.storage.local.get('settings') });
}
