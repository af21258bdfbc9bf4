// The pages and worker that ship. The benchmark's baselines (a blank page with
// a module, as before, and a blank page with no script at all) and its tab
// opener are built into the test build only; a test checks every other
// entrypoint is listed here.
export const SHIPPED_ENTRYPOINTS = [
  'background',
  'first-paint',
  'intention',
  'newtab',
  'options',
  'pause',
  'popup',
  'review',
  'share',
  'welcome',
];

export const BENCH_ONLY_ENTRYPOINTS = ['blank', 'blank-static', 'bench-tabs'];
