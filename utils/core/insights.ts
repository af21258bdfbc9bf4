// Looking back, as pure functions over plain data: the last seven days, a
// year of days, consistency counted as "days with a win" (never a streak that
// breaks), a past win to resurface, search, and when the recap and weekly
// review are due. No storage here; `today` and `now` are passed in.
import { addDays, type DayKey, dateOfDay, dayKey } from './day';
import { logoffCount } from './figures';
import { msMinutes } from './minute';
import type { SiteRule } from './sites';
import { type Weekday, weekEndOf } from './week-start';
import type { Win, WinKind } from './win-rules';

export interface DayCount {
  day: DayKey;
  count: number;
}

/** The last `n` days ending with `today`, oldest first. */
export function lastDays(today: DayKey, n = 7): DayKey[] {
  return Array.from({ length: n }, (_, i) => addDays(today, i - (n - 1)));
}

export interface WeekSummary {
  perDay: DayCount[];
  daysWithWin: number;
  byKind: Partial<Record<WinKind, number>>;
  topTags: { tag: string; count: number }[];
  /** Log-offs in the seven days (figures.ts: the one count every view shows). */
  logoffs: number;
  sites: { host: string; label: string; usedMinutes: number; budgetMinutes: number }[];
}

export function weekSummary(
  today: DayKey,
  wins: readonly Win[],
  usage: readonly { day: string; host: string; ms: number }[],
  rules: readonly SiteRule[],
): WeekSummary {
  const days = lastDays(today);
  const inWeek = wins.filter((w) => days.includes(w.day));
  const perDay = days.map((day) => ({ day, count: inWeek.filter((w) => w.day === day).length }));
  const byKind: Partial<Record<WinKind, number>> = {};
  const tags = new Map<string, number>();
  for (const w of inWeek) {
    byKind[w.kind] = (byKind[w.kind] ?? 0) + 1;
    for (const tag of w.tags) tags.set(tag, (tags.get(tag) ?? 0) + 1);
  }
  const topTags = [...tags.entries()]
    .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
    .slice(0, 5)
    .map(([tag, count]) => ({ tag, count }));
  const sites = rules.map((rule) => {
    const ms = usage
      .filter((u) => u.host === rule.host && days.includes(u.day))
      .reduce((sum, u) => sum + u.ms, 0);
    return {
      host: rule.host,
      label: rule.label,
      usedMinutes: msMinutes(ms),
      budgetMinutes: rule.dailyMinutes * days.length,
    };
  });
  return {
    perDay,
    daysWithWin: perDay.filter((d) => d.count > 0).length,
    byKind,
    topTags,
    logoffs: logoffCount(inWeek, days[0] ?? today, today),
    sites,
  };
}

export interface YearCell {
  day: DayKey;
  count: number;
  /** 0 (none) to 4 (many), for shading. */
  level: 0 | 1 | 2 | 3 | 4;
  future: boolean;
  /** A day shown only to fill its week, outside the span the grid is about. */
  outside?: boolean;
}

export function level(count: number): YearCell['level'] {
  if (count <= 0) return 0;
  if (count === 1) return 1;
  if (count <= 3) return 2;
  if (count <= 5) return 3;
  return 4;
}

/** 53 weeks (columns) of days from `weekStart` (0 = Sunday; Monday unless told), the last holding `today`. */
export function yearGrid(
  today: DayKey,
  counts: Readonly<Record<DayKey, number>>,
  weekStart: Weekday = 1,
): YearCell[][] {
  const weekday = (dateOfDay(today).getDay() - weekStart + 7) % 7; // the week's first day = 0
  const lastStart = addDays(today, -weekday);
  const firstStart = addDays(lastStart, -52 * 7);
  const weeks: YearCell[][] = [];
  for (let w = 0; w < 53; w++) {
    const week: YearCell[] = [];
    for (let d = 0; d < 7; d++) {
      const day = addDays(firstStart, w * 7 + d);
      const count = counts[day] ?? 0;
      week.push({ day, count, level: level(count), future: day > today });
    }
    weeks.push(week);
  }
  return weeks;
}

/** The grid's days in reading order for keyboard moves: [week][weekday]. */
export function moveInGrid(
  weeks: number,
  pos: { week: number; weekday: number },
  key: string,
): { week: number; weekday: number } {
  const clamp = (v: number, max: number) => Math.min(Math.max(v, 0), max);
  switch (key) {
    case 'ArrowUp':
      return { ...pos, weekday: clamp(pos.weekday - 1, 6) };
    case 'ArrowDown':
      return { ...pos, weekday: clamp(pos.weekday + 1, 6) };
    case 'ArrowLeft':
      return { ...pos, week: clamp(pos.week - 1, weeks - 1) };
    case 'ArrowRight':
      return { ...pos, week: clamp(pos.week + 1, weeks - 1) };
    case 'Home':
      return { ...pos, week: 0 };
    case 'End':
      return { ...pos, week: weeks - 1 };
    default:
      return pos;
  }
}

/** Same calendar date a year earlier; 29 February falls back to the 28th. */
export function aYearAgo(today: DayKey): DayKey {
  const d = dateOfDay(today);
  const back = new Date(d.getFullYear() - 1, d.getMonth(), d.getDate());
  if (back.getMonth() !== d.getMonth()) back.setDate(0);
  return dayKey(back.getTime());
}

/** A stable pseudo-random number for a day, so a resurfaced win stays put all day. */
export function daySeed(day: DayKey): number {
  let h = 2166136261;
  for (const ch of day) h = Math.imul(h ^ ch.charCodeAt(0), 16777619);
  return h >>> 0;
}

/**
 * Candidate days for "a past win" when there is none from a year ago: a few
 * days between the first win and yesterday, in an order fixed for the whole
 * of `today`. The caller takes the first that has wins, so the cost stays a
 * handful of index counts however long the history.
 */
export function pastDayCandidates(today: DayKey, first: DayKey | undefined, tries = 12): DayKey[] {
  if (!first || first >= today) return [];
  const span = Math.round((dateOfDay(today).getTime() - dateOfDay(first).getTime()) / 86_400_000);
  let seed = daySeed(today);
  const days: DayKey[] = [];
  for (let i = 0; i < tries; i++) {
    seed = Math.imul(seed ^ (seed >>> 15), 2246822507) >>> 0;
    days.push(addDays(first, seed % span));
  }
  days.push(first); // always has a win
  return days;
}

export interface DayGroup {
  day: DayKey;
  wins: Win[];
}

/** Wins ready to search many times: newest first, each text lower-cased once. */
export interface SearchIndex {
  wins: readonly Win[];
  texts: readonly string[];
}

export function searchIndex(wins: readonly Win[]): SearchIndex {
  const sorted = [...wins].sort((a, b) => b.at - a.at);
  return { wins: sorted, texts: sorted.map((w) => w.text.toLowerCase()) };
}

/**
 * Wins matching every word of the query in text or tags, grouped by day,
 * newest first. One linear pass over a prepared index, so each keystroke
 * among 50,000 wins costs a few milliseconds; drawing them is the caller's to
 * page.
 */
export function searchIn(index: SearchIndex, query: string): DayGroup[] {
  const words = query.toLowerCase().split(/\s+/).filter(Boolean);
  if (words.length === 0) return [];
  const groups: DayGroup[] = [];
  const byDay = new Map<DayKey, Win[]>();
  index.wins.forEach((w, i) => {
    const text = index.texts[i] ?? '';
    const match = words.every((word) =>
      word.startsWith('#')
        ? w.tags.includes(word.slice(1))
        : text.includes(word) || w.tags.includes(word),
    );
    if (!match) return;
    const list = byDay.get(w.day);
    if (list) list.push(w);
    else {
      const day = { day: w.day, wins: [w] };
      byDay.set(w.day, day.wins);
      groups.push(day);
    }
  });
  return groups;
}

export function searchWins(wins: readonly Win[], query: string): DayGroup[] {
  return searchIn(searchIndex(wins), query);
}

/** The first `count` wins of day groups, still grouped: one page of results. */
export function firstWins(groups: readonly DayGroup[], count: number): DayGroup[] {
  const page: DayGroup[] = [];
  let left = count;
  for (const group of groups) {
    if (left <= 0) break;
    page.push(left >= group.wins.length ? group : { ...group, wins: group.wins.slice(0, left) });
    left -= group.wins.length;
  }
  return page;
}

/** The evening recap is offered from the recap hour until the day ends. */
export function recapDue(now: number, recapHour: number, dayStartHour: number): boolean {
  const hour = new Date(now).getHours();
  return hour >= recapHour || hour < dayStartHour;
}

/** The weekly review is offered on the chosen weekday (0 = Sunday), or on the last day of the week (-1). */
export function reviewDue(today: DayKey, weekday: number, weekStart: Weekday = 1): boolean {
  const day = weekday >= 0 ? weekday : weekEndOf(weekStart);
  return dateOfDay(today).getDay() === day;
}

/** The week a review belongs to: keyed by its last day. */
export function reviewId(today: DayKey): string {
  return `weekly:${today}`;
}
