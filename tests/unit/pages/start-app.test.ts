// The app's module on a first-painted page starts once: when the first paint
// is reported on screen (a while after the first frame if no report comes)
// and the load event is over, or at once when the page is (or becomes)
// hidden before that.
import { describe, expect, it } from 'vitest';
import {
  afterFirstPaint,
  type FrameClock,
  UNREPORTED_PAINT_MS,
} from '@/entrypoints/first-paint/start-app';

function fakeClock(hidden = false, reportsPaint = true) {
  const frames: (() => void)[] = [];
  const paints: (() => void)[] = [];
  const loads: (() => void)[] = [];
  const timers: { callback: () => void; ms: number }[] = [];
  const hiddenListeners: (() => void)[] = [];
  const clock: FrameClock = {
    hidden: () => hidden,
    onHidden: (listener) => hiddenListeners.push(listener),
    onFirstPaint: (callback) => {
      paints.push(callback);
      return reportsPaint;
    },
    onLoaded: (callback) => loads.push(callback),
    nextFrame: (callback) => frames.push(callback),
    later: (callback, ms) => timers.push({ callback, ms }),
  };
  const run = (queue: (() => void)[]) => {
    for (const callback of queue.splice(0)) callback();
  };
  return {
    clock,
    frame: () => run(frames),
    paint: () => run(paints),
    load: () => run(loads),
    timers: () => run(timers.splice(0).map((t) => t.callback)),
    timerDelays: () => timers.map((t) => t.ms),
    hide: () => {
      hidden = true;
      for (const listener of hiddenListeners) listener();
    },
  };
}

describe('starting the app after the first paint', () => {
  it('starts when the first paint is reported, not in the frame that paints it', () => {
    const page = fakeClock();
    let starts = 0;
    afterFirstPaint(() => starts++, page.clock);
    page.load();
    expect(starts).toBe(0);
    page.frame();
    expect(starts).toBe(0);
    page.paint();
    expect(starts).toBe(1);
    page.timers();
    expect(starts).toBe(1);
  });

  it('waits for the reported paint, however long after the first frame it comes', () => {
    const page = fakeClock();
    let starts = 0;
    afterFirstPaint(() => starts++, page.clock);
    page.load();
    page.frame();
    expect(page.timerDelays()).toEqual([]);
    page.timers();
    expect(starts).toBe(0);
    page.paint();
    expect(starts).toBe(1);
  });

  it('starts a short while after the first frame in a browser that reports no paints', () => {
    const page = fakeClock(false, false);
    let starts = 0;
    afterFirstPaint(() => starts++, page.clock);
    page.load();
    page.frame();
    expect(page.timerDelays()).toEqual([UNREPORTED_PAINT_MS]);
    expect(starts).toBe(0);
    page.timers();
    expect(starts).toBe(1);
    page.paint();
    expect(starts).toBe(1);
  });

  it('waits for the load event when the paint is reported before it', () => {
    const page = fakeClock();
    let starts = 0;
    afterFirstPaint(() => starts++, page.clock);
    page.frame();
    page.paint();
    page.timers();
    expect(starts).toBe(0);
    page.load();
    expect(starts).toBe(1);
  });

  it('waits for the load event after the while for an unreported paint too', () => {
    const page = fakeClock(false, false);
    let starts = 0;
    afterFirstPaint(() => starts++, page.clock);
    page.frame();
    page.timers();
    expect(starts).toBe(0);
    page.load();
    expect(starts).toBe(1);
    page.paint();
    expect(starts).toBe(1);
  });

  it('starts at once on a hidden page, which paints no frame', () => {
    const page = fakeClock(true);
    let starts = 0;
    afterFirstPaint(() => starts++, page.clock);
    expect(starts).toBe(1);
  });

  it('starts when the page is hidden before its first paint, and only once', () => {
    const page = fakeClock();
    let starts = 0;
    afterFirstPaint(() => starts++, page.clock);
    page.hide();
    expect(starts).toBe(1);
    page.frame();
    page.paint();
    page.timers();
    expect(starts).toBe(1);
  });

  it('is not started again when the page is hidden after it started', () => {
    const page = fakeClock();
    let starts = 0;
    afterFirstPaint(() => starts++, page.clock);
    page.load();
    page.paint();
    page.hide();
    expect(starts).toBe(1);
  });
});
