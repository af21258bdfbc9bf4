// When the app's module starts on a page the first-paint script drew: once
// the browser reports that first paint as on screen (a `paint` performance
// entry), so the module's download and compile never compete with the
// frame's raster and presentation. Started in the frame's own task, the
// module delayed the reported first paint by a frame on a 2-core machine. A
// browser that cannot report paints starts the app a short while after its
// first frame instead; one that can is waited for (its first frame may hold
// no text yet, while a font loads). Either way it also waits until the page's load
// event is over: a script added before then holds that event, and Chromium
// shows the toolbar popup only once its page has loaded (on a busy machine
// the paint can be reported first). A page that is hidden paints no frame,
// so it starts at once, and so does a page hidden before its first paint
// came (a new tab opened and left at once): it must not wait until it is
// shown again.

/** How long after its first frame a page that reports no paint waits for the app. */
export const UNREPORTED_PAINT_MS = 100;

/** What the start needs from the page, so a test can hand in its own. */
export interface FrameClock {
  hidden(): boolean;
  onHidden(listener: () => void): void;
  /**
   * Calls back once the first contentful paint is reported as presented;
   * false when the browser reports no paints (then the start goes by frames).
   */
  onFirstPaint(callback: () => void): boolean;
  /** Calls back once the page's load event is over (in a task after it). */
  onLoaded(callback: () => void): void;
  nextFrame(callback: () => void): void;
  later(callback: () => void, ms: number): void;
}

export const pageClock: FrameClock = {
  hidden: () => document.visibilityState === 'hidden',
  onHidden: (listener) =>
    document.addEventListener('visibilitychange', () => {
      if (document.visibilityState === 'hidden') listener();
    }),
  onFirstPaint: (callback) => {
    if (!PerformanceObserver.supportedEntryTypes?.includes('paint')) return false;
    const observer = new PerformanceObserver((list) => {
      if (list.getEntriesByName('first-contentful-paint').length === 0) return;
      observer.disconnect();
      callback();
    });
    observer.observe({ type: 'paint', buffered: true });
    return true;
  },
  onLoaded: (callback) => {
    // Inside the load event `readyState` is already complete, so the call
    // comes a task later either way, once the event's handlers are done.
    if (document.readyState === 'complete') setTimeout(callback);
    else window.addEventListener('load', () => setTimeout(callback), { once: true });
  },
  nextFrame: (callback) => requestAnimationFrame(callback),
  later: (callback, ms) => setTimeout(callback, ms),
};

/**
 * Calls `start` once: when both the first paint and the load event are
 * over, or as soon as the page is hidden.
 */
export function afterFirstPaint(start: () => void, clock: FrameClock = pageClock): void {
  let started = false;
  let painted = false;
  let loaded = false;
  const once = () => {
    if (started) return;
    started = true;
    start();
  };
  if (clock.hidden()) {
    once();
    return;
  }
  const painting = () => {
    painted = true;
    if (loaded) once();
  };
  clock.onHidden(once);
  clock.onLoaded(() => {
    loaded = true;
    if (painted) once();
  });
  // A browser that reports paints is believed: its first frame may paint no
  // text yet (a font still loading), so a while after it is no paint.
  if (!clock.onFirstPaint(painting))
    clock.nextFrame(() => clock.later(painting, UNREPORTED_PAINT_MS));
}
