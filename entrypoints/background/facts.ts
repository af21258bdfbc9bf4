// Reads what the tracker needs to know from the browser. Without the "tabs"
// permission a tab's URL is visible only for sites the user limits, which is
// exactly what time accounting needs and nothing more.
import { type Browser, browser } from 'wxt/browser';
import type { IdleState, Tab, TrackerEvent } from '../../utils/tracker';

export const IDLE_SECONDS = 60;

export function toTab(tab: Browser.tabs.Tab): Tab | null {
  if (tab.id === undefined || tab.windowId === undefined) return null;
  return { tabId: tab.id, windowId: tab.windowId, url: tab.url };
}

export async function tabById(tabId: number): Promise<Tab | null> {
  try {
    return toTab(await browser.tabs.get(tabId));
  } catch {
    return null; // closed meanwhile
  }
}

export async function activeTabOf(windowId: number): Promise<Tab | null> {
  const [tab] = await browser.tabs.query({ active: true, windowId });
  return tab ? toTab(tab) : null;
}

/** Everything at once, for a fresh start (browser start, install, lost state). */
export async function initEvent(): Promise<TrackerEvent> {
  const [win, idle] = await Promise.all([
    browser.windows.getLastFocused().catch(() => undefined),
    browser.idle.queryState(IDLE_SECONDS),
  ]);
  const focused = win?.focused && win.id !== undefined ? win.id : null;
  return {
    type: 'init',
    focusedWindowId: focused,
    viewing: focused === null ? null : await activeTabOf(focused),
    idle: idle as IdleState,
  };
}
