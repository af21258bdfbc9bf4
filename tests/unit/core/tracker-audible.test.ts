// Time accounting while watching: with no mouse or keyboard input the browser
// reports "idle" after a minute, but a viewed limited tab that plays sound
// (a video) is still being watched, so it keeps counting. Locked never counts.
import { describe, expect, it } from 'vitest';
import { NEWS, news, only, S, Sim, SOCIAL, social, T0, tab } from './tracker-sim';

describe('tracker: idle while a video plays', () => {
  it('keeps counting through idle while the viewed limited tab is audible', () => {
    const sim = new Sim();
    sim.send({ type: 'tabActivated', tab: tab(1, NEWS, 1, true) }, T0);
    sim.send({ type: 'idle', state: 'idle' }, T0 + 60 * S);
    for (let i = 0; i < 3; i++) sim.fireAlarm(); // the checkpoints keep counting too
    // The video ends: the tab falls silent and the person is idle.
    sim.send({ type: 'tabUpdated', tab: tab(1, NEWS, 1, false), active: true }, T0 + 200 * S);
    sim.send({ type: 'idle', state: 'active' }, T0 + 500 * S);
    sim.send({ type: 'tabActivated', tab: tab(2) }, T0 + 510 * S);
    expect(sim.used('news.test')).toBe(210 * S);
  });

  it('pauses a video at the end of the budget although the person is idle', () => {
    const sim = new Sim();
    sim.send({ type: 'tabActivated', tab: tab(1, SOCIAL, 1, true) }, T0);
    sim.send({ type: 'idle', state: 'idle' }, T0 + 30 * S);
    expect(sim.alarm).toBe(T0 + 60 * S);
    expect(only(sim.fireAlarm(), 'pause')).toHaveLength(1);
    expect(sim.used('social.test')).toBe(60 * S);
  });

  it('starts counting again when an idle viewed tab starts playing sound', () => {
    const sim = new Sim();
    sim.send({ type: 'tabActivated', tab: tab(1, NEWS) }, T0);
    sim.send({ type: 'idle', state: 'idle' }, T0 + 40 * S);
    sim.send({ type: 'tabUpdated', tab: tab(1, NEWS, 1, true), active: true }, T0 + 100 * S);
    sim.send({ type: 'tabActivated', tab: tab(2) }, T0 + 150 * S);
    expect(sim.used('news.test')).toBe(90 * S);
  });

  it('never counts while locked, sound or not', () => {
    const sim = new Sim();
    sim.send({ type: 'tabActivated', tab: tab(1, NEWS, 1, true) }, T0);
    sim.send({ type: 'idle', state: 'locked' }, T0 + 20 * S);
    sim.send({ type: 'tabUpdated', tab: tab(1, NEWS, 1, true), active: true }, T0 + 50 * S);
    sim.send({ type: 'idle', state: 'active' }, T0 + 300 * S);
    sim.send({ type: 'tabActivated', tab: tab(2) }, T0 + 310 * S);
    expect(sim.used('news.test')).toBe(30 * S);
  });

  it('does not count sound from a tab that is not the viewed one', () => {
    const sim = new Sim([social, news]);
    sim.send({ type: 'tabActivated', tab: tab(2) }, T0);
    sim.send({ type: 'tabUpdated', tab: tab(1, NEWS, 1, true), active: false }, T0 + S);
    sim.send({ type: 'idle', state: 'idle' }, T0 + 60 * S);
    sim.send({ type: 'idle', state: 'active' }, T0 + 200 * S);
    expect(sim.usage).toEqual({});
  });

  it('does not count an audible tab while no browser window has focus', () => {
    const sim = new Sim();
    sim.send({ type: 'tabActivated', tab: tab(1, NEWS, 1, true) }, T0);
    sim.send({ type: 'windowFocused', windowId: null, activeTab: null }, T0 + 10 * S);
    sim.send({ type: 'idle', state: 'idle' }, T0 + 70 * S);
    sim.send({ type: 'idle', state: 'active' }, T0 + 300 * S);
    expect(sim.used('news.test')).toBe(10 * S);
  });
});
