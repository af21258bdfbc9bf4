// The budget minute of the browser test builds (see utils/core/minute.ts):
// six seconds, so a 1-minute limit pauses in 6 s and a test of the pause,
// more minutes or the heads-up takes seconds. The clamped ("store-like")
// builds keep the real minute. Tests import this to seed and read usage in
// the extension's own unit.
export const TEST_MINUTE_MS = 6_000;

/** `n` budget minutes of a test build, in milliseconds. */
export const minutes = (n: number) => n * TEST_MINUTE_MS;

/**
 * How late a pause may come, as the extension recorded it: the usage it
 * counted when it paused a site, beyond the budget (DESIGN.md: within 2 s).
 */
export const PAUSE_LATENESS_MS = 2_000;
