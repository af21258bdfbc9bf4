import { describe, expect, it } from 'vitest';
import type { SiteRule } from '../../utils/sites';
import {
  type DayUsage,
  type Effect,
  grantSnooze,
  INITIAL_STATE,
  nextAlarm,
  splitByDay,
  step,
  type Tab,
  type TrackerEvent,
  type TrackerState,
} from '../../utils/tracker';

const T0 = new Date(2026, 10, 22, 10, 0, 0).getTime();
const S = 1000;
const social: SiteRule = { host: 'social.test', label: 'social.test', dailyMinutes: 1 };
const news: SiteRule = { host: 'news.test', label: 'news.test', dailyMinutes: 10 };

const tab = (tabId: number, url?: string, windowId = 1): Tab => ({ tabId, windowId, url });
const SOCIAL = 'https://social.test/feed';
const M_SOCIAL = 'https://m.social.test/';

/** Plays the shell: keeps usage per day and the alarm, feeds events at times. */
class Sim {
  state: TrackerState;
  usage: Record<string, Record<string, DayUsage>> = {};
  effects: Effect[] = [];
  alarm: number | null = null;
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
  today(now: number) {
    const d = new Date(now);
    if (d.getHours() < this.dayStartHour) d.setDate(d.getDate() - 1);
    return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
  }
  send(event: TrackerEvent, now: number) {
    const result = step(this.state, event, {
      now,
      rules: this.rules,
      usage: this.usage[this.today(now)] ?? {},
      dayStartHour: this.dayStartHour,
      showBadge: true,
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
      if (e.type === 'setAlarm') this.alarm = e.when;
      if (e.type === 'clearAlarm') this.alarm = null;
    }
    return result.effects;
  }
  /** Fire the pending alarm, optionally late (the machine was asleep). */
  fireAlarm(lateBy = 0) {
    const when = this.alarm;
    if (when === null) throw new Error('no alarm set');
    this.alarm = null;
    return this.send({ type: 'alarm', scheduledTime: when }, when + lateBy);
  }
  used(host: string, now = T0) {
    return this.usage[this.today(now)]?.[host]?.ms ?? 0;
  }
  pauses() {
    return this.effects.filter((e) => e.type === 'pause');
  }
}

describe('tracker: what counts', () => {
  it('counts only while the limited site is the active tab', () => {
    const sim = new Sim();
    sim.send({ type: 'tabActivated', tab: tab(1, SOCIAL) }, T0);
    sim.send({ type: 'tabActivated', tab: tab(2) }, T0 + 30 * S); // another site: url unseen
    sim.send({ type: 'tabActivated', tab: tab(1, SOCIAL) }, T0 + 50 * S);
    sim.send({ type: 'tabActivated', tab: tab(2) }, T0 + 55 * S);
    expect(sim.used('social.test')).toBe(35 * S);
  });

  it('never counts or pauses a site that is not limited', () => {
    const sim = new Sim();
    sim.send({ type: 'tabActivated', tab: tab(1, 'https://calm.test/') }, T0);
    sim.send({ type: 'tabActivated', tab: tab(2) }, T0 + 3600 * S);
    expect(sim.usage).toEqual({});
    expect(sim.pauses()).toEqual([]);
    expect(sim.alarm).toBeNull();
  });

  it('counts subdomains towards their site', () => {
    const sim = new Sim();
    sim.send({ type: 'tabActivated', tab: tab(1, M_SOCIAL) }, T0);
    sim.send({ type: 'tabActivated', tab: tab(2) }, T0 + 20 * S);
    expect(sim.used('social.test')).toBe(20 * S);
  });

  it('stops at navigation away, even to a page it cannot see', () => {
    const sim = new Sim();
    sim.send({ type: 'tabActivated', tab: tab(1, SOCIAL) }, T0);
    sim.send({ type: 'tabUpdated', tab: tab(1), active: true }, T0 + 12 * S);
    sim.send({ type: 'tabUpdated', tab: tab(1), active: true }, T0 + 40 * S);
    expect(sim.used('social.test')).toBe(12 * S);
  });

  it('stops when the tab is closed', () => {
    const sim = new Sim();
    sim.send({ type: 'tabActivated', tab: tab(1, SOCIAL) }, T0);
    sim.send({ type: 'tabRemoved', tabId: 1 }, T0 + 7 * S);
    sim.send({ type: 'idle', state: 'active' }, T0 + 50 * S);
    expect(sim.used('social.test')).toBe(7 * S);
    expect(sim.alarm).toBeNull();
  });

  it('counts two tabs on one site once', () => {
    const sim = new Sim();
    sim.send({ type: 'tabActivated', tab: tab(1, SOCIAL) }, T0);
    sim.send({ type: 'tabActivated', tab: tab(2, M_SOCIAL) }, T0 + 20 * S);
    sim.send({ type: 'tabActivated', tab: tab(1, SOCIAL) }, T0 + 40 * S);
    sim.send({ type: 'tabActivated', tab: tab(3) }, T0 + 50 * S);
    expect(sim.used('social.test')).toBe(50 * S);
  });

  it('follows window switches with a no-window focus event between them', () => {
    const sim = new Sim();
    sim.send({ type: 'tabActivated', tab: tab(1, SOCIAL) }, T0);
    sim.send({ type: 'windowFocused', windowId: null, activeTab: null }, T0 + 30 * S);
    sim.send(
      { type: 'windowFocused', windowId: 2, activeTab: tab(9, SOCIAL, 2) },
      T0 + 30 * S + 150,
    );
    sim.send({ type: 'windowFocused', windowId: null, activeTab: null }, T0 + 50 * S);
    expect(sim.used('social.test')).toBe(50 * S - 150);
  });

  it('ignores a tab activated in a window that is not focused', () => {
    const sim = new Sim();
    sim.send({ type: 'tabActivated', tab: tab(1) }, T0);
    sim.send({ type: 'tabActivated', tab: tab(5, SOCIAL, 2) }, T0 + S);
    sim.send({ type: 'tabActivated', tab: tab(1) }, T0 + 30 * S);
    expect(sim.used('social.test')).toBe(0);
  });

  it('does not count while the browser has no focused window', () => {
    const sim = new Sim();
    sim.send({ type: 'tabActivated', tab: tab(1, SOCIAL) }, T0);
    sim.send({ type: 'windowFocused', windowId: null, activeTab: null }, T0 + 10 * S);
    sim.send({ type: 'windowFocused', windowId: 1, activeTab: tab(1, SOCIAL) }, T0 + 300 * S);
    sim.send({ type: 'tabActivated', tab: tab(2) }, T0 + 305 * S);
    expect(sim.used('social.test')).toBe(15 * S);
  });

  it.each(['idle', 'locked'] as const)('stops while %s and resumes when active', (state) => {
    const sim = new Sim();
    sim.send({ type: 'tabActivated', tab: tab(1, SOCIAL) }, T0);
    sim.send({ type: 'idle', state }, T0 + 40 * S);
    sim.send({ type: 'idle', state: 'active' }, T0 + 400 * S);
    sim.send({ type: 'tabActivated', tab: tab(2) }, T0 + 410 * S);
    expect(sim.used('social.test')).toBe(50 * S);
  });

  it('stops counting a site removed mid-interval', () => {
    const sim = new Sim();
    sim.send({ type: 'tabActivated', tab: tab(1, SOCIAL) }, T0);
    sim.rules = [news];
    const effects = sim.send({ type: 'settingsChanged' }, T0 + 25 * S);
    expect(effects).toContainEqual({ type: 'clearAlarm' });
    sim.send({ type: 'tabActivated', tab: tab(2) }, T0 + 100 * S);
    expect(sim.used('social.test')).toBe(25 * S);
  });

  it('starts counting a page as soon as its site is added', () => {
    const sim = new Sim([]);
    sim.send({ type: 'tabActivated', tab: tab(1) }, T0);
    sim.rules = [social];
    sim.send({ type: 'settingsChanged', viewing: tab(1, SOCIAL) }, T0 + 5 * S);
    sim.send({ type: 'tabActivated', tab: tab(2) }, T0 + 15 * S);
    expect(sim.used('social.test')).toBe(10 * S);
  });
});

describe('tracker: limits and the pause', () => {
  it('sets the alarm at the exact moment a 1-minute budget runs out, then pauses', () => {
    const sim = new Sim();
    sim.send({ type: 'tabActivated', tab: tab(1, SOCIAL) }, T0);
    expect(sim.alarm).toBe(T0 + 60 * S);
    const effects = sim.fireAlarm();
    expect(effects).toContainEqual({
      type: 'pause',
      tabId: 1,
      host: 'social.test',
      url: SOCIAL,
      usedMs: 60 * S,
    });
    expect(sim.alarm).toBeNull();
  });

  it('keeps the budget across interruptions', () => {
    const sim = new Sim();
    sim.send({ type: 'tabActivated', tab: tab(1, SOCIAL) }, T0);
    sim.send({ type: 'tabActivated', tab: tab(2) }, T0 + 45 * S);
    sim.send({ type: 'tabActivated', tab: tab(1, SOCIAL) }, T0 + 100 * S);
    expect(sim.alarm).toBe(T0 + 115 * S);
    sim.fireAlarm();
    expect(sim.pauses()).toHaveLength(1);
    expect(sim.used('social.test')).toBe(60 * S);
  });

  it('pauses at once when a used-up site is opened again', () => {
    const sim = new Sim();
    sim.send({ type: 'tabActivated', tab: tab(1, SOCIAL) }, T0);
    sim.fireAlarm();
    sim.send(
      { type: 'tabUpdated', tab: tab(1, 'chrome-extension://id/pause.html'), active: true },
      T0 + 61 * S,
    );
    const effects = sim.send(
      { type: 'tabUpdated', tab: tab(1, M_SOCIAL), active: true },
      T0 + 90 * S,
    );
    expect(effects.filter((e) => e.type === 'pause')).toHaveLength(1);
    expect(sim.used('social.test')).toBe(60 * S);
  });

  it('survives the worker stopping mid-interval (state is plain data)', () => {
    const sim = new Sim();
    sim.send({ type: 'tabActivated', tab: tab(1, SOCIAL) }, T0);
    // Nothing happens for 30 s; the worker is stopped; the alarm still fires.
    sim.state = JSON.parse(JSON.stringify(sim.state));
    sim.fireAlarm();
    expect(sim.used('social.test')).toBe(60 * S);
    expect(sim.pauses()).toHaveLength(1);
  });

  it('checkpoints once a minute on a long budget, and lands on the exact end', () => {
    const sim = new Sim();
    sim.send({ type: 'tabActivated', tab: tab(1, 'https://news.test/') }, T0);
    const alarms: number[] = [];
    while (sim.pauses().length === 0) {
      alarms.push((sim.alarm ?? 0) - T0);
      sim.fireAlarm();
    }
    expect(alarms).toEqual([60, 120, 180, 240, 300, 360, 420, 480, 540, 600].map((s) => s * S));
    expect(sim.used('news.test')).toBe(600 * S);
  });

  it('shows the minutes left on the badge and clears it on leaving', () => {
    const sim = new Sim();
    const first = sim.send({ type: 'tabActivated', tab: tab(1, 'https://news.test/') }, T0);
    expect(first).toContainEqual({ type: 'badge', tabId: 1, minutesLeft: 10 });
    sim.fireAlarm();
    expect(sim.effects).toContainEqual({ type: 'badge', tabId: 1, minutesLeft: 9 });
    const leave = sim.send({ type: 'tabActivated', tab: tab(2) }, T0 + 70 * S);
    expect(leave).toContainEqual({ type: 'badge', tabId: 1, minutesLeft: null });
  });

  it('gives snoozed minutes, counts them, and pauses again when they end', () => {
    const sim = new Sim(undefined, 0);
    sim.send({ type: 'tabActivated', tab: tab(1, SOCIAL) }, T0);
    sim.fireAlarm();
    const day = sim.today(T0);
    const dayUsage = sim.usage[day] ?? {};
    dayUsage['social.test'] = grantSnooze(social, dayUsage['social.test'], 5);
    sim.send({ type: 'settingsChanged' }, T0 + 62 * S);
    sim.send({ type: 'tabUpdated', tab: tab(1, SOCIAL), active: true }, T0 + 63 * S);
    expect(sim.alarm).toBe(T0 + 123 * S); // a checkpoint; the end comes at 63 s + 5 min
    while (sim.pauses().length < 2) sim.fireAlarm();
    expect(sim.used('social.test')).toBe(6 * 60 * S);
    // Time on the pause page in between never counted: 60 s + 300 s exactly.
  });

  it('grants a snooze from what is used now, even after an overshoot', () => {
    expect(grantSnooze(social, { ms: 60 * S, grantedMs: 0 }, 5)).toEqual({
      ms: 60 * S,
      grantedMs: 300 * S,
    });
    expect(grantSnooze(social, { ms: 370 * S, grantedMs: 300 * S }, 5)).toEqual({
      ms: 370 * S,
      grantedMs: 610 * S,
    });
  });
});

describe('tracker: sleep, days and restarts', () => {
  it('drops the time the machine slept through its alarm', () => {
    const sim = new Sim();
    sim.send({ type: 'tabActivated', tab: tab(1, 'https://news.test/') }, T0);
    sim.fireAlarm(); // checkpoint at 60 s
    // The lid closes; the next checkpoint fires two hours late, on waking.
    sim.fireAlarm(2 * 3600 * S);
    expect(sim.used('news.test')).toBe(120 * S);
    sim.send({ type: 'tabActivated', tab: tab(2) }, T0 + 2 * 3600 * S + 130 * S);
    expect(sim.used('news.test')).toBe(130 * S);
  });

  it('drops a sleep gap even when another event arrives before the late alarm', () => {
    const sim = new Sim();
    sim.send({ type: 'tabActivated', tab: tab(1, 'https://news.test/') }, T0);
    sim.send({ type: 'idle', state: 'active' }, T0 + 3 * 3600 * S);
    expect(sim.used('news.test')).toBe(60 * S);
  });

  it('splits an interval across midnight and gives the new day a fresh budget', () => {
    const lateNight = new Date(2026, 10, 22, 23, 59, 30).getTime();
    const sim = new Sim(undefined, 0, undefined, lateNight);
    sim.send({ type: 'tabActivated', tab: tab(1, SOCIAL) }, lateNight);
    expect(sim.alarm).toBe(new Date(2026, 10, 23).getTime());
    sim.fireAlarm();
    sim.send({ type: 'tabActivated', tab: tab(2) }, lateNight + 50 * S);
    expect(sim.usage['2026-11-22']?.['social.test']?.ms).toBe(30 * S);
    expect(sim.usage['2026-11-23']?.['social.test']?.ms).toBe(20 * S);
    expect(sim.pauses()).toEqual([]);
  });

  it('resets usage at a 04:00 day start, not at midnight', () => {
    const night = new Date(2026, 10, 23, 3, 59, 0).getTime();
    const sim = new Sim(undefined, 4, undefined, night);
    sim.send({ type: 'tabActivated', tab: tab(1, SOCIAL) }, night);
    sim.send({ type: 'tabActivated', tab: tab(2) }, night + 40 * S);
    expect(sim.usage['2026-11-22']?.['social.test']?.ms).toBe(40 * S);
    sim.send({ type: 'tabActivated', tab: tab(1, SOCIAL) }, night + 70 * S);
    sim.send({ type: 'tabActivated', tab: tab(2) }, night + 80 * S);
    expect(sim.usage['2026-11-23']?.['social.test']?.ms).toBe(10 * S);
  });

  it('splits across a daylight-saving night by local days', () => {
    const from = new Date(2026, 2, 28, 23, 0).getTime();
    const to = new Date(2026, 2, 29, 4, 0).getTime(); // 4 real hours: 02:00 does not exist
    expect(splitByDay(from, to, 0)).toEqual([
      { day: '2026-03-28', ms: 3600 * S },
      { day: '2026-03-29', ms: 3 * 3600 * S },
    ]);
  });
});

describe('nextAlarm', () => {
  it('lands on the budget end without a too-short checkpoint before it', () => {
    expect(nextAlarm(T0, 10 * 60 * S, 0)).toBe(T0 + 60 * S);
    expect(nextAlarm(T0, 90 * S, 0)).toBe(T0 + 60 * S);
    expect(nextAlarm(T0, 89 * S, 0)).toBe(T0 + 89 * S);
    expect(nextAlarm(T0, 20 * S, 0)).toBe(T0 + 20 * S);
  });
});
