// Share draws a page of days at a time: a year can hold 100,000 wins, and one
// checkbox each (301,000 elements) froze the page for seconds. The wins are
// grouped by day once (days oldest first, each day's wins in the order they
// happened), then cut into pages of at most `maxRows` wins; a day longer than
// a page goes on over the next. Which wins are chosen lives apart from the
// pages (a set of unticked ids), so every output still holds every chosen win.
import type { DayKey } from './day';
import type { Win } from './win-rules';

export interface ShareDay {
  day: DayKey;
  wins: Win[];
}

export interface SharePage {
  days: ShareDay[];
  /** How many wins the page shows. */
  rows: number;
}

/** Wins grouped by day: days oldest first, each day's wins by the time they were noted. */
export function shareDays(wins: readonly Win[]): ShareDay[] {
  const byDay = new Map<DayKey, Win[]>();
  for (const w of wins) {
    const list = byDay.get(w.day);
    if (list) list.push(w);
    else byDay.set(w.day, [w]);
  }
  return [...byDay.keys()]
    .sort()
    .map((day) => ({ day, wins: (byDay.get(day) ?? []).sort((a, b) => a.at - b.at) }));
}

/** The days cut into pages of at most `maxRows` wins (never an empty page). */
export function sharePages(days: readonly ShareDay[], maxRows: number): SharePage[] {
  const size = Math.max(1, Math.floor(maxRows));
  const pages: SharePage[] = [];
  let page: SharePage = { days: [], rows: 0 };
  for (const { day, wins } of days) {
    for (let start = 0; start < wins.length; ) {
      if (page.rows === size) {
        pages.push(page);
        page = { days: [], rows: 0 };
      }
      const piece = wins.slice(start, start + size - page.rows);
      page.days.push({ day, wins: piece });
      page.rows += piece.length;
      start += piece.length;
    }
  }
  if (page.rows > 0) pages.push(page);
  return pages;
}

/** How many of `ids` are unticked: the count every output leaves out. */
export function untickedAmong(ids: ReadonlySet<string>, unticked: ReadonlySet<string>): number {
  let n = 0;
  for (const id of unticked) if (ids.has(id)) n++;
  return n;
}
