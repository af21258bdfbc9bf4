// Makes a Firefox that already ran a test as good as a fresh one, so a worker
// can launch one browser and reuse it (a launch and close cost ~5 s of CPU
// on a 2-core machine, a reset about 1 s of CPU and under 1 s of wall time).
// Measured on ESR 153: uninstalling the temporary
// add-on shuts its pages and event page down and clears its data (IndexedDB,
// storage.local, storage.sync, the pages' localStorage, granted permissions;
// alarms, storage.session, session rules and notifications live only as long
// as the add-on runs), but part of that clearing is not awaited. So the reset
// closes every tab first (nothing left to write), uninstalls, awaits its own
// clearing of the same data, installs the build again (onInstalled "install",
// as on a first install), reads the new install's state in the welcome page
// it opens and closes that page. It throws if anything of the last test is
// left: a leak is never silent.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { closeWelcome, type Firefox, ORIGIN, tabUrls } from './firefox';
import { ADDON_ID } from './firefox-prefs';

/** storage.local keys a first install writes by itself (when it welcomed, when it was used): instants. */
const INSTALL_KEYS = ['welcomedAt', 'usedAt'];
/** The first-paint copy the event page writes on install: today, with no wins. */
const FIRST_PAINT_KEY = 'small-wins:today';

const emptyFirstPaint = (value: string) => {
  try {
    const copy = JSON.parse(value) as { wins?: unknown[] };
    return Array.isArray(copy.wins) && copy.wins.length === 0;
  } catch {
    return false;
  }
};

/** Closes every window but the first and every tab but one new blank tab. */
const CLOSE_TABS = `(() => {
  for (const win of Services.wm.getEnumerator('navigator:browser')) if (win !== window) win.close();
  const keep = gBrowser.addTrustedTab('about:blank');
  gBrowser.selectedTab = keep;
  for (const tab of [...gBrowser.tabs]) {
    if (tab !== keep) gBrowser.removeTab(tab, { skipPermitUnload: true, animate: false });
  }
  return gBrowser.tabs.length;
})()`;

/** Forgets Firefox's list of downloads (the add-on's tidying searches it). */
const FORGET_DOWNLOADS = `(async () => {
  const { Downloads } = ChromeUtils.importESModule('resource://gre/modules/Downloads.sys.mjs');
  const list = await Downloads.getList(Downloads.ALL);
  for (const download of await list.getAll()) {
    await list.remove(download);
    await download.finalize(true).catch(() => undefined);
  }
  return true;
})()`;

/**
 * What the uninstall clears, cleared again and awaited: the add-on's granted
 * permissions and everything stored under its origin (also in the private
 * user context Firefox keeps storage.local in), plus the fake sites' cache
 * and cookies, so a page the last test loaded is asked for again.
 */
const CLEAR_DATA = `(async () => {
  const { ExtensionPermissions } = ChromeUtils.importESModule('resource://gre/modules/ExtensionPermissions.sys.mjs');
  await ExtensionPermissions.removeAll('${ADDON_ID}');
  const base = Services.io.newURI('${ORIGIN}/');
  const principals = [{}, { userContextId: 4294967295 }].map((attrs) =>
    Services.scriptSecurityManager.createContentPrincipal(base, attrs));
  const flags = Ci.nsIClearDataService;
  const cleared = (start) => new Promise((resolve, reject) =>
    start((failed) => (failed ? reject(new Error('could not clear ' + failed)) : resolve())));
  for (const principal of principals) {
    await cleared((done) => Services.clearData.deleteDataFromPrincipal(principal, true, flags.CLEAR_ALL, done));
  }
  await cleared((done) => Services.clearData.deleteData(flags.CLEAR_ALL_CACHES | flags.CLEAR_COOKIES, done));
  return true;
})()`;

export interface ExtensionState {
  databases: string[];
  /** Records in each object store of each database ("small-wins/wins": 0). */
  records: Record<string, number>;
  local: Record<string, unknown>;
  sync: Record<string, unknown>;
  session: Record<string, unknown>;
  localStorage: Record<string, string>;
  alarms: string[];
  permissions: { permissions: string[]; origins: string[] };
}

/** Everything the add-on keeps, read from one of its pages (runs in the page). */
async function readExtensionState(): Promise<ExtensionState> {
  const api = (globalThis as unknown as { browser: typeof import('wxt/browser').browser }).browser;
  const request = <T>(req: IDBRequest<T>) =>
    new Promise<T>((resolve, reject) => {
      req.onsuccess = () => resolve(req.result);
      req.onerror = () => reject(req.error);
    });
  const databases = (await indexedDB.databases()).map((db) => db.name ?? '');
  const records: Record<string, number> = {};
  for (const name of databases) {
    const db = await request(indexedDB.open(name));
    for (const store of db.objectStoreNames) {
      records[`${name}/${store}`] = await request(db.transaction(store).objectStore(store).count());
    }
    db.close();
  }
  const kept: Record<string, string> = {};
  for (let i = 0; i < localStorage.length; i++) {
    const key = localStorage.key(i) ?? '';
    kept[key] = localStorage.getItem(key) ?? '';
  }
  const granted = await api.permissions.getAll();
  return {
    databases,
    records,
    local: await api.storage.local.get(null),
    sync: await api.storage.sync.get(null),
    session: await api.storage.session.get(null),
    localStorage: kept,
    alarms: (await api.alarms.getAll()).map((alarm) => alarm.name),
    permissions: { permissions: granted.permissions ?? [], origins: granted.origins ?? [] },
  };
}

/** What is left of an earlier test in a state read after a reset; empty when none. */
export function leftovers(state: ExtensionState, manifest: Manifest, since: number): string[] {
  const found: string[] = [];
  for (const [store, count] of Object.entries(state.records)) {
    if (count > 0) found.push(`${count} records in ${store}`);
  }
  for (const [key, value] of Object.entries(state.local)) {
    const fresh = typeof value === 'number' && value >= since;
    if (!INSTALL_KEYS.includes(key) || !fresh) found.push(`storage.local ${key}`);
  }
  for (const key of Object.keys(state.sync)) found.push(`storage.sync ${key}`);
  for (const key of Object.keys(state.session)) found.push(`storage.session ${key}`);
  for (const [key, value] of Object.entries(state.localStorage)) {
    if (key !== FIRST_PAINT_KEY || !emptyFirstPaint(value))
      found.push(`localStorage ${key}: ${value}`);
  }
  for (const name of state.alarms) found.push(`alarm ${name}`);
  const sameSet = (a: string[], b: string[]) =>
    a.length === b.length && a.every((item) => b.includes(item));
  if (!sameSet(state.permissions.permissions, manifest.permissions ?? [])) {
    found.push(`permissions ${state.permissions.permissions.join(' ')}`);
  }
  if (!sameSet(state.permissions.origins, manifest.host_permissions ?? [])) {
    found.push(`origins ${state.permissions.origins.join(' ')}`);
  }
  return found;
}

export interface Manifest {
  permissions?: string[];
  host_permissions?: string[];
}

/** Reads the state of the add-on as installed now, from its blank page (which opens no database). */
export async function extensionState(ff: Firefox): Promise<ExtensionState> {
  const page = await ff.openExt('blank.html');
  try {
    return await page.evaluate(readExtensionState);
  } finally {
    await page.close();
  }
}

/**
 * What of an earlier test the browser still holds: the add-on's data beyond
 * what an install written after `since` leaves (read now, unless `state` was
 * already read), and any tab but one blank.
 */
export async function whatIsLeft(
  ff: Firefox,
  since: number,
  state?: ExtensionState,
): Promise<string[]> {
  const manifest: Manifest = JSON.parse(
    readFileSync(join(ff.extensionDir, 'manifest.json'), 'utf8'),
  );
  const left = leftovers(state ?? (await extensionState(ff)), manifest, since);
  const tabs = await tabUrls(ff);
  if (tabs.length !== 1 || tabs[0] !== 'about:blank') left.push(`tabs ${tabs.join(' ')}`);
  return left;
}

/**
 * Brings the browser back to a fresh install with the welcome page closed, or
 * throws saying what was left. The new install's state is read in the welcome
 * page it opens (the add-on's own origin), before that page is closed: a page
 * opened for the reading alone cost more than the rest of the reset.
 */
export async function resetFirefox(ff: Firefox): Promise<void> {
  const since = Date.now();
  await ff.chrome(CLOSE_TABS);
  await ff.chrome(FORGET_DOWNLOADS);
  await ff.browser.uninstallExtension(ADDON_ID);
  await ff.chrome(CLEAR_DATA);
  await ff.browser.installExtension(ff.extensionDir);
  const read = await ff.inTab<string>(
    '/welcome.html',
    `(${readExtensionState.toString()})().then(JSON.stringify)`,
  );
  if (!read || !(await closeWelcome(ff))) {
    throw new Error('After the reset, the add-on opened no welcome page: it did not start as new');
  }
  const left = await whatIsLeft(ff, since, JSON.parse(read) as ExtensionState);
  if (left.length > 0) {
    throw new Error(`The reset Firefox still holds the last test's state: ${left.join('; ')}`);
  }
}
