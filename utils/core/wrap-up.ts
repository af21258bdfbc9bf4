// The joyful wrap-up as pure figures: for a year or a month, what was done —
// days with a win, wins, proud wins, the kinds and tags that came up most,
// log-offs and the minutes they took back, the first win, the busiest month
// and weekday — and a closing line chosen for what the span held. Nothing
// here counts days without a win or compares with anyone.
import { type DayKey, dateOfDay } from './day';
import { minutesTakenBack } from './pause-figures';
import type { SiteRule } from './sites';
import type { UsageRecord } from './usage';
import type { Win, WinKind } from './win-rules';

/** The same rule as the look back's weeks (pause-figures.ts). */
export { minutesTakenBack };

export type Closing =
  | { kind: 'quiet' }
  | { kind: 'single' }
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

const ranked = <K>(counts: Map<K, number>, order: (a: K, b: K) => number) =>
  [...counts.entries()].sort((a, b) => b[1] - a[1] || order(a[0], b[0]));

function tally<K>(keys: Iterable<K>): Map<K, number> {
  const counts = new Map<K, number>();
  for (const key of keys) counts.set(key, (counts.get(key) ?? 0) + 1);
  return counts;
}

export function closingFor(f: Pick<SpanFigures, 'wins' | 'daysWithWin' | 'proud' | 'logoffs'>) {
  if (f.wins === 0) return { kind: 'quiet' } as const;
  if (f.wins === 1) return { kind: 'single' } as const;
  if (f.proud.length >= 3) return { kind: 'proud', count: f.proud.length } as const;
  if (f.logoffs >= 10 && f.logoffs * 2 >= f.wins)
    return { kind: 'logoffs', count: f.logoffs } as const;
  return { kind: 'showingUp', days: f.daysWithWin } as const;
}

/** The figures of the wins from `from` to `to` (day keys, inclusive). */
export function spanFigures(
  from: DayKey,
  to: DayKey,
  allWins: readonly Win[],
  usage: readonly UsageRecord[],
  rules: readonly SiteRule[],
): SpanFigures {
  const wins = allWins.filter((w) => w.day >= from && w.day <= to).sort((a, b) => a.at - b.at);
  const months = tally(wins.map((w) => dateOfDay(w.day).getMonth()));
  const weekdays = tally(wins.map((w) => dateOfDay(w.day).getDay()));
  const [bestMonth] = ranked(months, (a, b) => a - b);
  const [bestWeekday] = ranked(weekdays, (a, b) => ((a + 6) % 7) - ((b + 6) % 7));
  const kinds = ranked(tally(wins.map((w) => w.kind)), (a, b) => a.localeCompare(b));
  const tags = ranked(tally(wins.flatMap((w) => w.tags.filter((t) => t !== 'recap'))), (a, b) =>
    a.localeCompare(b),
  );
  const figures = {
    wins: wins.length,
    daysWithWin: new Set(wins.map((w) => w.day)).size,
    proud: wins.filter((w) => w.proud),
    kinds: kinds.map(([kind, count]) => ({ kind, count })),
    tags: tags.slice(0, 5).map(([tag, count]) => ({ tag, count })),
    logoffs: wins.filter((w) => w.kind === 'logoff').length,
    minutesTakenBack: minutesTakenBack(wins, usage, rules),
    firstWin: wins[0],
    perMonth: Array.from({ length: 12 }, (_, m) => months.get(m) ?? 0),
    bestMonth: bestMonth && { month: bestMonth[0], count: bestMonth[1] },
    bestWeekday: bestWeekday && { weekday: bestWeekday[0], count: bestWeekday[1] },
  };
  return { ...figures, closing: closingFor(figures) };
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
