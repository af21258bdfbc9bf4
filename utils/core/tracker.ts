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
//
// A pause decided again before the tab gets there is counted once, and not
// sent again while it is on its way (pause-count.ts).
//
// A rule may be a part of a site ("youtube.com/shorts"): it counts while the
// viewed tab's address is under its path, and an address change within the
// page (pushState, reported by tabs.onUpdated) moves in or out of it like any
// navigation. Where a whole host and a part of it both limit an address, the
// one interval counts for each (`open.also`) against its own budget: the
// alarm comes at the nearest end, and the first budget used pauses the tab
// (the most specific rule first).
import { isActive, nextEdge } from './active-hours';
import { applyEvent, isCounting } from './attention';
import { type DayUsage, nextAlarm, PAUSE_TOLERANCE_MS, remainingMs, splitByDay } from './budget';
import { dayKey } from './day';
import { badge, closingTime, headsUpKey, inHeadsUp, unchanged } from './interval';
import { MINUTE_MS } from './minute';
import { countPauses } from './pause-count';
import { rulesForUrl, type SiteRule } from './sites';
import type {
  Effect,
  StepResult,
  TrackerContext,
  TrackerEvent,
  TrackerState,
} from './tracker-model';

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
export {
  type Effect,
  type IdleState,
  INITIAL_STATE,
  type StepResult,
  type Tab,
  type TrackerContext,
  type TrackerEvent,
  type TrackerState,
} from './tracker-model';

/** Every rule an open interval counts for. */
export function openRules(open: NonNullable<TrackerState['open']>): string[] {
  return [open.host, ...(open.also ?? [])];
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
    const { since } = state.open;
    const parts = splitByDay(since, closingTime(state, event, ctx.now), ctx.dayStartHour);
    for (const host of openRules(state.open)) {
      for (const part of parts) {
        effects.push({ type: 'addUsage', day: part.day, host, ms: part.ms });
        if (part.day === today) {
          const u = usage[host] ?? { ms: 0, grantedMs: 0 };
          usage[host] = { ...u, ms: u.ms + part.ms };
        }
      }
    }
  }

  let open: TrackerState['open'] = null;
  let alarmAt: number | null = null;
  let notified = next.notified ?? null;
  // Set now, an alarm cannot fire before now, however late its time.
  const setAlarm = (when: number, into: Effect[] = effects) => {
    alarmAt = Math.max(when, ctx.handledAt ?? ctx.now);
    into.push({ type: 'setAlarm', when });
  };
  const viewed = isCounting(next) ? rulesForUrl(next.viewing.url, ctx.rules) : [];
  const limiting = viewed.filter((r) => isActive(r.activeHours, ctx.now));
  // Every edge of the hours of a rule here: one starting or ending changes what counts.
  const edge = Math.min(
    ...viewed.map((r) => nextEdge(r.activeHours, ctx.now) ?? Number.POSITIVE_INFINITY),
  );
  if (limiting.length > 0 && isCounting(next) && next.viewing.url) {
    const { tabId, url } = next.viewing;
    const left = (r: SiteRule) => remainingMs(r, usage[r.host]);
    const used = limiting.find((r) => left(r) <= PAUSE_TOLERANCE_MS);
    if (used) {
      effects.push({
        type: 'pause',
        tabId,
        host: used.host,
        url,
        usedMs: usage[used.host]?.ms ?? 0,
      });
    } else {
      const [first, ...more] = limiting as [SiteRule, ...SiteRule[]];
      open = { host: first.host, tabId, since: ctx.now };
      if (more.length > 0) open.also = more.map((r) => r.host);
      // The rule whose budget ends first decides the alarm, the badge and the heads-up.
      const rule = limiting.reduce((a, b) => (left(b) < left(a) ? b : a));
      const remaining = left(rule);
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
          minutesLeft: Math.ceil(remaining / MINUTE_MS),
        });
      }
    }
  } else if (Number.isFinite(edge)) {
    // Outside its active hours: wake when they begin, and at no other time.
    setAlarm(edge);
  }
  if (state.open && state.open.tabId !== open?.tabId) {
    effects.push({ type: 'badge', tabId: state.open.tabId, minutesLeft: null });
  }
  const counted = countPauses(state.paused, { viewing: next.viewing, open }, effects, {
    day: today,
    now: ctx.now,
    mayHold: event.type !== 'init',
  });
  // A pause held back as on its way: look once more when it should have arrived.
  const { lookAgainAt } = counted;
  if (lookAgainAt !== undefined && alarmAt === null) setAlarm(lookAgainAt, counted.effects);
  if (alarmAt === null && state.alarmAt !== null) counted.effects.push({ type: 'clearAlarm' });
  return {
    state: { ...next, open, alarmAt, notified, paused: counted.paused },
    effects: counted.effects,
  };
}
