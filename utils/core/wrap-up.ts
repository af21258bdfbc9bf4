// The joyful wrap-up as pure figures: for a year or a month, what was done —
// days with a win, wins, proud wins, the kinds and tags that came up most,
// log-offs and the minutes they took back, the first win, the busiest month
// and weekday — and a closing line chosen for what the span held. Nothing
// here counts days without a win or compares with anyone.
import type { DayKey } from './day';
import { minutesTakenBack } from './pause-figures';
import type { SiteRule } from './sites';
import { addWins, spanFiguresOf, spanTally } from './span-tally';
import type { UsageRecord } from './usage';
import type { Win, WinKind } from './win-rules';

/** The same rule as the look back's weeks (pause-figures.ts). */
export { minutesTakenBack };

export type Closing =
  | { kind: 'quiet' }
  | { kind: 'single' }
  | { kind: 'gentle' }
  | { kind: 'busy'; days: number }
  | { kind: 'proud'; count: number }
  | { kind: 'logoffs'; count: number }
  | { kind: 'showingUp'; days: number };

export interface SpanFigures {
  wins: number;
  daysWithWin: number;
  /** Wins marked "proud of this", oldest first. */
  proud: Win[];
  kinds: { kind: WinKind; count: number }[];
  tags: { tag: string; count: number }[];
  logoffs: number;
  minutesTakenBack: number;
  firstWin: Win | undefined;
  /** Wins per month, January first (all twelve, for a year). */
  perMonth: number[];
  bestMonth: { month: number; count: number } | undefined;
  /** Weekday 0 = Sunday. */
  bestWeekday: { weekday: number; count: number } | undefined;
  closing: Closing;
}

/** Fewer days with a win than this make a quiet span: its story is short and warm. */
export const QUIET_DAYS = 3;

/**
 * The closing line for what a span of `spanDays` days held: a quiet one, a
 * single win, many proud moments, many log-offs, a busy one (a win on at
 * least half its days), or simply showing up.
 */
export function closingFor(
  f: Pick<SpanFigures, 'wins' | 'daysWithWin' | 'proud' | 'logoffs'>,
  spanDays = 365,
): Closing {
  if (f.wins === 0) return { kind: 'quiet' };
  if (f.wins === 1) return { kind: 'single' };
  if (f.proud.length >= 3) return { kind: 'proud', count: f.proud.length };
  if (f.logoffs >= 10 && f.logoffs * 2 >= f.wins) return { kind: 'logoffs', count: f.logoffs };
  if (f.daysWithWin < QUIET_DAYS) return { kind: 'gentle' };
  if (f.daysWithWin >= 10 && f.daysWithWin * 2 >= spanDays)
    return { kind: 'busy', days: f.daysWithWin };
  return { kind: 'showingUp', days: f.daysWithWin };
}

/** The figures of the wins from `from` to `to` (day keys, inclusive), in one batch. */
export function spanFigures(
  from: DayKey,
  to: DayKey,
  allWins: readonly Win[],
  usage: readonly UsageRecord[],
  rules: readonly SiteRule[],
): SpanFigures {
  const tally = spanTally(from, to);
  addWins(tally, allWins);
  return spanFiguresOf(tally, usage, rules);
}

/** December and January: the time to offer the year's wrap-up. */
export function yearEndSeason(today: DayKey): boolean {
  const month = today.slice(5, 7);
  return month === '12' || month === '01';
}

/** The year to look back on: this one in December, the one just ended in January. */
export function wrapYear(today: DayKey): number {
  const year = Number(today.slice(0, 4));
  return today.slice(5, 7) === '01' ? year - 1 : year;
}
