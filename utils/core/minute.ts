// How long one minute of a site's budget lasts: daily budgets, "more
// minutes", the heads-up, the checkpoint and every minute shown beside them
// are counted in these. One home, so the whole pause keeps its proportions.
// The shipped build's minute is a real one. A test build may shorten it
// (SMALL_WINS_MINUTE_MS, set in wxt.config.ts from scripts/lib/test-minute.ts)
// so a browser test of a 1-minute limit takes seconds: time is an input.
function builtMinute(): number {
  // Outside a Vite build (tests that import the core directly) there may be no env at all.
  try {
    return Number(import.meta.env.SMALL_WINS_MINUTE_MS);
  } catch {
    return Number.NaN;
  }
}
const built = builtMinute();

export const MINUTE_MS: number = Number.isFinite(built) && built > 0 ? built : 60_000;

/** Budget minutes as milliseconds. */
export const minutesMs = (minutes: number) => minutes * MINUTE_MS;

/** Milliseconds as budget minutes, rounded to the nearest. */
export const msMinutes = (ms: number) => Math.round(ms / MINUTE_MS);
