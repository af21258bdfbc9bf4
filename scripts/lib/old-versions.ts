// The database and settings as the first versions shipped them, for the
// upgrade tests in Chromium and Firefox: the data those versions held, the
// code that makes version 1 or 2 with raw IndexedDB and those versions' own
// upgrade steps, and a raw read of the stores afterwards. The in-page
// functions are passed whole to a page's evaluate (Playwright's or
// puppeteer's), each with one argument, so they refer to nothing outside.
import { expect } from '@playwright/test';
import type { browser } from 'wxt/browser';
import { dayKey, dayStart } from '../../utils/core/day';

/** The day-start hour the old settings below hold: a night owl's day. */
const OLD_DAY_START_HOUR = 3;

/**
 * Today as the extension names it under those settings: before 03:00 it is
 * still the calendar day before, so the tests hold at any hour they run.
 */
export function today(): string {
  return dayKey(Date.now(), OLD_DAY_START_HOUR);
}

/** What a person had in the oldest versions: wins, usage, a reflection, settings. */
export function oldData(day: string) {
  // An hour ago, but never before the day began.
  const at = Math.max(dayStart(day, OLD_DAY_START_HOUR), Date.now() - 3_600_000);
  return {
    wins: [
      { id: 'old-1', text: 'Walked before work #health', day, at, kind: 'win', tags: ['health'] },
      {
        id: 'old-2',
        text: 'Logged off social.test',
        day,
        at: at + 1,
        kind: 'logoff',
        tags: [],
        site: 'social.test',
        minutes: 12,
      },
    ],
    usage: [{ day, host: 'social.test', ms: 240_000, grantedMs: 60_000 }],
    reflections: [{ id: `recap:${day}`, kind: 'recap', day, text: 'A calm day', at }],
    // The first form: a bare object under "settings", before storage items existed.
    settings: {
      version: 1,
      sites: [{ host: 'social.test', label: 'social.test', dailyMinutes: 25 }],
      snoozeMinutes: 7,
      dayStartHour: OLD_DAY_START_HOUR,
      showBadge: false,
    },
  };
}
export type OldData = ReturnType<typeof oldData>;

export interface OldVersion {
  version: 1 | 2;
  data: OldData;
  /** Keep the connection open, closing it when a newer version asks (as every version did). */
  keepOpen: boolean;
}

/**
 * In a page: stores the settings in their oldest form, in place of all else
 * stored. A settings change may wake the worker, which then opens the
 * database: store them after the database is made, or stop the worker again
 * before making it.
 */
export async function storeOldSettings(data: OldData): Promise<void> {
  const scope = globalThis as unknown as { browser?: typeof browser; chrome: typeof browser };
  const api = scope.browser ?? scope.chrome;
  await api.storage.local.clear();
  await api.storage.local.set({ settings: data.settings });
}

/** In a page: makes the old database, in place of any there. */
export async function makeOldDatabase({ version, data, keepOpen }: OldVersion): Promise<void> {
  const scope = globalThis as unknown as { upgradedTo?: number | null };
  await new Promise<void>((resolve, reject) => {
    const del = indexedDB.deleteDatabase('small-wins');
    del.onsuccess = () => resolve();
    del.onerror = () => reject(del.error);
  });
  const db = await new Promise<IDBDatabase>((resolve, reject) => {
    const open = indexedDB.open('small-wins', version);
    open.onupgradeneeded = () => {
      const db = open.result;
      // Version 1, as it shipped.
      const wins = db.createObjectStore('wins', { keyPath: 'id' });
      wins.createIndex('day', 'day');
      wins.createIndex('at', 'at');
      if (version === 2) {
        // Version 2, as it shipped.
        wins.createIndex('tags', 'tags', { multiEntry: true });
        db.createObjectStore('usage', { keyPath: ['day', 'host'] }).createIndex('day', 'day');
        db.createObjectStore('reflections', { keyPath: 'id' }).createIndex('day', 'day');
      }
    };
    open.onsuccess = () => resolve(open.result);
    open.onerror = () => reject(open.error);
  });
  const stores = version === 2 ? ['wins', 'usage', 'reflections'] : ['wins'];
  const tx = db.transaction(stores, 'readwrite');
  if (keepOpen) {
    // Listening from the first moment, as every version did: the worker,
    // woken meanwhile, may ask for the new version while the old data is
    // still being written, and a request no handler heard would wait for
    // this connection forever. Closing lets the writes queued below finish.
    db.onversionchange = (event) => {
      scope.upgradedTo = event.newVersion;
      db.close();
    };
  }
  for (const win of data.wins) tx.objectStore('wins').put(win);
  if (version === 2) {
    for (const u of data.usage) tx.objectStore('usage').put(u);
    for (const r of data.reflections) tx.objectStore('reflections').put(r);
  }
  await new Promise((resolve, reject) => {
    tx.oncomplete = resolve;
    tx.onerror = () => reject(tx.error);
  });
  if (!keepOpen) db.close();
}

/** In a page that kept the old connection: the version a newer one asked for, if any. */
export function upgradedTo(): number | null {
  return (globalThis as unknown as { upgradedTo?: number | null }).upgradedTo ?? null;
}

export interface StoredRaw {
  version: number;
  stores: string[];
  wins: unknown[];
  usage: unknown[];
  reflections: unknown[];
  settings: unknown;
}

/** In a page: the database as it is now, read raw, and the stored settings. */
export async function readStores(): Promise<StoredRaw> {
  const scope = globalThis as unknown as { browser?: typeof browser; chrome: typeof browser };
  const api = scope.browser ?? scope.chrome;
  const db = await new Promise<IDBDatabase>((resolve, reject) => {
    const open = indexedDB.open('small-wins');
    open.onsuccess = () => resolve(open.result);
    open.onerror = () => reject(open.error);
  });
  const stores = [...db.objectStoreNames].sort();
  const names = ['wins', 'usage', 'reflections'].filter((name) => stores.includes(name));
  const records: Record<string, unknown[]> = {};
  if (names.length > 0) {
    const tx = db.transaction(names);
    const requests = names.map((name) => tx.objectStore(name).getAll());
    await new Promise((resolve, reject) => {
      tx.oncomplete = resolve;
      tx.onerror = () => reject(tx.error);
    });
    names.forEach((name, i) => {
      records[name] = requests[i]?.result ?? [];
    });
  }
  const version = db.version;
  db.close();
  const { settings } = await api.storage.local.get('settings');
  return {
    version,
    stores,
    wins: records.wins ?? [],
    usage: records.usage ?? [],
    reflections: records.reflections ?? [],
    settings,
  };
}

/** Records in a fixed order, to compare with what was put in. */
export const byId = (list: unknown[]) =>
  [...(list as { id: string }[])].sort((a, b) => a.id.localeCompare(b.id));

/**
 * A version 2 database upgraded while an old page held it open: every win
 * and reflection is there, and the minutes counted went on from the old ones.
 */
export function expectVersion2Kept(after: StoredRaw, data: OldData): void {
  expect(after.version).toBe(3);
  expect(byId(after.wins)).toEqual(byId(data.wins));
  expect(after.usage[0]).toMatchObject({ day: today(), host: 'social.test' });
  expect((after.usage[0] as { ms: number } | undefined)?.ms).toBeGreaterThanOrEqual(240_000);
  expect(after.reflections).toEqual(data.reflections);
}
