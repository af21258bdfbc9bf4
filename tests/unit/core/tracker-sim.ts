// The harness for the tracker's event tables: plays the worker shell around
// the pure step(). State goes through JSON between events, as if the worker
// had been stopped; usage is kept per day; the one alarm fires when the
// browser would fire it (never before the moment it was really set).
import type { SiteRule } from '../../../utils/core/sites';
import {
  type DayUsage,
  type Effect,
  INITIAL_STATE,
  step,
  type Tab,
  type TrackerEvent,
  type TrackerState,
} from '../../../utils/core/tracker';

export const T0 = new Date(2026, 10, 22, 10, 0, 0).getTime();
export const S = 1000;
export const social: SiteRule = { host: 'social.test', label: 'social.test', dailyMinutes: 1 };
export const news: SiteRule = { host: 'news.test', label: 'news.test', dailyMinutes: 10 };

export const tab = (tabId: number, url?: string, windowId = 1, audible?: boolean): Tab =>
  audible === undefined ? { tabId, windowId, url } : { tabId, windowId, url, audible };
export const SOCIAL = 'https://social.test/feed';
export const M_SOCIAL = 'https://m.social.test/';
export const NEWS = 'https://news.test/';

export interface SendOptions {
  /**
   * When the queued work really ran (default: at once). The worker handles
   * events one at a time, so an event can wait, e.g. behind a long import
   * holding the usage store.
   */
  handledAt?: number;
}

export class Sim {
  state: TrackerState;
  usage: Record<string, Record<string, DayUsage>> = {};
  /** Pauses counted, by day and host, as the store keeps them. */
  pauseCounts: Record<string, Record<string, number>> = {};
  effects: Effect[] = [];
  /** The pending alarm: the time asked for, and when it was really created. */
  pending: { when: number; setAt: number } | null = null;
  /** The heads-up before the pause (0 = off) and whether it notifies. */
  headsUpMs = 0;
  notify = false;
  showBadge = true;
  constructor(
    public rules: SiteRule[] = [social, news],
    public dayStartHour = 0,
    start: TrackerEvent = {
      type: 'init',
      focusedWindowId: 1,
      viewing: null,
      idle: 'active',
    },
    at = T0,
  ) {
    this.state = INITIAL_STATE;
    this.send(start, at);
  }
  get alarm(): number | null {
    return this.pending?.when ?? null;
  }
  today(now: number) {
    const d = new Date(now);
    if (d.getHours() < this.dayStartHour) d.setDate(d.getDate() - 1);
    return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
  }
  send(event: TrackerEvent, now: number, opts: SendOptions = {}) {
    const handledAt = opts.handledAt ?? now;
    const result = step(this.state, event, {
      now,
      handledAt,
      rules: this.rules,
      usage: this.usage[this.today(handledAt)] ?? {},
      dayStartHour: this.dayStartHour,
      showBadge: this.showBadge,
      headsUpMs: this.headsUpMs,
      notify: this.notify,
    });
    // A worker may be stopped between any two events: only JSON survives.
    this.state = JSON.parse(JSON.stringify(result.state));
    for (const e of result.effects) {
      this.effects.push(e);
      if (e.type === 'addUsage') {
        const day = this.usage[e.day] ?? {};
        const u = day[e.host] ?? { ms: 0, grantedMs: 0 };
        day[e.host] = { ...u, ms: u.ms + e.ms };
        this.usage[e.day] = day;
      }
      if (e.type === 'countPause') {
        const day = this.pauseCounts[e.day] ?? {};
        day[e.host] = (day[e.host] ?? 0) + 1;
        this.pauseCounts[e.day] = day;
      }
      if (e.type === 'setAlarm') this.pending = { when: e.when, setAt: handledAt };
      if (e.type === 'clearAlarm') this.pending = null;
    }
    return result.effects;
  }
  /**
   * Fire the pending alarm, optionally late (the machine was asleep) or
   * while no browser window has focus (the person is in another application).
   * An alarm set for a time already past fires as soon as it is set.
   */
  fireAlarm(lateBy = 0, browserFocused = true, opts: SendOptions = {}) {
    const pending = this.pending;
    if (pending === null) throw new Error('no alarm set');
    this.pending = null;
    const firesAt = Math.max(pending.when, pending.setAt) + lateBy;
    return this.send({ type: 'alarm', scheduledTime: pending.when, browserFocused }, firesAt, opts);
  }
  /** Grant more minutes, as the worker's snooze handler does. */
  grant(host: string, ms: number, now = T0) {
    const day = this.usage[this.today(now)] ?? {};
    const u = day[host] ?? { ms: 0, grantedMs: 0 };
    day[host] = { ...u, grantedMs: u.grantedMs + ms };
    this.usage[this.today(now)] = day;
  }
  /** Add usage from elsewhere (an import), as the store would. */
  addStored(host: string, ms: number, now = T0) {
    const day = this.usage[this.today(now)] ?? {};
    const u = day[host] ?? { ms: 0, grantedMs: 0 };
    day[host] = { ...u, ms: u.ms + ms };
    this.usage[this.today(now)] = day;
  }
  used(host: string, now = T0) {
    return this.usage[this.today(now)]?.[host]?.ms ?? 0;
  }
  /** Pauses counted for `host` on the day of `now`. */
  counted(host: string, now = T0) {
    return this.pauseCounts[this.today(now)]?.[host] ?? 0;
  }
  pauses() {
    return this.effects.filter((e) => e.type === 'pause');
  }
  writes() {
    return this.effects.filter((e) => e.type === 'addUsage');
  }
}

/** Only the effects of one type, for short expectations. */
export const only = <K extends Effect['type']>(effects: Effect[], type: K) =>
  effects.filter((e): e is Extract<Effect, { type: K }> => e.type === type);
