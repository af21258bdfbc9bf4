// The tracker's decisions about the interval already open (see tracker.ts
// for the rules): when it really ended (sleep), whether an event leaves it
// going on untouched, and the badge and heads-up that go with what is left.
import { isActive } from './active-hours';
import { isCounting } from './attention';
import { type DayUsage, PAUSE_TOLERANCE_MS, remainingMs, SLEEP_GAP_MS } from './budget';
import { MINUTE_MS, minutesMs } from './minute';
import { rulesForUrl, type SiteRule } from './sites';
import type { Effect, TrackerContext, TrackerEvent, TrackerState } from './tracker-model';

/**
 * When the open interval really ended: the event's time, unless the machine
 * slept: nothing was heard for more than SLEEP_GAP_MS after the alarm could
 * first fire (never before it was set, however long the work waited).
 */
export function closingTime(state: TrackerState, event: TrackerEvent, now: number): number {
  const due =
    event.type === 'alarm'
      ? Math.max(event.scheduledTime, state.alarmAt ?? event.scheduledTime)
      : state.alarmAt;
  const end = due !== null && now > due + SLEEP_GAP_MS ? due : now;
  return Math.max(end, state.open?.since ?? end);
}

/** The badge for `left` ms of budget: minutes, calm in the heads-up. */
export function badge(tabId: number, left: number, ctx: TrackerContext): Effect {
  const minutesLeft = Math.ceil(left / MINUTE_MS);
  if (inHeadsUp(left, ctx)) return { type: 'badge', tabId, minutesLeft, headsUp: true };
  return { type: 'badge', tabId, minutesLeft: ctx.showBadge ? minutesLeft : null };
}

export const inHeadsUp = (left: number, ctx: TrackerContext) =>
  (ctx.headsUpMs ?? 0) > 0 && left <= (ctx.headsUpMs ?? 0);

/** Which pause a heads-up is for: a grant of more minutes makes a new one. */
export const headsUpKey = (day: string, rule: SiteRule, usage: DayUsage | undefined) =>
  `${day}|${rule.host}|${minutesMs(rule.dailyMinutes) + (usage?.grantedMs ?? 0)}`;

/**
 * The same tab stays counted for the same rules and nothing else changed: no
 * alarm or settings event (those plan afresh), no sleep, and the budget still
 * lasts until the pending alarm. Then the open interval simply goes on.
 */
export function unchanged(
  state: TrackerState,
  next: TrackerState,
  event: TrackerEvent,
  ctx: TrackerContext,
): { left: number } | null {
  const { open, alarmAt } = state;
  if (!open || alarmAt === null) return null;
  if (event.type === 'alarm' || event.type === 'settingsChanged') return null;
  if (closingTime(state, event, ctx.now) !== ctx.now) return null;
  if (!isCounting(next) || next.viewing.tabId !== open.tabId) return null;
  // The same rules, all in their hours (an address moving into or out of a
  // part of a site changes them, and so does a rule waiting for its hours).
  const rules = rulesForUrl(next.viewing.url, ctx.rules);
  const keys = [open.host, ...(open.also ?? [])];
  if (rules.length !== keys.length || rules.some((r, i) => r.host !== keys[i])) return null;
  if (!rules.every((r) => isActive(r.activeHours, ctx.now))) return null;
  const left =
    Math.min(...rules.map((r) => remainingMs(r, ctx.usage[r.host]))) - (ctx.now - open.since);
  if (left <= PAUSE_TOLERANCE_MS || ctx.now + left < alarmAt) return null;
  return { left };
}
