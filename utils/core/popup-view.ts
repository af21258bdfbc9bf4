// What the popup shows of today, so it stays one screen: the latest few wins
// and how many more the new tab holds. Shared by the first paint and the app,
// so both draw the same rows.
import type { Win } from './win-rules';

/** How many of today's wins the popup shows; the rest wait on the new tab. */
export const POPUP_LATEST = 3;

/** The latest wins to show (in stored order, oldest first) and how many are left out. */
export function popupView(wins: readonly Win[]): { shown: Win[]; more: number } {
  const shown = wins.slice(-POPUP_LATEST);
  return { shown, more: wins.length - shown.length };
}
