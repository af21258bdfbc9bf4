// Time accounting on single-page sites: a page that changes its address with
// pushState/replaceState many times a minute. A change that leaves the same
// site counted in the same tab changes nothing that is counted, so it neither
// closes the interval nor writes usage (no write, no broadcast); the badge
// may be set again (a real navigation clears it).
import { describe, expect, it } from 'vitest';
import { NEWS, news, only, S, Sim, SOCIAL, social, T0, tab } from './tracker-sim';

const page = (n: number) => tab(1, `https://news.test/watch?t=${n}`);

describe('tracker: address changes within a site', () => {
  it('writes nothing for 40 address changes in 20 s, and counts all of it on leaving', () => {
    const sim = new Sim();
    sim.send({ type: 'tabActivated', tab: tab(1, NEWS) }, T0);
    const alarm = sim.alarm;
    for (let n = 1; n <= 40; n++) {
      const effects = sim.send({ type: 'tabUpdated', tab: page(n), active: true }, T0 + n * 500);
      expect(only(effects, 'addUsage')).toEqual([]);
      expect(only(effects, 'setAlarm')).toEqual([]);
      expect(only(effects, 'clearAlarm')).toEqual([]);
    }
    expect(sim.alarm).toBe(alarm);
    expect(sim.state.open?.since).toBe(T0);
    expect(sim.state.viewing?.url).toBe('https://news.test/watch?t=40');
    sim.send({ type: 'tabActivated', tab: tab(2) }, T0 + 30 * S);
    expect(sim.writes()).toHaveLength(1);
    expect(sim.used('news.test')).toBe(30 * S);
  });

  it('still checkpoints and pauses on time while the address keeps changing', () => {
    const sim = new Sim();
    sim.send({ type: 'tabActivated', tab: tab(1, SOCIAL) }, T0);
    // Up to 59 s: less than a second left is already used up.
    for (let n = 1; n < 59; n++) {
      sim.send({ type: 'tabUpdated', tab: tab(1, `${SOCIAL}?p=${n}`), active: true }, T0 + n * S);
    }
    expect(sim.pauses()).toEqual([]);
    expect(only(sim.fireAlarm(), 'pause')).toEqual([
      expect.objectContaining({ url: `${SOCIAL}?p=58`, usedMs: 60 * S }),
    ]);
  });

  it('closes the interval when the address moves to another limited site', () => {
    const sim = new Sim();
    sim.send({ type: 'tabActivated', tab: tab(1, NEWS) }, T0);
    sim.send({ type: 'tabUpdated', tab: tab(1, SOCIAL), active: true }, T0 + 10 * S);
    expect(sim.used('news.test')).toBe(10 * S);
    expect(sim.alarm).toBe(T0 + 70 * S);
  });

  it('does not carry a sleep over an address change', () => {
    const sim = new Sim();
    sim.send({ type: 'tabActivated', tab: tab(1, NEWS) }, T0);
    sim.send({ type: 'tabUpdated', tab: page(1), active: true }, T0 + 3 * 3600 * S);
    expect(sim.used('news.test')).toBe(60 * S);
  });

  it('plans afresh when usage grew elsewhere (an import) and pauses if it ran out', () => {
    const sim = new Sim();
    sim.send({ type: 'tabActivated', tab: tab(1, NEWS) }, T0);
    sim.addStored('news.test', 9 * 60 * S + 50 * S);
    sim.send({ type: 'tabUpdated', tab: page(1), active: true }, T0 + 5 * S);
    expect(sim.alarm).toBe(T0 + 10 * S);
    sim.addStored('news.test', 60 * S);
    const effects = sim.send({ type: 'tabUpdated', tab: page(2), active: true }, T0 + 7 * S);
    expect(only(effects, 'pause')).toHaveLength(1);
  });

  it('sets the badge again on an address change, with the minutes left', () => {
    const sim = new Sim([social, news]);
    sim.send({ type: 'tabActivated', tab: tab(1, NEWS) }, T0);
    sim.fireAlarm();
    sim.fireAlarm();
    const effects = sim.send({ type: 'tabUpdated', tab: page(1), active: true }, T0 + 150 * S);
    expect(effects).toEqual([{ type: 'badge', tabId: 1, minutesLeft: 8 }]);
  });

  it.each(['windowFocused', 'idle'] as const)(
    'writes nothing for a %s event that leaves the same tab counted',
    (type) => {
      const sim = new Sim();
      sim.send({ type: 'tabActivated', tab: tab(1, NEWS) }, T0);
      const event =
        type === 'idle'
          ? ({ type: 'idle', state: 'active' } as const)
          : ({ type: 'windowFocused', windowId: 1, activeTab: tab(1, NEWS) } as const);
      expect(only(sim.send(event, T0 + 20 * S), 'addUsage')).toEqual([]);
      sim.send({ type: 'tabActivated', tab: tab(2) }, T0 + 30 * S);
      expect(sim.used('news.test')).toBe(30 * S);
    },
  );
});
