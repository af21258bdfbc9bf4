// Counting the pauses shown, and sending each once: each pause the tracker
// decides on is counted once, on the day it happens, for its site. The
// tracker may decide the same pause more than once: events can arrive after
// the tab was sent to the pause page but before it got there (a focus change,
// a load event still about the site's page), and a worker stopped between
// sending and arriving decides it again when it wakes. So the last counted
// pause is remembered in the tracker's state (kept across a worker stop,
// saved before any effect runs) and a pause of the same tab, site and day is
// not counted again until that tab has been seen off the site (on the pause
// page, another site) or counted on it again (more minutes). A reload of the
// pause page decides no pause at all.
//
// Nor is it sent again while it is on its way: sending the tab to the pause
// page a second time reloads that page, and a choice the person already made
// there (Log off) would be lost with it. For a moment after sending
// (ON_ITS_WAY_MS), the same pause for the same address is not sent again;
// instead the tracker looks once more when that moment is over, so a pause
// that never arrived (the load was stopped) is sent then. Another address (a
// link followed meanwhile) is sent at once, and so is any pause a worker
// decides as it starts: the one before may have stopped before sending. Pure.
import { siteCoversUrl } from './sites';
import type { Effect, Tab, TrackerState } from './tracker-model';

/** How long a pause sent to a tab is taken to be on its way there. */
export const ON_ITS_WAY_MS = 3_000;

export interface PauseMark {
  tabId: number;
  host: string;
  day: string;
  /** The address the tab was sent from, and when (absent in marks of older versions). */
  url?: string;
  sentAt?: number;
}

/** Whether the tab is still under the paused rule (a part of a site: under its path). */
function onSite(url: string | undefined, site: string): boolean {
  return siteCoversUrl(site, url);
}

/**
 * The effects with a `countPause` before each new pause and without a pause
 * already on its way, the mark to keep, and when to look again if a pause
 * was held back. `next` is the tracker's view after the event.
 */
export function countPauses(
  mark: PauseMark | undefined,
  next: { viewing: Tab | null; open: TrackerState['open'] },
  effects: readonly Effect[],
  /** The event's day and time, and whether a pause on its way may be held back (not as a worker starts). */
  { day, now, mayHold }: { day: string; now: number; mayHold: boolean },
): { paused: PauseMark | undefined; effects: Effect[]; lookAgainAt: number | undefined } {
  let paused = mark;
  const seen = paused && next.viewing?.tabId === paused.tabId;
  const left = seen && !onSite(next.viewing?.url, paused?.host ?? '');
  if (left || (paused && next.open?.tabId === paused.tabId)) paused = undefined;
  const out: Effect[] = [];
  let lookAgainAt: number | undefined;
  for (const effect of effects) {
    if (effect.type === 'pause') {
      const { tabId, host, url } = effect;
      const again = paused?.tabId === tabId && paused.host === host && paused.day === day;
      const sentAt = again && paused?.url === url ? paused?.sentAt : undefined;
      if (mayHold && sentAt !== undefined && now >= sentAt && now < sentAt + ON_ITS_WAY_MS) {
        lookAgainAt = sentAt + ON_ITS_WAY_MS;
        continue;
      }
      if (!again) out.push({ type: 'countPause', day, host });
      paused = { tabId, host, day, url, sentAt: now };
    }
    out.push(effect);
  }
  return { paused, effects: out, lookAgainAt };
}
