// When the app's module starts on a page the first-paint script drew: once
// the browser reports that first paint as on screen (a `paint` performance
// entry), so the module's download and compile never compete with the
// frame's raster and presentation. Started in the frame's own task, the
// module delayed the reported first paint by a frame on a 2-core machine. A
// browser that never reports the paint still starts the app, a short while
// after its first frame. A page that is hidden paints no frame, so it starts
// at once, and so does a page hidden before its first paint came (a new tab
// opened and left at once): it must not wait until it is shown again.

/** How long after its first frame a page that reports no paint waits for the app. */
export const UNREPORTED_PAINT_MS = 100;

/** What the start needs from the page, so a test can hand in its own. */
export interface FrameClock {
  hidden(): boolean;
  onHidden(listener: () => void): void;
  /** Calls back once the first contentful paint is reported as presented. */
  onFirstPaint(callback: () => void): void;
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
    if (!PerformanceObserver.supportedEntryTypes?.includes('paint')) return;
    const observer = new PerformanceObserver((list) => {
      if (list.getEntriesByName('first-contentful-paint').length === 0) return;
      observer.disconnect();
      callback();
    });
    observer.observe({ type: 'paint', buffered: true });
  },
  nextFrame: (callback) => requestAnimationFrame(callback),
  later: (callback, ms) => setTimeout(callback, ms),
};

/** Calls `start` once: after the first paint, or as soon as the page is hidden. */
export function afterFirstPaint(start: () => void, clock: FrameClock = pageClock): void {
  let started = false;
  const once = () => {
    if (started) return;
    started = true;
    start();
  };
  if (clock.hidden()) {
    once();
    return;
  }
  clock.onHidden(once);
  clock.onFirstPaint(once);
  clock.nextFrame(() => clock.later(once, UNREPORTED_PAINT_MS));
}
