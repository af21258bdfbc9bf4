// The pages and worker that ship. The benchmark's baselines (a blank page with
// a module, as before; a blank page with no script at all; and the floor, a
// blank page whose line one fetched classic script writes) and its tab opener
// are built into the test build only; a test checks every other entrypoint is
// listed here.
export const SHIPPED_ENTRYPOINTS = [
  'background',
  'first-paint',
  'intention',
  'lookback',
  'newtab',
  'options',
  'pause',
  'popup',
  'review',
  'share',
  'welcome',
];

export const BENCH_ONLY_ENTRYPOINTS = [
  'blank',
  'blank-static',
  'blank-floor',
  'blank-floor-line',
  'bench-tabs',
];

/** Pages that must run no module: the blank page and the floor (scripts/lib/vite-no-module.ts). */
export const NO_MODULE_ENTRYPOINTS = ['blank-static', 'blank-floor'];
