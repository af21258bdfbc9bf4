// The heads-up before the pause: when the chosen minutes are left the badge
// turns calm (even with the minutes badge off) and, with notifications on,
// one gentle notification goes, never two for one pause.
import { describe, expect, it } from 'vitest';
import { NEWS, only, S, Sim, SOCIAL, T0, tab } from './tracker-sim';

const withHeadsUp = (minutes: number, notify = false) => {
  const sim = new Sim();
  sim.headsUpMs = minutes * 60 * S;
  sim.notify = notify;
  return sim;
};

describe('tracker: heads-up before the pause', () => {
  it('wakes when a minute is left, turns the badge calm, and pauses at the end', () => {
    const sim = withHeadsUp(1);
    sim.addStored('news.test', 8 * 60 * S + 30 * S); // 90 s left of 10 minutes
    sim.send({ type: 'tabActivated', tab: tab(1, NEWS) }, T0);
    expect(sim.alarm).toBe(T0 + 30 * S);
    expect(sim.fireAlarm()).toContainEqual({
      type: 'badge',
      tabId: 1,
      minutesLeft: 1,
      headsUp: true,
    });
    expect(sim.alarm).toBe(T0 + 90 * S);
    expect(only(sim.fireAlarm(), 'pause')).toHaveLength(1);
  });

  it.each([
    [2, 1, 60],
    [2, 2, 0],
    [10, 5, 300],
  ])('with %i minutes and a %i-minute heads-up, it comes at %i s', (budget, minutes, at) => {
    const sim = withHeadsUp(minutes);
    sim.addStored('news.test', (10 - budget) * 60 * S);
    sim.send({ type: 'tabActivated', tab: tab(1, NEWS) }, T0);
    while (!sim.effects.some((e) => e.type === 'badge' && e.headsUp)) sim.fireAlarm();
    const badge = sim.effects.find((e) => e.type === 'badge' && e.headsUp);
    expect(badge).toEqual({ type: 'badge', tabId: 1, minutesLeft: minutes, headsUp: true });
    expect(sim.used('news.test') - (10 - budget) * 60 * S).toBe(at * S);
  });

  it('shows nothing calm when off', () => {
    const sim = withHeadsUp(0, true);
    sim.send({ type: 'tabActivated', tab: tab(1, SOCIAL) }, T0);
    sim.fireAlarm();
    expect(sim.effects.filter((e) => e.type === 'badge' && e.headsUp)).toEqual([]);
    expect(only(sim.effects, 'notify')).toEqual([]);
  });

  it('shows the calm badge even with the minutes badge off', () => {
    const sim = withHeadsUp(1);
    sim.showBadge = false;
    const first = sim.send({ type: 'tabActivated', tab: tab(1, SOCIAL) }, T0);
    expect(first).toContainEqual({ type: 'badge', tabId: 1, minutesLeft: 1, headsUp: true });
  });

  it('notifies only when notifications are on', () => {
    const quiet = withHeadsUp(1, false);
    quiet.send({ type: 'tabActivated', tab: tab(1, SOCIAL) }, T0);
    expect(only(quiet.effects, 'notify')).toEqual([]);
    const told = withHeadsUp(1, true);
    told.send({ type: 'tabActivated', tab: tab(1, SOCIAL) }, T0);
    expect(only(told.effects, 'notify')).toEqual([
      { type: 'notify', host: 'social.test', minutesLeft: 1 },
    ]);
  });

  it('never notifies twice for one pause, and again for the pause after more minutes', () => {
    const sim = withHeadsUp(1, true);
    sim.send({ type: 'tabActivated', tab: tab(1, SOCIAL) }, T0);
    sim.send({ type: 'tabActivated', tab: tab(2) }, T0 + 10 * S);
    sim.send({ type: 'tabActivated', tab: tab(1, SOCIAL) }, T0 + 20 * S);
    sim.send({ type: 'windowFocused', windowId: 2, activeTab: tab(7, SOCIAL, 2) }, T0 + 30 * S);
    expect(only(sim.effects, 'notify')).toHaveLength(1);
    while (sim.pauses().length === 0) sim.fireAlarm();
    sim.grant('social.test', 2 * 60 * S);
    sim.send({ type: 'tabUpdated', tab: tab(7, SOCIAL, 2), active: true }, T0 + 100 * S);
    while (only(sim.effects, 'notify').length < 2) sim.fireAlarm();
    expect(sim.used('social.test')).toBe(120 * S); // a minute before the new end
    expect(sim.pauses()).toHaveLength(1);
  });
});
