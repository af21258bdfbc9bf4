// Counting the pauses shown (pause-count.ts through the tracker): each pause
// once, for its site and day, however often the worker decides it before the
// tab gets to the pause page, across a worker stop and a reload of the pause
// page; a new pause (more minutes ended, the site opened again) counts anew.
// And sent once while it is on its way, with one look again after.
// State goes through JSON between steps, as if the worker died (see tracker-sim.ts).
import { describe, expect, it } from 'vitest';
import { ON_ITS_WAY_MS } from '../../../utils/core/pause-count';
import type { TrackerEvent } from '../../../utils/core/tracker';
import { grantSnooze } from '../../../utils/core/tracker';
import { M_SOCIAL, NEWS, only, S, Sim, SOCIAL, social, T0, tab } from './tracker-sim';

const PAUSE_PAGE = 'chrome-extension://id/pause.html?site=social.test';
const onPausePage = (tabId = 1): TrackerEvent => ({
  type: 'tabUpdated',
  tab: tab(tabId, PAUSE_PAGE),
  active: true,
});

/** A 1-minute budget used up in tab 1: the first pause is decided, counted and sent then. */
const SENT_AT = T0 + 60 * S;
function pausedOnce() {
  const sim = new Sim();
  sim.send({ type: 'tabActivated', tab: tab(1, SOCIAL) }, T0);
  const effects = sim.fireAlarm();
  return { sim, effects };
}

describe('tracker: counting the pauses shown', () => {
  it('counts a pause once, before the tab is sent to the pause page', () => {
    const { sim, effects } = pausedOnce();
    expect(effects.map((e) => e.type).filter((t) => t === 'countPause' || t === 'pause')).toEqual([
      'countPause',
      'pause',
    ]);
    expect(only(effects, 'countPause')).toEqual([
      { type: 'countPause', day: sim.today(T0), host: 'social.test' },
    ]);
    expect(sim.counted('social.test')).toBe(1);
  });

  it.each<[string, TrackerEvent]>([
    [
      'the window is focused again',
      { type: 'windowFocused', windowId: 1, activeTab: tab(1, SOCIAL) },
    ],
    [
      'a load event still about the site',
      { type: 'tabUpdated', tab: tab(1, SOCIAL), active: true },
    ],
    ['back from idle', { type: 'idle', state: 'active' }],
    ['settings saved', { type: 'settingsChanged', viewing: tab(1, SOCIAL) }],
  ])('sends the pause once when %s while it is on its way, and looks again once', (_, event) => {
    const { sim } = pausedOnce();
    const again = sim.send(event, SENT_AT + 200);
    // Sending it again would reload the pause page, and a choice made there with it.
    expect(only(again, 'pause')).toEqual([]);
    expect(only(again, 'setAlarm')).toEqual([{ type: 'setAlarm', when: SENT_AT + ON_ITS_WAY_MS }]);
    // It arrived: the look is not needed any more.
    sim.send(onPausePage(), SENT_AT + 400);
    expect(sim.alarm).toBeNull();
    expect(sim.pauses()).toHaveLength(1);
    expect(sim.counted('social.test')).toBe(1);
  });

  it('sends the pause again when it had not arrived by the second look (its load was stopped)', () => {
    const { sim } = pausedOnce();
    sim.send({ type: 'tabUpdated', tab: tab(1, SOCIAL), active: true }, SENT_AT + 200);
    expect(sim.alarm).toBe(SENT_AT + ON_ITS_WAY_MS);
    const looked = sim.fireAlarm();
    expect(only(looked, 'pause')).toHaveLength(1);
    expect(only(looked, 'countPause')).toEqual([]);
    // Later news from the site after that is a pause sent again, not a new one counted.
    const later = sim.send({ type: 'idle', state: 'active' }, SENT_AT + 10 * S);
    expect(only(later, 'pause')).toHaveLength(1);
    expect(sim.counted('social.test')).toBe(1);
  });

  it.each<[string, TrackerEvent]>([
    ['an address change', { type: 'tabUpdated', tab: tab(1, `${SOCIAL}?p=2`), active: true }],
    ['a subdomain load', { type: 'tabUpdated', tab: tab(1, M_SOCIAL), active: true }],
  ])('sends the pause again at once but counts it once after %s on its way', (_, event) => {
    const { sim } = pausedOnce();
    const again = sim.send(event, SENT_AT + 200);
    expect(only(again, 'pause')).toHaveLength(1);
    expect(only(again, 'countPause')).toEqual([]);
    expect(sim.counted('social.test')).toBe(1);
  });

  it('counts it once when the worker was stopped before the tab arrived', () => {
    const { sim } = pausedOnce();
    // The worker starts afresh: its state is what was saved, and the tab is still on the site.
    const start = { type: 'init', focusedWindowId: 1, viewing: tab(1, SOCIAL), idle: 'active' };
    const effects = sim.send(start as TrackerEvent, T0 + 61 * S);
    expect(only(effects, 'pause')).toHaveLength(1);
    expect(sim.counted('social.test')).toBe(1);
  });

  it('counts nothing when the pause page is shown, reloaded, or the worker restarts on it', () => {
    const { sim } = pausedOnce();
    sim.send(onPausePage(), T0 + 61 * S);
    sim.send(onPausePage(), T0 + 70 * S); // reloaded
    sim.send(
      { type: 'init', focusedWindowId: 1, viewing: tab(1, PAUSE_PAGE), idle: 'active' },
      T0 + 80 * S,
    );
    sim.send(onPausePage(), T0 + 90 * S); // reloaded again after the restart
    expect(sim.pauses()).toHaveLength(1);
    expect(sim.counted('social.test')).toBe(1);
  });

  it('counts a new pause when the site is opened again after the pause page', () => {
    const { sim } = pausedOnce();
    sim.send(onPausePage(), T0 + 61 * S);
    sim.send({ type: 'tabUpdated', tab: tab(1, M_SOCIAL), active: true }, T0 + 90 * S);
    expect(sim.counted('social.test')).toBe(2);
    // In another tab it is another pause too.
    sim.send({ type: 'tabActivated', tab: tab(2, SOCIAL) }, T0 + 100 * S);
    expect(sim.counted('social.test')).toBe(3);
  });

  it('counts a new pause when the tab went to another site in between', () => {
    const { sim } = pausedOnce();
    sim.send({ type: 'tabUpdated', tab: tab(1, NEWS), active: true }, T0 + 61 * S);
    sim.send({ type: 'tabUpdated', tab: tab(1, SOCIAL), active: true }, T0 + 62 * S);
    expect(sim.counted('social.test')).toBe(2);
    expect(sim.counted('news.test')).toBe(0);
  });

  it('counts the pause again when more minutes end', () => {
    const { sim } = pausedOnce();
    const day = sim.usage[sim.today(T0)] ?? {};
    day['social.test'] = grantSnooze(social, day['social.test'], 1);
    sim.send({ type: 'tabUpdated', tab: tab(1, SOCIAL), active: true }, T0 + 62 * S);
    while (sim.pauses().length < 2) sim.fireAlarm();
    expect(sim.counted('social.test')).toBe(2);
  });

  it('counts a pause to the day it belongs to under a later day start', () => {
    // 02:00 with a 04:00 day start is still the day before.
    const night = new Date(2026, 10, 23, 2, 0).getTime();
    const sim = new Sim(undefined, 4, undefined, night);
    sim.send({ type: 'tabActivated', tab: tab(1, SOCIAL) }, night);
    const effects = sim.fireAlarm();
    expect(only(effects, 'countPause')).toEqual([
      { type: 'countPause', day: '2026-11-22', host: 'social.test' },
    ]);
  });
});
