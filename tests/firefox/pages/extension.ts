// What a Firefox test reads or writes through one of the extension's own
// pages: today's usage of a site, straight in the extension's IndexedDB (as an
// import would leave it), a tab's toolbar badge through browser.action, and
// what the worker knew when a wait ran out.
import type { Page } from 'puppeteer-core';
import type { browser } from 'wxt/browser';
import type { Firefox } from '../../../scripts/lib/firefox';
import { usageTodayInPage } from '../../../scripts/lib/usage-in-page';

type Api = typeof browser;

/** Replaces today's usage of `host` (day starting at midnight) with `ms`. */
export function seedUsage(page: Page, host: string, ms: number) {
  return page.evaluate(usageTodayInPage, { host, write: { ms, grantedMs: 0 } });
}

/** The badge of the tab showing `url`: its text and background colour ("1m 47,125,109,255"). */
export function badgeOf(page: Page, url: string): Promise<string> {
  return page.evaluate(async (u) => {
    const api = (globalThis as unknown as { browser: Api }).browser;
    const [tab] = await api.tabs.query({ url: u });
    if (tab?.id === undefined) return 'no tab';
    const tabId = tab.id;
    const [text, colour] = await Promise.all([
      api.action.getBadgeText({ tabId }),
      api.action.getBadgeBackgroundColor({ tabId }),
    ]);
    return `${text} ${colour.join(',')}`;
  }, url);
}

/**
 * What the worker knew, for a wait's failure: today's usage of `host`, the
 * tracker's stored state and the alarms set. Read from one of the
 * extension's own pages, opened for it and closed again.
 */
async function workerView(ff: Firefox, host: string): Promise<string> {
  const page = await ff.openExt('options.html');
  try {
    const usage = await page.evaluate(usageTodayInPage, { host });
    const rest = await page.evaluate(async () => {
      const api = (globalThis as unknown as { browser: Api }).browser;
      const [session, alarms] = await Promise.all([
        api.storage.session.get(null),
        api.alarms.getAll(),
      ]);
      return { session, alarms, now: Date.now() };
    });
    return JSON.stringify({ usage, ...rest });
  } catch (error) {
    return `(unreadable: ${String(error)})`;
  } finally {
    await page.close().catch(() => undefined);
  }
}

/** For a wait's failure: rethrows it with what the worker knew of `host`. */
export function withWorkerView(ff: Firefox, host: string) {
  return async (error: Error): Promise<never> => {
    throw new Error(`${error.message}; the worker knew: ${await workerView(ff, host)}`);
  };
}
