// What the extension keeps, read from inside one of its own pages in every
// browser: a key of storage.local, one of the stored settings, and today's
// usage record of a site (the minutes and the pauses the worker counted) in
// its own database. Reading only: a test changes these through the pages.
import { type UsageRecord, usageTodayInPage } from '../../../scripts/lib/usage-in-page';
import type { Tab } from '../tab';

/** What the extension stored under a storage.local key. */
export function stored(tab: Tab, key: string): Promise<unknown> {
  return tab.evaluate(async (k) => {
    type Local = { get(key: string): Promise<Record<string, unknown>> };
    type Scope = { storage: { local: Local } };
    const scope = globalThis as unknown as { browser?: Scope; chrome: Scope };
    return (await (scope.browser ?? scope.chrome).storage.local.get(k))[k];
  }, key);
}

/** One of the stored settings, or null while none is stored. */
export async function setting(tab: Tab, name: string): Promise<unknown> {
  return ((await stored(tab, 'settings')) as Record<string, unknown> | undefined)?.[name] ?? null;
}

/** Today's usage record of `host` (the day starting at midnight), or null. */
export function usageOf(tab: Tab, host: string): Promise<UsageRecord | null> {
  return tab.evaluate(usageTodayInPage, { host });
}
