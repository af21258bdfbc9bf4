// Time accounting with active hours: outside them nothing is counted, no
// badge shows and no pause comes; the alarm wakes at an edge of the hours
// while a limited site is open, and at no other time.
import { describe, expect, it } from 'vitest';
import type { SiteRule } from '../../../utils/core/sites';
import { only, S, Sim, tab } from './tracker-sim';

// 2026-11-20 is a Friday.
const at = (day: number, h: number, m = 0, s = 0) => new Date(2026, 10, day, h, m, s).getTime();
const work: SiteRule = {
  host: 'work.test',
  label: 'work.test',
  dailyMinutes: 1,
  activeHours: { days: [1, 2, 3, 4, 5], from: 9 * 60, to: 17 * 60 },
};
const night: SiteRule = {
  host: 'night.test',
  label: 'night.test',
  dailyMinutes: 30,
  activeHours: { days: [5], from: 22 * 60, to: 2 * 60 },
};
const WORK = 'https://work.test/';
const NIGHT = 'https://night.test/';
const start = (now: number) =>
  new Sim(
    [work, night],
    0,
    { type: 'init', focusedWindowId: 1, viewing: null, idle: 'active' },
    now,
  );

describe('tracker: active hours', () => {
  it('never counts, badges or pauses a used-up site outside its hours', () => {
    const sim = start(at(21, 12)); // Saturday
    sim.addStored('work.test', 60 * S, at(21, 12));
    const effects = sim.send({ type: 'tabActivated', tab: tab(1, WORK) }, at(21, 12));
    expect(only(effects, 'pause')).toEqual([]);
    expect(only(effects, 'badge')).toEqual([]);
    sim.send({ type: 'tabActivated', tab: tab(2) }, at(21, 13));
    expect(sim.used('work.test', at(21, 12))).toBe(60 * S);
    expect(sim.alarm).toBeNull();
  });

  it('wakes at the start of the hours while the site is open, then counts and pauses', () => {
    const sim = start(at(20, 8, 59));
    sim.send({ type: 'tabActivated', tab: tab(1, WORK) }, at(20, 8, 59));
    expect(sim.alarm).toBe(at(20, 9));
    expect(sim.state.open).toBeNull();
    const opened = sim.fireAlarm();
    expect(opened).toContainEqual({ type: 'badge', tabId: 1, minutesLeft: 1 });
    expect(sim.alarm).toBe(at(20, 9, 1));
    expect(only(sim.fireAlarm(), 'pause')).toHaveLength(1);
    expect(sim.used('work.test', at(20, 9))).toBe(60 * S);
  });

  it('sets no alarm for a site outside its hours that is not open', () => {
    const sim = start(at(20, 8));
    sim.send({ type: 'tabActivated', tab: tab(1, 'https://calm.test/') }, at(20, 8));
    sim.send({ type: 'tabActivated', tab: tab(2) }, at(20, 8, 30));
    expect(sim.alarm).toBeNull();
  });

  it('stops counting at the end of the hours, to the second', () => {
    const sim = start(at(20, 16, 59, 40));
    sim.send({ type: 'tabActivated', tab: tab(1, WORK) }, at(20, 16, 59, 40));
    expect(sim.alarm).toBe(at(20, 17));
    const closed = sim.fireAlarm();
    expect(closed).toContainEqual({ type: 'badge', tabId: 1, minutesLeft: null });
    expect(sim.used('work.test', at(20, 17))).toBe(20 * S);
    expect(sim.alarm).toBe(at(23, 9)); // Monday, still open in the tab
    expect(sim.pauses()).toEqual([]);
  });

  it('counts an overnight window into the next day, split at midnight', () => {
    const sim = start(at(20, 23, 50));
    sim.send({ type: 'tabActivated', tab: tab(1, NIGHT) }, at(20, 23, 50));
    while ((sim.alarm ?? 0) <= at(21, 0, 20)) sim.fireAlarm();
    sim.send({ type: 'tabActivated', tab: tab(2) }, at(21, 0, 20));
    expect(sim.usage['2026-11-20']?.['night.test']?.ms).toBe(600 * S);
    expect(sim.usage['2026-11-21']?.['night.test']?.ms).toBe(1200 * S);
  });

  it('keeps active hours in clock time with a 04:00 day start', () => {
    const sim = new Sim([night], 4, undefined, at(21, 1, 50));
    sim.send({ type: 'tabActivated', tab: tab(1, NIGHT) }, at(21, 1, 50));
    while ((sim.alarm ?? Number.POSITIVE_INFINITY) < at(21, 2)) sim.fireAlarm();
    expect(sim.alarm).toBe(at(21, 2)); // the window ends before the day does
    sim.fireAlarm();
    // Before 04:00 Saturday is still Friday's day.
    expect(sim.usage['2026-11-20']?.['night.test']?.ms).toBe(600 * S);
    expect(sim.alarm).toBe(at(27, 22));
  });
});
