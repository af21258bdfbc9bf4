// The app's module on a first-painted page starts once: after the first
// frame, or at once when the page is (or becomes) hidden before that frame.
import { describe, expect, it } from 'vitest';
import { afterFirstFrame, type FrameClock } from '@/entrypoints/first-paint/start-app';

function fakeClock(hidden = false) {
  const frames: (() => void)[] = [];
  const timers: (() => void)[] = [];
  const hiddenListeners: (() => void)[] = [];
  const clock: FrameClock = {
    hidden: () => hidden,
    onHidden: (listener) => hiddenListeners.push(listener),
    nextFrame: (callback) => frames.push(callback),
    later: (callback) => timers.push(callback),
  };
  const run = (queue: (() => void)[]) => {
    for (const callback of queue.splice(0)) callback();
  };
  return {
    clock,
    frame: () => run(frames),
    timers: () => run(timers),
    hide: () => {
      hidden = true;
      for (const listener of hiddenListeners) listener();
    },
  };
}

describe('starting the app after the first frame', () => {
  it('starts after the first frame is painted, not in it', () => {
    const page = fakeClock();
    let starts = 0;
    afterFirstFrame(() => starts++, page.clock);
    expect(starts).toBe(0);
    page.frame();
    expect(starts).toBe(0);
    page.timers();
    expect(starts).toBe(1);
  });

  it('starts at once on a hidden page, which paints no frame', () => {
    const page = fakeClock(true);
    let starts = 0;
    afterFirstFrame(() => starts++, page.clock);
    expect(starts).toBe(1);
  });

  it('starts when the page is hidden before its first frame, and only once', () => {
    const page = fakeClock();
    let starts = 0;
    afterFirstFrame(() => starts++, page.clock);
    page.hide();
    expect(starts).toBe(1);
    page.frame();
    page.timers();
    expect(starts).toBe(1);
  });

  it('is not started again when the page is hidden after it started', () => {
    const page = fakeClock();
    let starts = 0;
    afterFirstFrame(() => starts++, page.clock);
    page.frame();
    page.timers();
    page.hide();
    expect(starts).toBe(1);
  });
});
