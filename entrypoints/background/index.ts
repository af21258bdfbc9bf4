// The worker: browser events in, pure tracker step, effects out. Listeners
// are registered synchronously at start; all tracker state lives in
// storage.session and usage in IndexedDB, so the worker can be stopped at any
// moment. Nothing periodic runs: the only alarm is set while a limited site
// is being counted. Events are handled one at a time in arrival order.
import { browser } from 'wxt/browser';
import { dayKey } from '../../utils/day';
import { isOwnPage, isRuntimeMessage, type RuntimeReply } from '../../utils/messages';
import { loadSettings, SETTINGS_KEY } from '../../utils/settings';
import {
  grantSnooze,
  INITIAL_STATE,
  step,
  type TrackerEvent,
  type TrackerState,
} from '../../utils/tracker';
import { readDayUsage, setDayUsage } from '../../utils/usage';
import { perform, TRACKER_ALARM } from './effects';
import { activeTabOf, IDLE_SECONDS, initEvent, tabById, toTab } from './facts';

const STATE_KEY = 'tracker';

async function loadState(): Promise<TrackerState | undefined> {
  const stored = await browser.storage.session.get(STATE_KEY);
  return stored[STATE_KEY] as TrackerState | undefined;
}

async function handle(now: number, makeEvent: () => Promise<TrackerEvent> | TrackerEvent) {
  const settings = await loadSettings();
  const usage = await readDayUsage(dayKey(now, settings.dayStartHour));
  const ctx = {
    now,
    rules: settings.sites,
    usage,
    dayStartHour: settings.dayStartHour,
    showBadge: settings.showBadge,
  };
  let state = await loadState();
  if (!state) state = step(INITIAL_STATE, await initEvent(), ctx).state;
  const result = step(state, await makeEvent(), ctx);
  // State first: if the worker stops mid-way an interval may go uncounted,
  // but it can never be counted twice.
  await browser.storage.session.set({ [STATE_KEY]: result.state });
  for (const effect of result.effects) await perform(effect);
}

// In-flight work only (not state): lost harmlessly if the worker stops.
let queue: Promise<void> = Promise.resolve();
function enqueue<T>(work: () => Promise<T>): Promise<T> {
  const run = queue.then(work);
  queue = run.then(
    () => undefined,
    (error: unknown) => console.error('Small Wins tracker:', error),
  );
  return run;
}

function track(makeEvent: () => Promise<TrackerEvent> | TrackerEvent) {
  const now = Date.now();
  void enqueue(() => handle(now, makeEvent));
}

async function refreshViewing(): Promise<TrackerEvent> {
  const state = await loadState();
  const viewing = state?.viewing ? await tabById(state.viewing.tabId) : undefined;
  return { type: 'settingsChanged', viewing };
}

async function snooze(host: string): Promise<RuntimeReply> {
  const settings = await loadSettings();
  const rule = settings.sites.find((r) => r.host === host);
  if (!rule) return { ok: false, reason: 'not a limited site' };
  const day = dayKey(Date.now(), settings.dayStartHour);
  const usage = await readDayUsage(day);
  await setDayUsage(day, host, grantSnooze(rule, usage[host], settings.snoozeMinutes));
  return { ok: true };
}

export default defineBackground(() => {
  browser.idle.setDetectionInterval(IDLE_SECONDS);

  browser.tabs.onActivated.addListener(({ tabId, windowId }) =>
    track(async () => ({
      type: 'tabActivated',
      tab: (await tabById(tabId)) ?? { tabId, windowId },
    })),
  );
  browser.tabs.onUpdated.addListener((_tabId, change, tab) => {
    if (!('url' in change) && change.status !== 'loading') return;
    const facts = toTab(tab);
    if (facts) track(() => ({ type: 'tabUpdated', tab: facts, active: tab.active }));
  });
  browser.tabs.onRemoved.addListener((tabId) => track(() => ({ type: 'tabRemoved', tabId })));
  browser.windows.onFocusChanged.addListener((windowId) =>
    track(async () =>
      windowId === browser.windows.WINDOW_ID_NONE
        ? { type: 'windowFocused', windowId: null, activeTab: null }
        : { type: 'windowFocused', windowId, activeTab: await activeTabOf(windowId) },
    ),
  );
  browser.idle.onStateChanged.addListener((state) => track(() => ({ type: 'idle', state })));
  browser.alarms.onAlarm.addListener((alarm) => {
    if (alarm.name === TRACKER_ALARM) {
      track(() => ({ type: 'alarm', scheduledTime: alarm.scheduledTime }));
    }
  });
  browser.storage.onChanged.addListener((changes, area) => {
    if (area === 'local' && SETTINGS_KEY in changes) track(refreshViewing);
  });
  browser.permissions.onAdded.addListener(() => track(refreshViewing));
  browser.permissions.onRemoved.addListener(() => track(refreshViewing));
  browser.runtime.onStartup.addListener(() => track(initEvent));
  browser.runtime.onInstalled.addListener(() => track(initEvent));

  browser.runtime.onMessage.addListener((message: unknown, sender) => {
    const own = isOwnPage(sender, browser.runtime.id, browser.runtime.getURL('/'));
    if (!own || !isRuntimeMessage(message)) return undefined;
    // Serialised with the tracker so a grant never races a usage write;
    // then re-evaluated so the new allowance takes effect at once.
    return enqueue(() => snooze(message.host)).then((reply) => {
      track(refreshViewing);
      return reply;
    });
  });
});
