// Time accounting as a pure reducer: (state, event, context) → (state, effects).
// Time counts only while a limited site is the active tab of the focused
// window and the person is not idle or locked. Every event closes the open
// interval (crediting it, split at day starts) and decides afresh. One alarm
// serves as both the limit (at the exact moment the budget runs out) and a
// once-a-minute checkpoint while counting, so usage is saved often and a gap
// in which nothing woke the worker (the machine slept) is recognised and
// dropped. The browser-facing shell lives in entrypoints/background/.
//
// Leaving the browser for another application: on some systems (Linux) no
// "no window focused" event arrives, so each checkpoint alarm also says
// whether a browser window still has focus. When none has, the checkpoint
// acts as that missing event: the interval closes and counting stops until a
// window is focused again. The rule for the minute before it: time since the
// last confirmed moment (the interval's start, at most one checkpoint ago)
// counts up to the checkpoint, because when the person left within it cannot
// be known without polling. So leaving the browser costs at most one
// checkpoint minute of budget, never more, the same benefit of the doubt
// idle detection gives (its interval counts too), and a budget can never be
// dodged by briefly switching away.
//
// Watching counts through idle: with no input the browser reports "idle"
// after a minute, but a viewed limited tab that plays sound (a video) is
// being watched, so idle + audible still counts. Locked never counts.
//
// Sleep means the machine slept, not that the worker was slow: an event's
// time is when its listener ran (`ctx.now`), and an alarm can fire no sooner
// than the moment it was really set (`ctx.handledAt` of the step that set it,
// which can be long after its event when the work waited in the queue, e.g.
// behind an import). Only silence well past that moment is sleep.
//
// Active hours (active-hours.ts): outside a site's hours it is not counted,
// shows no badge and is never paused. While it is open in the viewed tab, the
// alarm wakes at the next edge of its hours (and while counting, the end edge
// bounds the alarm too), never at any other time.
//
// A heads-up before the pause: once no more than the chosen minutes are left
// (`ctx.headsUpMs`, 0 = off) the badge turns a calm colour, shown even with
// the minutes badge off, and the alarm wakes at that moment. With
// notifications on (`ctx.notify`) one gentle notification goes too, never
// two for one pause: the state remembers which pause (day, site, budget
// with its grants) it was sent for, so "more minutes" earn a new one.
//
// Nothing changes, nothing is written: an event after which the same tab is
// counted for the same site (an address change by pushState/replaceState, a
// refocus of the same window, idle while a video plays) keeps the open
// interval and the alarm as they are, and writes no usage; only the badge is
// set again (a real navigation clears it). It still plans afresh when the
// budget ran out or shrank meanwhile (usage imported), or after a sleep.
import { isActive, nextEdge } from './active-hours';
import { applyEvent, isCounting } from './attention';
import { type DayUsage, nextAlarm, PAUSE_TOLERANCE_MS, remainingMs, splitByDay } from './budget';
import { dayKey } from './day';
import { badge, closingTime, headsUpKey, inHeadsUp, unchanged } from './interval';
import { countPauses, type PauseMark } from './pause-count';
import { ruleForUrl, type SiteRule } from './sites';

export {
  CHECKPOINT_MS,
  type DayUsage,
  grantSnooze,
  MIN_ALARM_MS,
  nextAlarm,
  PAUSE_TOLERANCE_MS,
  remainingMs,
  SLEEP_GAP_MS,
  splitByDay,
} from './budget';

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
  open: { host: string; tabId: number; since: number } | null;
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
  /** Today's usage by host. */
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

export function step(state: TrackerState, event: TrackerEvent, ctx: TrackerContext): StepResult {
  // With no alarm pending, an alarm is stale: the short timer beside it (see
  // effects.ts) already did its work, or it was cleared. Acting on it again
  // would pause a tab that is already on its way to the pause page.
  if (event.type === 'alarm' && state.alarmAt === null) return { state, effects: [] };
  const effects: Effect[] = [];
  const next = applyEvent(state, event);
  const same = unchanged(state, next, event, ctx);
  if (same && state.open) {
    return {
      state: { ...next, open: state.open, alarmAt: state.alarmAt },
      effects: [badge(state.open.tabId, same.left, ctx)],
    };
  }
  const today = dayKey(ctx.now, ctx.dayStartHour);
  const usage: Record<string, DayUsage> = {};
  for (const [host, u] of Object.entries(ctx.usage)) usage[host] = { ...u };

  if (state.open) {
    const { host, since } = state.open;
    for (const part of splitByDay(since, closingTime(state, event, ctx.now), ctx.dayStartHour)) {
      effects.push({ type: 'addUsage', day: part.day, host, ms: part.ms });
      if (part.day === today) {
        const u = usage[host] ?? { ms: 0, grantedMs: 0 };
        usage[host] = { ...u, ms: u.ms + part.ms };
      }
    }
  }

  let open: TrackerState['open'] = null;
  let alarmAt: number | null = null;
  let notified = next.notified ?? null;
  // Set now, an alarm cannot fire before now, however late its time.
  const setAlarm = (when: number) => {
    alarmAt = Math.max(when, ctx.handledAt ?? ctx.now);
    effects.push({ type: 'setAlarm', when });
  };
  const viewed = isCounting(next) ? ruleForUrl(next.viewing.url, ctx.rules) : undefined;
  const rule = viewed && isActive(viewed.activeHours, ctx.now) ? viewed : undefined;
  if (rule && isCounting(next) && next.viewing.url) {
    const { tabId, url } = next.viewing;
    const remaining = remainingMs(rule, usage[rule.host]);
    if (remaining <= PAUSE_TOLERANCE_MS) {
      effects.push({
        type: 'pause',
        tabId,
        host: rule.host,
        url,
        usedMs: usage[rule.host]?.ms ?? 0,
      });
    } else {
      open = { host: rule.host, tabId, since: ctx.now };
      const edge = nextEdge(rule.activeHours, ctx.now) ?? Number.POSITIVE_INFINITY;
      const headsUpMs = ctx.headsUpMs ?? 0;
      const headsUpAt =
        headsUpMs > 0 && remaining > headsUpMs
          ? ctx.now + remaining - headsUpMs
          : Number.POSITIVE_INFINITY;
      setAlarm(Math.min(nextAlarm(ctx.now, remaining, ctx.dayStartHour), edge, headsUpAt));
      effects.push(badge(tabId, remaining, ctx));
      const key = headsUpKey(today, rule, usage[rule.host]);
      if (inHeadsUp(remaining, ctx) && ctx.notify && next.notified !== key) {
        notified = key;
        effects.push({
          type: 'notify',
          host: rule.host,
          minutesLeft: Math.ceil(remaining / 60_000),
        });
      }
    }
  } else if (viewed) {
    // Outside its active hours: wake when they begin, and at no other time.
    const edge = nextEdge(viewed.activeHours, ctx.now);
    if (edge !== null) setAlarm(edge);
  }
  if (alarmAt === null && state.alarmAt !== null) effects.push({ type: 'clearAlarm' });
  if (state.open && state.open.tabId !== open?.tabId) {
    effects.push({ type: 'badge', tabId: state.open.tabId, minutesLeft: null });
  }
  const counted = countPauses(state.paused, { viewing: next.viewing, open }, effects, today);
  return {
    state: { ...next, open, alarmAt, notified, paused: counted.paused },
    effects: counted.effects,
  };
}
