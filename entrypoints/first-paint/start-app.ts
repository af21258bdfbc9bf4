// When the app's module starts on a page the first-paint script drew: after
// the first frame is out (a timer set in the frame's animation callback runs
// after that frame is painted), so the frame never waits for the app. A page
// that is hidden paints no frame and runs no animation callback, so it starts
// at once, and so does a page hidden before its first frame came (a new tab
// opened and left at once): it must not wait until it is shown again.

/** What the start needs from the page, so a test can hand in its own. */
export interface FrameClock {
  hidden(): boolean;
  onHidden(listener: () => void): void;
  nextFrame(callback: () => void): void;
  later(callback: () => void): void;
}

export const pageClock: FrameClock = {
  hidden: () => document.visibilityState === 'hidden',
  onHidden: (listener) =>
    document.addEventListener('visibilitychange', () => {
      if (document.visibilityState === 'hidden') listener();
    }),
  nextFrame: (callback) => requestAnimationFrame(callback),
  later: (callback) => setTimeout(callback),
};

/** Calls `start` once: after the first frame, or as soon as the page is hidden. */
export function afterFirstFrame(start: () => void, clock: FrameClock = pageClock): void {
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
  clock.nextFrame(() => clock.later(once));
}
