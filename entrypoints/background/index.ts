// The worker: browser events in, pure tracker step, effects out. Listeners
// are registered synchronously at start; all tracker state lives in
// storage.session and usage in IndexedDB, so the worker can be stopped at any
// moment. Nothing periodic runs: the only alarm is set while a limited site
// is being counted (with a short timer beside it when the budget ends within
// 30 s, see effects.ts), and two one-shot timers read focus again after the
// popup closes. Events are handled one at a time in arrival order;
// each keeps the time its listener ran, however long it waits in the queue.
import { browser } from 'wxt/browser';
import { dayKey } from '@/utils/core/day';
import { minutesMs } from '@/utils/core/minute';
import {
  grantSnooze,
  INITIAL_STATE,
  step,
  type TrackerEvent,
  type TrackerState,
} from '@/utils/core/tracker';
import { logProblem } from '@/utils/log';
import {
  isOwnPage,
  isRuntimeMessage,
  POPUP_PORT,
  type RuntimeMessage,
  type RuntimeReply,
} from '@/utils/messages';
import { trackerStateItem } from '@/utils/store/items';
import { loadSettings, watchSettings } from '@/utils/store/settings';
import { readSharedDayUsage } from '@/utils/store/sync/day-usage';
import { readDayUsage, setDayUsage } from '@/utils/store/usage';
import { perform, type Shell, TRACKER_ALARM } from './effects';
import {
  activeTabOf,
  browserFocused,
  focusAfterPopup,
  IDLE_SECONDS,
  initEvent,
  popupOpen,
  tabById,
  toTab,
} from './facts';
import {
  askOnMove,
  INTENTION_ALARM,
  noteAndSync,
  openRefusedIntention,
  syncIntention,
} from './intention';
import { listenForNudges, noteUse, reschedule } from './nudge';
import { wireSync } from './sync';
import { welcomeOnInstall } from './welcome';

async function loadState(): Promise<TrackerState | undefined> {
  return (await trackerStateItem.getValue()) ?? undefined;
}

/** With nothing limited and nothing open there is nothing to remember. */
async function saveState(state: TrackerState, anyRules: boolean): Promise<void> {
  if (!anyRules && state.open === null) await trackerStateItem.removeValue();
  else await trackerStateItem.setValue(state);
}

async function handle(now: number, makeEvent: () => Promise<TrackerEvent> | TrackerEvent) {
  const settings = await loadSettings();
  // Every computer's minutes count toward the one budget (sync, when on).
  const usage = await readSharedDayUsage(dayKey(now, settings.dayStartHour));
  const ctx = {
    now,
    rules: settings.sites,
    usage,
    dayStartHour: settings.dayStartHour,
    showBadge: settings.showBadge,
    headsUpMs: minutesMs(settings.headsUpMinutes),
    notify: settings.headsUpNotify,
  };
  let state = await loadState();
  if (!state) state = step(INITIAL_STATE, await initEvent(), ctx).state;
  const event = await makeEvent();
  // When the work really runs: an alarm set now cannot fire before it.
  const result = step(state, event, { ...ctx, handledAt: Date.now() });
  // State first: if the worker stops mid-way an interval may go uncounted,
  // but it can never be counted twice.
  await saveState(result.state, settings.sites.length > 0);
  for (const effect of result.effects) await perform(effect, shell);
}

// In-flight work only (not state): lost harmlessly if the worker stops.
let queue: Promise<void> = Promise.resolve();
function enqueue<T>(work: () => Promise<T>): Promise<T> {
  const run = queue.then(work);
  queue = run.then(
    () => undefined,
    (error: unknown) => logProblem('tracker', error),
  );
  return run;
}

function track(makeEvent: () => Promise<TrackerEvent> | TrackerEvent) {
  const now = Date.now();
  void enqueue(() => handle(now, makeEvent));
}

/** The alarm's work; each one also confirms the person is still in the browser. */
function alarmDue(scheduledTime: number) {
  track(async () => ({ type: 'alarm', scheduledTime, browserFocused: await browserFocused() }));
}

const shell: Shell = { onDue: alarmDue };

async function refreshViewing(): Promise<TrackerEvent> {
  const state = await loadState();
  const viewing = state?.viewing ? await tabById(state.viewing.tabId) : undefined;
  return { type: 'settingsChanged', viewing };
}

/**
 * "More minutes". A site no longer limited needs none: the reply is yes and
 * the page goes back. A grant while an earlier one is unused adds nothing
 * (see grantSnooze) and writes nothing, so two paused tabs never stack.
 */
async function snooze(host: string): Promise<RuntimeReply> {
  const settings = await loadSettings();
  const rule = settings.sites.find((r) => r.host === host);
  if (!rule) return { ok: true };
  const day = dayKey(Date.now(), settings.dayStartHour);
  const usage = (await readSharedDayUsage(day))[host];
  const granted = grantSnooze(rule, usage, settings.snoozeMinutes);
  // The grant counts from every computer's minutes; only this one's are stored here.
  const own = (await readDayUsage(day))[host];
  if (granted.grantedMs !== (usage?.grantedMs ?? 0)) {
    await setDayUsage(day, host, { ms: own?.ms ?? 0, grantedMs: granted.grantedMs });
  }
  // With minutes again, the way back asks for an intention (when the site does).
  await syncIntention();
  return { ok: true };
}

/** The worker's answer to one of our pages. */
async function answer(message: RuntimeMessage): Promise<RuntimeReply> {
  if (message.type === 'snooze') return snooze(message.host);
  await noteAndSync('passed', message.host);
  return { ok: true };
}

/** When focus is read again after the popup closes (one-shot, not polling). */
const FOCUS_SETTLE_MS = [500, 2_000];

function syncLater() {
  void enqueue(() => syncIntention());
}

export default defineBackground(() => {
  browser.idle.setDetectionInterval(IDLE_SECONDS);
  listenForNudges();

  browser.tabs.onActivated.addListener(({ tabId, windowId }) => {
    noteUse();
    track(async () => ({
      type: 'tabActivated',
      tab: (await tabById(tabId)) ?? { tabId, windowId },
    }));
  });
  browser.tabs.onUpdated.addListener((tabId, change, tab) => {
    // Only Chromium refuses the redirect to the intention page (see intention.ts).
    if (!import.meta.env.FIREFOX && change.status === 'complete') {
      openRefusedIntention(tabId, tab.url).catch((error: unknown) =>
        logProblem('intention page', error),
      );
    }
    // A new address, maybe inside the page (pushState): into a part of a site
    // that asks, the intention page comes first. In the queue, after any
    // "page passed" note ahead of it.
    const moved = change.url;
    if (moved && /^https?:/i.test(moved)) void enqueue(() => askOnMove(tabId, moved));
    if (!('url' in change) && !('audible' in change) && change.status !== 'loading') return;
    const facts = toTab(tab);
    if (facts) track(() => ({ type: 'tabUpdated', tab: facts, active: tab.active }));
  });
  browser.tabs.onRemoved.addListener((tabId) => track(() => ({ type: 'tabRemoved', tabId })));
  browser.windows.onFocusChanged.addListener((windowId) => {
    if (windowId !== browser.windows.WINDOW_ID_NONE) noteUse();
    track(async () =>
      windowId === browser.windows.WINDOW_ID_NONE
        ? { type: 'windowFocused', windowId: null, activeTab: null, ownPopup: await popupOpen() }
        : { type: 'windowFocused', windowId, activeTab: await activeTabOf(windowId) },
    );
  });
  browser.idle.onStateChanged.addListener((state) => {
    if (state === 'active') noteUse();
    track(() => ({ type: 'idle', state }));
  });
  browser.alarms.onAlarm.addListener((alarm) => {
    if (alarm.name === TRACKER_ALARM) alarmDue(alarm.scheduledTime);
    if (alarm.name === INTENTION_ALARM) syncLater();
  });
  watchSettings(() => {
    track(refreshViewing);
    syncLater();
    reschedule();
  });
  // Sync runs in the tracker's queue, so minutes that arrive are counted at once.
  wireSync((work) => {
    void enqueue(async () => {
      const result = await work();
      if (result.othersChanged || result.changedHere) track(refreshViewing);
    });
  });
  browser.permissions.onAdded.addListener(() => track(refreshViewing));
  browser.permissions.onRemoved.addListener(() => track(refreshViewing));
  browser.runtime.onStartup.addListener(() => {
    track(initEvent);
    syncLater();
    reschedule();
  });
  browser.runtime.onInstalled.addListener((details) => {
    track(initEvent);
    syncLater();
    reschedule();
    welcomeOnInstall(details).catch((error: unknown) => logProblem('welcome', error));
  });
  // Opening the popup takes focus from the window ("no window"), which is no
  // news while the popup is open: the person is still at the page. Closing it
  // may give focus back without any event. The popup holds a port open; when
  // it closes, focus is read afresh (and again a moment later, for a busy
  // desktop may hand it back only then), so a window focused meanwhile, or a
  // "no window" that did stop counting, is caught up at once.
  browser.runtime.onConnect.addListener((port) => {
    const own = isOwnPage(port.sender ?? {}, browser.runtime.id, browser.runtime.getURL('/'));
    if (!own || port.name !== POPUP_PORT) return;
    port.onDisconnect.addListener(() => {
      track(focusAfterPopup);
      for (const ms of FOCUS_SETTLE_MS) setTimeout(() => track(focusAfterPopup), ms);
    });
  });

  browser.runtime.onMessage.addListener((message: unknown, sender) => {
    const own = isOwnPage(sender, browser.runtime.id, browser.runtime.getURL('/'));
    if (!own || !isRuntimeMessage(message)) return undefined;
    // Serialised with the tracker so a grant never races a usage write;
    // then re-evaluated so the new allowance takes effect at once.
    return enqueue(() => answer(message)).then((reply) => {
      track(refreshViewing);
      return reply;
    });
  });
});
