// Sync in the worker: any change here (a page's write, the tracker's minutes,
// settings) or in the sync area (another computer's copy arriving) asks for
// one sync, and asks are coalesced into one alarm at least 2 s ahead and 5 s
// after the last write. One sync makes at most two writes (one set, one
// remove), so writes stay well under the browsers' 120 a minute and 1,800 an
// hour. No polling: with nothing changing, nothing runs.
import { browser } from 'wxt/browser';
import { logProblem } from '@/utils/log';
import { isOwnPage, isStored, listen } from '@/utils/messages';
import { watchSettings } from '@/utils/store/settings';
import { syncStateItem, watchArea } from '@/utils/store/sync/items';
import { type SyncResult, syncNow } from '@/utils/store/sync/run';

export const SYNC_ALARM = 'sync';
const SOON_MS = 2_000;
const WRITE_GAP_MS = 5_000;

export async function scheduleSync(now = Date.now()): Promise<void> {
  const state = await syncStateItem.getValue();
  if (!state.on) return;
  if (await browser.alarms.get(SYNC_ALARM)) return; // already asked for: coalesced
  const when = Math.max(now + SOON_MS, state.lastWriteAt + WRITE_GAP_MS);
  await browser.alarms.create(SYNC_ALARM, { when });
}

function ask() {
  scheduleSync().catch((error: unknown) => logProblem('sync schedule', error));
}

/** Registers the listeners (synchronously, at the worker's start). */
export function wireSync(run: (work: () => Promise<SyncResult>) => void): void {
  watchArea(ask);
  watchSettings(ask);
  listen(['wins', 'reflections', 'usage'], ask);
  // Just turned on: join at once. (Later state writes are the sync's own.)
  syncStateItem.watch((state) => {
    if (state.on && !state.joined) ask();
  });
  browser.runtime.onMessage.addListener((message: unknown, sender) => {
    if (isStored(message) && isOwnPage(sender, browser.runtime.id, browser.runtime.getURL('/'))) {
      ask();
    }
    return undefined;
  });
  browser.alarms.onAlarm.addListener((alarm) => {
    if (alarm.name === SYNC_ALARM) run(() => syncNow());
  });
}
