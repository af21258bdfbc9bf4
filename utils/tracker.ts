// Time accounting as a pure reducer: (state, event, context) → (state, effects).
// Time counts only while a limited site is the active tab of the focused
// window and the person is not idle or locked. Every event closes the open
// interval (crediting it, split at day starts) and decides afresh. One alarm
// serves as both the limit (at the exact moment the budget runs out) and a
// once-a-minute checkpoint while counting, so usage is saved often and a gap
// in which nothing woke the worker (the machine slept) is recognised and
// dropped. The browser-facing shell lives in entrypoints/background/.
import { dayKey, nextDayStart } from './day';
import { ruleForUrl, type SiteRule } from './sites';

export const CHECKPOINT_MS = 60_000;
/** Idle detection interval; an alarm this late means the machine slept. */
export const SLEEP_GAP_MS = 60_000;
/** Packed extensions cannot set an alarm sooner than this. */
export const MIN_ALARM_MS = 30_000;
/** Less budget than this left counts as used up. */
export const PAUSE_TOLERANCE_MS = 1_000;

export type IdleState = 'active' | 'idle' | 'locked';

export interface Tab {
  tabId: number;
  windowId: number;
  /** Only known for sites the extension has access to, i.e. limited ones. */
  url?: string;
}

export interface TrackerState {
  focusedWindowId: number | null;
  /** The active tab of the focused window. */
  viewing: Tab | null;
  idle: IdleState;
  open: { host: string; tabId: number; since: number } | null;
  /** When the next alarm is due; hearing from nothing long after it means sleep. */
  alarmAt: number | null;
}

export const INITIAL_STATE: TrackerState = {
  focusedWindowId: null,
  viewing: null,
  idle: 'active',
  open: null,
  alarmAt: null,
};

export type TrackerEvent =
  | { type: 'init'; focusedWindowId: number | null; viewing: Tab | null; idle: IdleState }
  | { type: 'tabActivated'; tab: Tab }
  | { type: 'tabUpdated'; tab: Tab; active: boolean }
  | { type: 'tabRemoved'; tabId: number }
  | { type: 'windowFocused'; windowId: number | null; activeTab: Tab | null }
  | { type: 'idle'; state: IdleState }
  | { type: 'alarm'; scheduledTime: number }
  | { type: 'settingsChanged'; viewing?: Tab | null };

export interface DayUsage {
  ms: number;
  grantedMs: number;
}

export interface TrackerContext {
  now: number;
  rules: readonly SiteRule[];
  /** Today's usage by host. */
  usage: Readonly<Record<string, DayUsage>>;
  dayStartHour: number;
  showBadge: boolean;
}

export type Effect =
  | { type: 'addUsage'; day: string; host: string; ms: number }
  | { type: 'setAlarm'; when: number }
  | { type: 'clearAlarm' }
  | { type: 'pause'; tabId: number; host: string; url: string; usedMs: number }
  | { type: 'badge'; tabId: number; minutesLeft: number | null };

export interface StepResult {
  state: TrackerState;
  effects: Effect[];
}

function applyEvent(state: TrackerState, event: TrackerEvent): TrackerState {
  switch (event.type) {
    case 'init':
      return {
        ...state,
        focusedWindowId: event.focusedWindowId,
        viewing: event.viewing,
        idle: event.idle,
      };
    case 'tabActivated':
      return event.tab.windowId === state.focusedWindowId
        ? { ...state, viewing: event.tab }
        : state;
    case 'tabUpdated': {
      const isViewed = state.viewing?.tabId === event.tab.tabId;
      const nowViewed = event.active && event.tab.windowId === state.focusedWindowId;
      return isViewed || nowViewed ? { ...state, viewing: event.tab } : state;
    }
    case 'tabRemoved':
      return state.viewing?.tabId === event.tabId ? { ...state, viewing: null } : state;
    case 'windowFocused':
      return { ...state, focusedWindowId: event.windowId, viewing: event.activeTab };
    case 'idle':
      return { ...state, idle: event.state };
    case 'alarm':
      return state;
    case 'settingsChanged':
      return event.viewing === undefined ? state : { ...state, viewing: event.viewing };
  }
}

/** When the open interval really ended: now, unless the worker slept through its alarm. */
function closingTime(state: TrackerState, event: TrackerEvent, now: number): number {
  let end = now;
  if (state.alarmAt !== null && now > state.alarmAt + SLEEP_GAP_MS) end = state.alarmAt;
  if (event.type === 'alarm' && now > event.scheduledTime + SLEEP_GAP_MS) {
    end = Math.min(end, event.scheduledTime);
  }
  return Math.max(end, state.open?.since ?? end);
}

/** [from, to) cut at the user's day starts: [{ day, ms }]. */
export function splitByDay(from: number, to: number, dayStartHour: number) {
  const parts: { day: string; ms: number }[] = [];
  for (let t = from; t < to; ) {
    const end = Math.min(to, nextDayStart(t, dayStartHour));
    parts.push({ day: dayKey(t, dayStartHour), ms: end - t });
    t = end;
  }
  return parts;
}

export function remainingMs(rule: SiteRule, usage: DayUsage | undefined): number {
  return rule.dailyMinutes * 60_000 + (usage?.grantedMs ?? 0) - (usage?.ms ?? 0);
}

/** The next alarm: a checkpoint a minute on, or the budget's end, or the day's. */
export function nextAlarm(now: number, remaining: number, dayStartHour: number): number {
  const exhaustion = now + remaining;
  const checkpoint = remaining >= CHECKPOINT_MS + MIN_ALARM_MS ? now + CHECKPOINT_MS : exhaustion;
  return Math.min(checkpoint, exhaustion, nextDayStart(now, dayStartHour));
}

function isCounting(s: TrackerState): s is TrackerState & { viewing: Tab } {
  return (
    s.idle === 'active' &&
    s.focusedWindowId !== null &&
    s.viewing !== null &&
    s.viewing.windowId === s.focusedWindowId
  );
}

export function step(state: TrackerState, event: TrackerEvent, ctx: TrackerContext): StepResult {
  const effects: Effect[] = [];
  const next = applyEvent(state, event);
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
  const rule = isCounting(next) ? ruleForUrl(next.viewing.url, ctx.rules) : undefined;
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
      alarmAt = nextAlarm(ctx.now, remaining, ctx.dayStartHour);
      effects.push({ type: 'setAlarm', when: alarmAt });
      const minutesLeft = ctx.showBadge ? Math.ceil(remaining / 60_000) : null;
      effects.push({ type: 'badge', tabId, minutesLeft });
    }
  }
  if (!open && state.alarmAt !== null) effects.push({ type: 'clearAlarm' });
  if (state.open && state.open.tabId !== open?.tabId) {
    effects.push({ type: 'badge', tabId: state.open.tabId, minutesLeft: null });
  }
  return { state: { ...next, open, alarmAt }, effects };
}

/** "5 more minutes": from what is used now, allow `snoozeMinutes` more today. */
export function grantSnooze(
  rule: SiteRule,
  usage: DayUsage | undefined,
  snoozeMinutes: number,
): DayUsage {
  const ms = usage?.ms ?? 0;
  const granted = usage?.grantedMs ?? 0;
  return {
    ms,
    grantedMs: Math.max(granted, ms - rule.dailyMinutes * 60_000) + snoozeMinutes * 60_000,
  };
}
