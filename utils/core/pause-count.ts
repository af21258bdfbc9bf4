// Counting the pauses shown: each pause the tracker decides on is counted
// once, on the day it happens, for its site. The tracker may decide the same
// pause more than once: events can arrive after the tab was sent to the pause
// page but before it got there (a focus change, a second load event), and a
// worker stopped between sending and arriving decides it again when it
// wakes. So the last counted pause is remembered in the tracker's state (kept
// across a worker stop, saved before any effect runs) and a pause of the same
// tab, site and day is not counted again until that tab has been seen off the
// site (on the pause page, another site) or counted on it again (more
// minutes). A reload of the pause page decides no pause at all. Pure.
import { covers } from './sites';
import type { Effect, Tab, TrackerState } from './tracker';

export interface PauseMark {
  tabId: number;
  host: string;
  day: string;
}

function onSite(url: string | undefined, host: string): boolean {
  try {
    return url !== undefined && covers(host, new URL(url).hostname);
  } catch {
    return false;
  }
}

/**
 * The effects with a `countPause` before each new pause, and the mark to
 * keep. `next` is the tracker's view after the event.
 */
export function countPauses(
  mark: PauseMark | undefined,
  next: { viewing: Tab | null; open: TrackerState['open'] },
  effects: readonly Effect[],
  day: string,
): { paused: PauseMark | undefined; effects: Effect[] } {
  let paused = mark;
  const seen = paused && next.viewing?.tabId === paused.tabId;
  const left = seen && !onSite(next.viewing?.url, paused?.host ?? '');
  if (left || (paused && next.open?.tabId === paused.tabId)) paused = undefined;
  const out: Effect[] = [];
  for (const effect of effects) {
    if (effect.type === 'pause') {
      const { tabId, host } = effect;
      const again = paused?.tabId === tabId && paused.host === host && paused.day === day;
      if (!again) {
        out.push({ type: 'countPause', day, host });
        paused = { tabId, host, day };
      }
    }
    out.push(effect);
  }
  return { paused, effects: out };
}
