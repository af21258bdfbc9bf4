// A part of a site ("video.test/shorts") on a single-page site: time counts
// while the viewed tab's address is under the path, and an address change
// inside the page (pushState, told by tabs.onUpdated) moves in and out of it
// like a navigation. A whole host and a part of it both count where they
// apply, each against its own budget.
import { describe, expect, it } from 'vitest';
import type { SiteRule } from '../../../utils/core/sites';
import { only, S, Sim, T0, tab } from './tracker-sim';

const shorts: SiteRule = { host: 'video.test/shorts', label: 'video.test/shorts', dailyMinutes: 1 };
const video: SiteRule = { host: 'video.test', label: 'video.test', dailyMinutes: 10 };
const WATCH = 'https://video.test/watch?v=1';
const SHORT = (n: number) => `https://video.test/shorts/${n}`;
const moved = (url: string) => ({ type: 'tabUpdated', tab: tab(1, url), active: true }) as const;

describe('tracker: a part of a site', () => {
  it('counts nothing outside the path and sets no alarm there', () => {
    const sim = new Sim([shorts]);
    sim.send({ type: 'tabActivated', tab: tab(1, WATCH) }, T0);
    sim.send(moved('https://video.test/watch?v=2'), T0 + 20 * S);
    sim.send({ type: 'tabActivated', tab: tab(2) }, T0 + 40 * S);
    expect(sim.writes()).toEqual([]);
    expect(sim.alarm).toBeNull();
    expect(sim.state.open).toBeNull();
  });

  it('starts counting on an in-page move into the path and stops on the move out', () => {
    const sim = new Sim([shorts]);
    sim.send({ type: 'tabActivated', tab: tab(1, WATCH) }, T0);
    sim.send(moved(SHORT(1)), T0 + 10 * S);
    expect(sim.state.open).toMatchObject({ host: 'video.test/shorts', since: T0 + 10 * S });
    expect(sim.alarm).toBe(T0 + 70 * S);
    // Within the path: nothing written, the interval goes on.
    expect(only(sim.send(moved(SHORT(2)), T0 + 20 * S), 'addUsage')).toEqual([]);
    sim.send(moved(WATCH), T0 + 35 * S);
    expect(sim.used('video.test/shorts')).toBe(25 * S);
    expect(sim.state.open).toBeNull();
    expect(sim.alarm).toBeNull();
    // Back in later: counts on from what was used.
    sim.send(moved(SHORT(3)), T0 + 100 * S);
    expect(sim.alarm).toBe(T0 + 135 * S);
  });

  it('pauses at the budget after moves in and out, with the address under the path', () => {
    const sim = new Sim([shorts]);
    sim.send({ type: 'tabActivated', tab: tab(1, SHORT(1)) }, T0);
    sim.send(moved(WATCH), T0 + 30 * S);
    sim.send(moved(SHORT(2)), T0 + 90 * S);
    expect(sim.alarm).toBe(T0 + 120 * S);
    expect(only(sim.fireAlarm(), 'pause')).toEqual([
      { type: 'pause', tabId: 1, host: 'video.test/shorts', url: SHORT(2), usedMs: 60 * S },
    ]);
    expect(sim.counted('video.test/shorts')).toBe(1);
  });

  it('pauses at once on an in-page move into a part whose budget is used', () => {
    const sim = new Sim([shorts]);
    sim.addStored('video.test/shorts', 60 * S);
    sim.send({ type: 'tabActivated', tab: tab(1, WATCH) }, T0);
    expect(sim.pauses()).toEqual([]);
    expect(only(sim.send(moved(SHORT(1)), T0 + 5 * S), 'pause')).toEqual([
      expect.objectContaining({ host: 'video.test/shorts', url: SHORT(1) }),
    ]);
  });

  it('does not take a path that only starts with the same letters', () => {
    const sim = new Sim([shorts]);
    sim.send({ type: 'tabActivated', tab: tab(1, 'https://video.test/shortstack') }, T0);
    expect(sim.state.open).toBeNull();
  });
});

describe('tracker: a whole host and a part of it', () => {
  it('counts the host alone outside the part and both inside it, each against its own budget', () => {
    const sim = new Sim([video, shorts]);
    sim.send({ type: 'tabActivated', tab: tab(1, WATCH) }, T0);
    expect(sim.state.open).toMatchObject({ host: 'video.test' });
    expect(sim.state.open?.also).toBeUndefined();
    sim.send(moved(SHORT(1)), T0 + 30 * S);
    expect(sim.used('video.test')).toBe(30 * S);
    expect(sim.state.open).toMatchObject({ host: 'video.test/shorts', also: ['video.test'] });
    // The part's minute ends first: the alarm is for it.
    expect(sim.alarm).toBe(T0 + 90 * S);
    sim.send(moved(WATCH), T0 + 50 * S);
    expect(sim.used('video.test/shorts')).toBe(20 * S);
    expect(sim.used('video.test')).toBe(50 * S);
    expect(sim.state.open).toMatchObject({ host: 'video.test' });
  });

  it('pauses for the part whose budget ran out, and the rest of the host still counts', () => {
    const sim = new Sim([video, shorts]);
    sim.send({ type: 'tabActivated', tab: tab(1, SHORT(1)) }, T0);
    const effects = sim.fireAlarm();
    expect(only(effects, 'pause')).toEqual([
      expect.objectContaining({ host: 'video.test/shorts', usedMs: 60 * S }),
    ]);
    expect(sim.used('video.test')).toBe(60 * S);
    // Back to the rest of the site: the host's own budget goes on.
    sim.send(moved('https://video.test/'), T0 + 65 * S);
    expect(sim.state.open).toMatchObject({ host: 'video.test', since: T0 + 65 * S });
    expect(sim.alarm).toBe(T0 + 125 * S);
  });

  it('pauses for the host when its budget ends first, also inside the part', () => {
    const sim = new Sim([
      { ...video, dailyMinutes: 1 },
      { ...shorts, dailyMinutes: 5 },
    ]);
    sim.addStored('video.test', 50 * S);
    sim.send({ type: 'tabActivated', tab: tab(1, SHORT(1)) }, T0);
    expect(sim.alarm).toBe(T0 + 10 * S);
    expect(only(sim.fireAlarm(), 'pause')).toEqual([
      expect.objectContaining({ host: 'video.test', url: SHORT(1) }),
    ]);
    expect(sim.used('video.test/shorts')).toBe(10 * S);
  });
});

describe('tracker: a part of a site with hours and a heads-up', () => {
  // 2026-11-20 is a Friday.
  const at = (h: number, m = 0, s = 0) => new Date(2026, 10, 20, h, m, s).getTime();
  const evenings: SiteRule = {
    ...shorts,
    activeHours: { days: [0, 1, 2, 3, 4, 5, 6], from: 18 * 60, to: 23 * 60 },
  };
  const start = (rules: SiteRule[], now: number) =>
    new Sim(rules, 0, { type: 'init', focusedWindowId: 1, viewing: null, idle: 'active' }, now);

  it('counts the host alone outside the part’s hours, and wakes when they begin', () => {
    const sim = start([video, evenings], at(17, 59, 30));
    sim.send({ type: 'tabActivated', tab: tab(1, SHORT(1)) }, at(17, 59, 30));
    expect(sim.state.open).toEqual({ host: 'video.test', tabId: 1, since: at(17, 59, 30) });
    expect(sim.alarm).toBe(at(18));
    sim.fireAlarm();
    expect(sim.used('video.test', at(18))).toBe(30 * S);
    expect(sim.state.open).toMatchObject({ host: 'video.test/shorts', also: ['video.test'] });
  });

  it('gives the heads-up for the part whose budget ends first, naming it', () => {
    const sim = start([video, shorts], at(12));
    sim.headsUpMs = 30 * S;
    sim.notify = true;
    sim.send({ type: 'tabActivated', tab: tab(1, SHORT(1)) }, at(12));
    expect(sim.alarm).toBe(at(12, 0, 30));
    const effects = sim.fireAlarm();
    expect(only(effects, 'notify')).toEqual([
      { type: 'notify', host: 'video.test/shorts', minutesLeft: 1 },
    ]);
    expect(only(effects, 'badge')).toEqual([
      { type: 'badge', tabId: 1, minutesLeft: 1, headsUp: true },
    ]);
  });
});
