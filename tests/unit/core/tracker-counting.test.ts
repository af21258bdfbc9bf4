// Time accounting, what counts: the active tab of the focused window, not idle.
// State goes through JSON between steps, as if the worker died (see tracker-sim.ts).
import { describe, expect, it } from 'vitest';
import { M_SOCIAL, news, S, Sim, SOCIAL, social, T0, tab } from './tracker-sim';

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

  it('keeps counting while our popup has the focus, and after it closes with focus unsaid', () => {
    const sim = new Sim();
    sim.send({ type: 'tabActivated', tab: tab(1, SOCIAL) }, T0);
    // The popup opens over the page: "no window", from our own popup.
    sim.send(
      { type: 'windowFocused', windowId: null, activeTab: null, ownPopup: true },
      T0 + 5 * S,
    );
    // It closes; the browser has not yet said the window is focused again.
    sim.send(
      { type: 'windowFocused', windowId: null, activeTab: null, ownPopup: true },
      T0 + 8 * S,
    );
    sim.send({ type: 'tabActivated', tab: tab(2) }, T0 + 20 * S);
    expect(sim.used('social.test')).toBe(20 * S);
  });

  it('resumes when our popup closes onto a focused window, after a no-window event stopped it', () => {
    const sim = new Sim();
    sim.send({ type: 'tabActivated', tab: tab(1, SOCIAL) }, T0);
    sim.send({ type: 'windowFocused', windowId: null, activeTab: null }, T0 + 5 * S);
    sim.send(
      { type: 'windowFocused', windowId: 1, activeTab: tab(1, SOCIAL), ownPopup: true },
      T0 + 8 * S,
    );
    sim.send({ type: 'tabActivated', tab: tab(2) }, T0 + 20 * S);
    expect(sim.used('social.test')).toBe(17 * S);
  });

  it('stops at the checkpoint when the person left for another application from the popup', () => {
    const sim = new Sim();
    sim.send({ type: 'tabActivated', tab: tab(1, SOCIAL) }, T0);
    sim.send(
      { type: 'windowFocused', windowId: null, activeTab: null, ownPopup: true },
      T0 + 5 * S,
    );
    sim.fireAlarm(0, false);
    expect(sim.used('social.test')).toBe(60 * S);
    expect(sim.alarm).toBeNull();
  });

  it('stops at the checkpoint that finds no browser window focused, and resumes on focus', () => {
    const sim = new Sim();
    sim.send({ type: 'tabActivated', tab: tab(1, 'https://news.test/') }, T0);
    // The person moves to another application at 20 s; no focus event says so.
    sim.fireAlarm(0, false);
    expect(sim.used('news.test')).toBe(60 * S);
    expect(sim.alarm).toBeNull();
    // Nothing counts while away, however long.
    sim.send(
      { type: 'tabUpdated', tab: tab(1, 'https://news.test/next'), active: true },
      T0 + 200 * S,
    );
    expect(sim.used('news.test')).toBe(60 * S);
    // Back in the browser: counting resumes from the focus event.
    sim.send(
      { type: 'windowFocused', windowId: 1, activeTab: tab(1, 'https://news.test/') },
      T0 + 300 * S,
    );
    expect(sim.alarm).toBe(T0 + 360 * S);
    sim.send({ type: 'tabActivated', tab: tab(2) }, T0 + 310 * S);
    expect(sim.used('news.test')).toBe(70 * S);
  });

  it('counts away time only up to the first checkpoint that finds the browser unfocused', () => {
    const sim = new Sim();
    sim.send({ type: 'tabActivated', tab: tab(1, 'https://news.test/') }, T0);
    sim.fireAlarm(); // focused at 60 s: a confirmed minute
    sim.fireAlarm(0, false); // left some time before 120 s
    expect(sim.used('news.test')).toBe(120 * S);
    sim.send({ type: 'idle', state: 'idle' }, T0 + 180 * S);
    sim.send({ type: 'idle', state: 'active' }, T0 + 600 * S);
    expect(sim.used('news.test')).toBe(120 * S);
    expect(sim.alarm).toBeNull();
  });

  it('keeps counting when the checkpoint finds the browser focused', () => {
    const sim = new Sim();
    sim.send({ type: 'tabActivated', tab: tab(1, 'https://news.test/') }, T0);
    sim.fireAlarm(0, true);
    expect(sim.alarm).toBe(T0 + 120 * S);
    sim.send({ type: 'tabActivated', tab: tab(2) }, T0 + 90 * S);
    expect(sim.used('news.test')).toBe(90 * S);
  });

  it('pauses a used-up site on return when its budget ran out while the browser was unfocused', () => {
    const sim = new Sim();
    sim.send({ type: 'tabActivated', tab: tab(1, SOCIAL) }, T0);
    const atEnd = sim.fireAlarm(0, false);
    expect(atEnd.filter((e) => e.type === 'pause')).toEqual([]);
    expect(sim.used('social.test')).toBe(60 * S);
    const back = sim.send(
      { type: 'windowFocused', windowId: 1, activeTab: tab(1, SOCIAL) },
      T0 + 400 * S,
    );
    expect(back.filter((e) => e.type === 'pause')).toHaveLength(1);
    expect(sim.used('social.test')).toBe(60 * S);
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
