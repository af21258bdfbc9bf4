// Time accounting across sleep, day starts and restarts, and where the alarm lands.
// State goes through JSON between steps, as if the worker died (see tracker-sim.ts).
import { describe, expect, it } from 'vitest';
import { nextAlarm, splitByDay } from '../../../utils/core/tracker';
import { S, Sim, SOCIAL, T0, tab } from './tracker-sim';

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

  it('counts the time a checkpoint waited behind an import, which is no sleep', () => {
    const sim = new Sim();
    sim.send({ type: 'tabActivated', tab: tab(1, 'https://news.test/') }, T0);
    // The 60 s checkpoint fires on time, but its work waits 130 s behind an
    // import holding the usage store; the next alarm (due at 120 s) is only
    // set at 190 s, so it fires at once, 70 s after its time.
    sim.fireAlarm(0, true, { handledAt: T0 + 190 * S });
    sim.fireAlarm();
    expect(sim.used('news.test')).toBe(190 * S);
    // The tab event captured during the wait is counted at its own time.
    sim.send({ type: 'tabActivated', tab: tab(2) }, T0 + 200 * S, { handledAt: T0 + 260 * S });
    expect(sim.used('news.test')).toBe(200 * S);
  });

  it('counts a delayed handle and still drops a real sleep after it', () => {
    const sim = new Sim();
    // Opened at 0 s, handled at 150 s: the alarm due at 60 s is set at 150 s
    // and fires then, 90 s after its time, with no sleep in between.
    sim.send({ type: 'tabActivated', tab: tab(1, 'https://news.test/') }, T0, {
      handledAt: T0 + 150 * S,
    });
    sim.fireAlarm();
    expect(sim.used('news.test')).toBe(150 * S);
    // Then the lid closes: the next checkpoint fires two hours late.
    sim.fireAlarm(2 * 3600 * S);
    expect(sim.used('news.test')).toBe(210 * S);
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
