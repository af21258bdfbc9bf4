// The wrap-up's figures gathered a batch of wins at a time: a year can hold
// 100,000 wins, and counting them in one pass held the page for most of a
// second. `addWins` folds in one batch (cheap per win: a day's month and
// weekday are worked out once per day, not once per win); `spanFiguresOf`
// turns the tally into the figures. Folding the wins in one batch or in many
// gives the same figures.
import { type DayKey, dateOfDay } from './day';
import { minutesTakenBack } from './pause-figures';
import type { SiteRule } from './sites';
import type { UsageRecord } from './usage';
import type { Win, WinKind } from './win-rules';
import { closingFor, type SpanFigures } from './wrap-up';

export interface SpanTally {
  readonly from: DayKey;
  readonly to: DayKey;
  wins: number;
  days: Map<DayKey, { month: number; weekday: number }>;
  proud: Win[];
  logoffs: Win[];
  kinds: Map<WinKind, number>;
  tags: Map<string, number>;
  months: Map<number, number>;
  weekdays: Map<number, number>;
  first: Win | undefined;
}

export function spanTally(from: DayKey, to: DayKey): SpanTally {
  return {
    from,
    to,
    wins: 0,
    days: new Map(),
    proud: [],
    logoffs: [],
    kinds: new Map(),
    tags: new Map(),
    months: new Map(),
    weekdays: new Map(),
    first: undefined,
  };
}

const bump = <K>(counts: Map<K, number>, key: K) => counts.set(key, (counts.get(key) ?? 0) + 1);

/** Folds one batch of wins into the tally; wins outside the span are left out. */
export function addWins(tally: SpanTally, wins: readonly Win[]): void {
  for (const w of wins) {
    if (w.day < tally.from || w.day > tally.to) continue;
    tally.wins++;
    let day = tally.days.get(w.day);
    if (!day) {
      const date = dateOfDay(w.day);
      day = { month: date.getMonth(), weekday: date.getDay() };
      tally.days.set(w.day, day);
    }
    bump(tally.months, day.month);
    bump(tally.weekdays, day.weekday);
    bump(tally.kinds, w.kind);
    if (w.kind === 'logoff') tally.logoffs.push(w);
    // A private win counts, but its words and tags are never told.
    if (w.private) continue;
    for (const tag of w.tags) if (tag !== 'recap') bump(tally.tags, tag);
    if (w.proud) tally.proud.push(w);
    if (!tally.first || w.at < tally.first.at) tally.first = w;
  }
}

const ranked = <K>(counts: Map<K, number>, order: (a: K, b: K) => number) =>
  [...counts.entries()].sort((a, b) => b[1] - a[1] || order(a[0], b[0]));

/** How many days `from`..`to` holds (counted on the calendar: no clock change moves it). */
function spanLength(from: DayKey, to: DayKey): number {
  const utc = (day: DayKey) => Date.UTC(+day.slice(0, 4), +day.slice(5, 7) - 1, +day.slice(8, 10));
  return Math.round((utc(to) - utc(from)) / 86_400_000) + 1;
}

export function spanFiguresOf(
  tally: SpanTally,
  usage: readonly UsageRecord[],
  rules: readonly SiteRule[],
): SpanFigures {
  const [bestMonth] = ranked(tally.months, (a, b) => a - b);
  const [bestWeekday] = ranked(tally.weekdays, (a, b) => ((a + 6) % 7) - ((b + 6) % 7));
  const figures = {
    wins: tally.wins,
    daysWithWin: tally.days.size,
    proud: [...tally.proud].sort((a, b) => a.at - b.at),
    kinds: ranked(tally.kinds, (a, b) => a.localeCompare(b)).map(([kind, count]) => ({
      kind,
      count,
    })),
    tags: ranked(tally.tags, (a, b) => a.localeCompare(b))
      .slice(0, 5)
      .map(([tag, count]) => ({ tag, count })),
    logoffs: tally.logoffs.length,
    minutesTakenBack: minutesTakenBack(tally.logoffs, usage, rules),
    firstWin: tally.first,
    perMonth: Array.from({ length: 12 }, (_, m) => tally.months.get(m) ?? 0),
    bestMonth: bestMonth && { month: bestMonth[0], count: bestMonth[1] },
    bestWeekday: bestWeekday && { weekday: bestWeekday[0], count: bestWeekday[1] },
  };
  return { ...figures, closing: closingFor(figures, spanLength(tally.from, tally.to)) };
}
