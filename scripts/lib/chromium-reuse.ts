// One Chromium a Playwright worker launches once and lends to test after
// test: a launch with a fresh profile costs ~2.8 s of a 2-core machine, a
// reset about half of that. Between tests the extension is uninstalled and
// installed again over the DevTools protocol, which is a real first install:
// Chromium deletes everything the extension kept (IndexedDB, the pages'
// localStorage, storage.local/sync/session, alarms, session rules, scripts,
// granted permissions, badge) and the new worker runs its install work again,
// opening the welcome page, which is closed as after any fresh launch. The
// state the first install left is the measure: after every reset the
// extension's state must look the same again, or the reset fails loudly.
// A test that changes the browser in a way no reset undoes (Playwright's
// clock, init scripts, routes, offline) leaves it tainted: it is closed and
// the next test gets a new one.
import type { BrowserContext, CDPSession } from '@playwright/test';
import { EXTENSION_DIR, type LaunchOptions, launchWithExtension, newProfileDir } from './chromium';

export type ReuseOptions = Omit<LaunchOptions, 'profileDir' | 'installLater' | 'env'>;

/** Context methods whose effect outlives the test's pages and cannot be undone. */
const LASTING = [
  'addInitScript',
  'exposeBinding',
  'exposeFunction',
  'setExtraHTTPHeaders',
  'setGeolocation',
  'setHTTPCredentials',
  'setOffline',
  'route',
  'routeFromHAR',
  'routeWebSocket',
] as const;
const CLOCK = [
  'install',
  'fastForward',
  'pauseAt',
  'resume',
  'runFor',
  'setFixedTime',
  'setSystemTime',
] as const;

/**
 * Run in the extension's worker: every place it keeps state, by name and
 * count, as JSON. Read until it equals `expected` (up to a second, while the
 * worker's own install work may still write), or with nothing expected,
 * until two readings 50 ms apart agree. One evaluation, for each round trip
 * to the worker costs.
 */
async function stateInWorker(expected: string | undefined): Promise<string | undefined> {
  const api = (globalThis as unknown as { chrome: typeof browser }).chrome;
  const keys = async (area: { get(k: null): Promise<Record<string, unknown>> }) =>
    Object.keys(await area.get(null)).sort();
  const count = async (db: IDBDatabase, store: string) =>
    new Promise<number>((resolve, reject) => {
      const request = db.transaction(store).objectStore(store).count();
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
    });
  const read = async () => {
    const records: Record<string, number> = {};
    for (const { name } of await indexedDB.databases()) {
      if (!name) continue;
      const db = await new Promise<IDBDatabase>((resolve, reject) => {
        const request = indexedDB.open(name);
        request.onsuccess = () => resolve(request.result);
        request.onerror = () => reject(request.error);
      });
      for (const store of Array.from(db.objectStoreNames)) {
        records[`${name}/${store}`] = await count(db, store);
      }
      db.close();
    }
    const granted = await api.permissions.getAll();
    return JSON.stringify({
      local: await keys(api.storage.local),
      sync: await keys(api.storage.sync),
      session: await keys(api.storage.session),
      alarms: (await api.alarms.getAll()).map((a) => a.name).sort(),
      records,
      permissions: [...(granted.permissions ?? []), ...(granted.origins ?? [])].sort(),
      notifications: Object.keys(await api.notifications.getAll()),
      sessionRules: (await api.declarativeNetRequest.getSessionRules()).length,
      badge: await api.action.getBadgeText({}),
      downloads: (await api.downloads.search({})).length,
    });
  };
  let last = await read();
  for (let i = 0; i < 20 && last !== expected; i++) {
    await new Promise((resolve) => setTimeout(resolve, 50));
    const now = await read();
    if (now === last && expected === undefined) return now;
    last = now;
  }
  return last === expected ? last : expected === undefined ? undefined : last;
}

export class ReusableBrowser {
  /** Set when the test did something to the browser that no reset undoes. */
  tainted = false;
  /** What the first install left, as names and counts (JSON). */
  private fresh = '';

  private constructor(
    readonly context: BrowserContext,
    readonly profileDir: string,
    private readonly cdp: CDPSession,
    private readonly extensionDir: string,
    public extensionId = '',
  ) {}

  static async launch(opts: ReuseOptions): Promise<ReusableBrowser> {
    const profileDir = newProfileDir();
    const context = await launchWithExtension({ ...opts, profileDir, installLater: true });
    const cdp = await context.browser()?.newBrowserCDPSession();
    if (!cdp) throw new Error('no browser session to install the extension through');
    const reusable = new ReusableBrowser(
      context,
      profileDir,
      cdp,
      opts.extensionDir ?? EXTENSION_DIR,
    );
    reusable.watchForLasting();
    // The browser's first install of it is followed at once by a reload that
    // closes the welcome page: installed once more, it starts as every reset does.
    const { id } = await cdp.send('Extensions.loadUnpacked', { path: reusable.extensionDir });
    await cdp.send('Extensions.uninstall', { id });
    const fresh = await reusable.install(undefined);
    if (!fresh) throw new Error("the extension's state did not settle after its install");
    reusable.fresh = fresh;
    return reusable;
  }

  /** Installs the extension, closes the welcome page, and reads the state it left. */
  private async install(expected: string | undefined): Promise<string | undefined> {
    const started = this.context.waitForEvent('serviceworker', {
      predicate: (w) => w.url().startsWith('chrome-extension://'),
    });
    const { id } = await this.cdp.send('Extensions.loadUnpacked', { path: this.extensionDir });
    this.extensionId = id;
    const worker = await started;
    const welcome = await this.welcomePage();
    // Let it finish loading: closing a page mid-start can leave the
    // extension's next pages without their words in Chromium.
    await welcome.waitForLoadState('load');
    await welcome.close();
    // The browser's list of downloads outlives the extension: a fresh profile has none.
    await worker.evaluate(() =>
      (globalThis as unknown as { chrome: typeof browser }).chrome.downloads.erase({}),
    );
    return worker.evaluate(stateInWorker, expected);
  }

  private async welcomePage() {
    const isWelcome = (url: string) =>
      url.startsWith(`chrome-extension://${this.extensionId}/welcome.html`);
    const open = this.context.pages().find((p) => isWelcome(p.url()));
    if (open) return open;
    return this.context.waitForEvent('page', { predicate: (p) => isWelcome(p.url()) });
  }

  /**
   * Back to a fresh install: every tab closed (one blank tab left, as at a
   * launch), the extension uninstalled and installed again, and its state
   * checked against the first install's. Throws, naming what differs.
   */
  async reset(): Promise<void> {
    const blank = await this.context.newPage();
    for (const page of this.context.pages()) {
      if (page !== blank) await page.close().catch(() => undefined);
    }
    await this.context.clearPermissions();
    await this.context.clearCookies();
    await this.cdp.send('Extensions.uninstall', { id: this.extensionId });
    const state = await this.install(this.fresh);
    if (state !== this.fresh) {
      this.tainted = true;
      throw new Error(
        `the reset left state a fresh install has not:\n got ${state}\nwant ${this.fresh}`,
      );
    }
  }

  close(): Promise<void> {
    return this.context.close().catch(() => undefined);
  }

  /** Marks the browser tainted when a test reaches for a lasting change. */
  private watchForLasting() {
    const taint = <T extends object>(target: T, names: readonly string[]) => {
      const methods = target as unknown as Record<string, (...args: unknown[]) => unknown>;
      for (const name of names) {
        const original = methods[name];
        if (typeof original !== 'function') continue;
        methods[name] = (...args: unknown[]) => {
          this.tainted = true;
          return original.apply(target, args);
        };
      }
    };
    taint(this.context, LASTING);
    taint(this.context.clock, CLOCK);
  }
}
