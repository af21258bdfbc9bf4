// What the tracker works on (see tracker.ts for the rules): its state, kept
// across worker stops; the browser events it hears; the context each step
// gets (now, the rules, today's usage, the settings); and the effects it asks
// the shell to carry out.
import type { DayUsage } from './budget';
import type { PauseMark } from './pause-count';
import type { SiteRule } from './sites';

export type IdleState = 'active' | 'idle' | 'locked';

export interface Tab {
  tabId: number;
  windowId: number;
  /** Only known for sites the extension has access to, i.e. limited ones. */
  url?: string;
  /** Whether the tab is playing sound (a video): then idle still counts. */
  audible?: boolean;
}

export interface TrackerState {
  focusedWindowId: number | null;
  /** The active tab of the focused window. */
  viewing: Tab | null;
  idle: IdleState;
  /**
   * The interval being counted: for the rule `host` (the most specific) and,
   * when more rules limit the same address (a whole host and a part of it),
   * for each rule in `also`, each against its own budget.
   */
  open: { host: string; tabId: number; since: number; also?: string[] } | null;
  /**
   * The soonest the pending alarm can fire: its time, or when it was really
   * set if that was later. Hearing from nothing long after it means sleep.
   */
  alarmAt: number | null;
  /** The pause the heads-up notification was sent for (see headsUpKey). */
  notified?: string | null;
  /** The last pause counted, so it is counted once (pause-count.ts). */
  paused?: PauseMark;
}

export const INITIAL_STATE: TrackerState = {
  focusedWindowId: null,
  viewing: null,
  idle: 'active',
  open: null,
  alarmAt: null,
  notified: null,
};

export type TrackerEvent =
  | { type: 'init'; focusedWindowId: number | null; viewing: Tab | null; idle: IdleState }
  | { type: 'tabActivated'; tab: Tab }
  | { type: 'tabUpdated'; tab: Tab; active: boolean }
  | { type: 'tabRemoved'; tabId: number }
  | {
      type: 'windowFocused';
      windowId: number | null;
      activeTab: Tab | null;
      /**
       * The change came with this extension's popup opening or closing. The
       * popup is part of the browser, so "no window" then says nothing of
       * where the person is: only a focused window is news (see attention.ts).
       */
      ownPopup?: boolean;
    }
  | { type: 'idle'; state: IdleState }
  | {
      type: 'alarm';
      scheduledTime: number;
      /** Whether a browser window had focus when the alarm fired; unknown counts as yes. */
      browserFocused?: boolean;
    }
  | { type: 'settingsChanged'; viewing?: Tab | null };

export interface TrackerContext {
  /** When the event happened: its listener ran. */
  now: number;
  /** When the queued work for it runs (effects follow at once); defaults to `now`. */
  handledAt?: number;
  rules: readonly SiteRule[];
  /** Today's usage by rule (`SiteRule.host`). */
  usage: Readonly<Record<string, DayUsage>>;
  dayStartHour: number;
  showBadge: boolean;
  /** How long before the pause the heads-up comes; 0 or absent = off. */
  headsUpMs?: number;
  /** Whether the heads-up also sends a notification. */
  notify?: boolean;
}

export type Effect =
  | { type: 'addUsage'; day: string; host: string; ms: number }
  | { type: 'setAlarm'; when: number }
  | { type: 'clearAlarm' }
  | { type: 'pause'; tabId: number; host: string; url: string; usedMs: number }
  | { type: 'countPause'; day: string; host: string }
  | { type: 'badge'; tabId: number; minutesLeft: number | null; headsUp?: true }
  | { type: 'notify'; host: string; minutesLeft: number };

export interface StepResult {
  state: TrackerState;
  effects: Effect[];
}
