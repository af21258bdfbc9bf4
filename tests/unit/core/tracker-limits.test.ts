// Time accounting, limits: the alarm at the budget's end, the pause, the badge, more minutes.
// State goes through JSON between steps, as if the worker died (see tracker-sim.ts).
import { describe, expect, it } from 'vitest';
import { grantSnooze } from '../../../utils/core/tracker';
import { M_SOCIAL, only, S, Sim, SOCIAL, social, T0, tab } from './tracker-sim';

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

  it('pauses once when the short timer and the alarm both fire at the end', () => {
    const sim = new Sim();
    sim.send({ type: 'tabActivated', tab: tab(1, SOCIAL) }, T0);
    sim.send({ type: 'idle', state: 'idle' }, T0 + 35 * S);
    sim.send({ type: 'idle', state: 'active' }, T0 + 40 * S);
    const end = sim.alarm ?? 0;
    expect(end).toBe(T0 + 65 * S); // under 30 s ahead: a timer goes with it
    const alarm = { type: 'alarm', scheduledTime: end, browserFocused: true } as const;
    expect(only(sim.send(alarm, end), 'pause')).toHaveLength(1);
    expect(sim.send(alarm, end + 5)).toEqual([]);
    expect(sim.pauses()).toHaveLength(1);
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
    // A checkpoint planned at the grant; the same page again changes nothing.
    expect(sim.alarm).toBe(T0 + 122 * S); // the end comes at 62 s + 5 min
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

  it('adds nothing while an earlier grant for the site is still unused', () => {
    // Two paused tabs of one site: the first grant gives 5 minutes, the second
    // press (still within them) adds nothing, so grants never stack.
    const first = grantSnooze(social, { ms: 60 * S, grantedMs: 0 }, 5);
    expect(grantSnooze(social, first, 5)).toEqual(first);
    expect(grantSnooze(social, { ms: 200 * S, grantedMs: 300 * S }, 5)).toEqual({
      ms: 200 * S,
      grantedMs: 300 * S,
    });
    // Within the daily budget itself there is nothing to grant either.
    expect(grantSnooze(social, { ms: 10 * S, grantedMs: 0 }, 5)).toEqual({
      ms: 10 * S,
      grantedMs: 0,
    });
    // Used up (to within a second): a grant again.
    expect(grantSnooze(social, { ms: 359_500, grantedMs: 300 * S }, 5)).toEqual({
      ms: 359_500,
      grantedMs: 600_000,
    });
  });
});
