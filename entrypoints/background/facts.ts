// Reads what the tracker needs to know from the browser. Without the "tabs"
// permission a tab's URL is visible only for sites the user limits, which is
// exactly what time accounting needs and nothing more.
import { type Browser, browser } from 'wxt/browser';
import type { IdleState, Tab, TrackerEvent } from '@/utils/core/tracker';

export const IDLE_SECONDS = 60;

export function toTab(tab: Browser.tabs.Tab): Tab | null {
  if (tab.id === undefined || tab.windowId === undefined) return null;
  // `audible` needs no "tabs" permission: a video playing keeps idle counting.
  return { tabId: tab.id, windowId: tab.windowId, url: tab.url, audible: tab.audible };
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

/**
 * Whether a browser window has focus now. On Linux, moving to another
 * application sends no focus event, but the last focused window reports
 * `focused: false`. Our own popup takes the focus from the window while the
 * page stays in view under it, so it counts as the browser's. If the browser
 * cannot say, assume it is focused.
 */
export async function browserFocused(): Promise<boolean> {
  const win = await browser.windows.getLastFocused().catch(() => undefined);
  return (win?.focused ?? true) || (await popupOpen());
}

/** Whether this extension's popup is open now (it takes the focus from the window). */
export async function popupOpen(): Promise<boolean> {
  const contexts = await browser.runtime.getContexts({ contextTypes: ['POPUP'] }).catch(() => []);
  return contexts.length > 0;
}

/**
 * Where focus is after our popup closed. The browser may hand focus back a
 * moment later and say nothing, so "no window" here is no news (see attention.ts).
 */
export async function focusAfterPopup(): Promise<TrackerEvent> {
  const win = await browser.windows.getLastFocused().catch(() => undefined);
  const windowId = win?.focused && win.id !== undefined ? win.id : null;
  return {
    type: 'windowFocused',
    windowId,
    activeTab: windowId === null ? null : await activeTabOf(windowId),
    ownPopup: true,
  };
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
