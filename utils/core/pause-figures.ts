// What the pauses added up to, per limited site and per week, as pure
// figures: pauses shown, times logged off, and minutes taken back. Only what
// was done is counted; nothing here compares log-offs with pauses. A log-off
// is counted as everywhere else (figures.ts); a week's own count holds the
// log-offs of sites no longer limited too, which its site lines cannot show.
//
// Minutes taken back, precisely: for each day on which the person logged off
// a site (a win of kind 'logoff' naming that site), the day's budget for the
// site (its dailyMinutes plus the extra minutes granted that day) minus the
// minutes counted on it that day, never below 0; summed over those days, then
// rounded to whole minutes. Several log-offs on one day take that day back
// once. Days without a log-off take nothing back, and a site that is no
// longer limited has no budget, so it takes nothing back either. The year's
// wrap-up (wrap-up.ts) uses the same rule.
import { addDays, type DayKey, dateOfDay, dayKey } from './day';
import { isLogoff, logoffCount } from './figures';
import { minutesMs, msMinutes } from './minute';
import type { SiteRule } from './sites';
import type { UsageRecord } from './usage';
import type { Win } from './win-rules';

type Usage = Pick<UsageRecord, 'day' | 'host' | 'ms' | 'grantedMs' | 'pauses'>;

/** The budget left unused on one day on one site, in ms (0 when used up). */
export function unusedBudgetMs(rule: SiteRule, usage: Usage | undefined): number {
  return Math.max(0, minutesMs(rule.dailyMinutes) + (usage?.grantedMs ?? 0) - (usage?.ms ?? 0));
}

/** Minutes taken back (see above) by the log-offs among `wins`, over every site limited now. */
export function minutesTakenBack(
  wins: readonly Win[],
  usage: readonly Usage[],
  rules: readonly SiteRule[],
): number {
  const loggedOff = new Set(
    wins.filter((w) => isLogoff(w) && w.site).map((w) => `${w.day} ${w.site}`),
  );
  const byKey = new Map(usage.map((u) => [`${u.day} ${u.host}`, u]));
  let ms = 0;
  for (const key of loggedOff) {
    const rule = rules.find((r) => r.host === key.slice(key.indexOf(' ') + 1));
    if (rule) ms += unusedBudgetMs(rule, byKey.get(key));
  }
  return msMinutes(ms);
}

export interface SiteWeek {
  host: string;
  label: string;
  /** Times the pause page was shown for the site. */
  pauses: number;
  /** Log-off wins naming the site. */
  logoffs: number;
  minutesTakenBack: number;
}

export interface PauseWeek {
  /** The week's first day. */
  from: DayKey;
  /** Its last day, or today for the week under way. */
  to: DayKey;
  /** Limited sites with a pause or a log-off in the week, in the order of the settings. */
  sites: SiteWeek[];
  /** Log-offs in the week, of any site (figures.ts: the one count every view shows). */
  logoffs: number;
}

export interface WeekOptions {
  now: number;
  dayStartHour: number;
  /** The weekday a week starts on: 0 = Sunday, 1 = Monday (the default). */
  weekStart?: number;
  /** How many weeks, the one under way included (default 4). */
  weeks?: number;
}

/** The first day of the week holding `day`. */
export function weekOf(day: DayKey, weekStart = 1): DayKey {
  return addDays(day, -((dateOfDay(day).getDay() - weekStart + 7) % 7));
}

/** The days the figures read: from the first week's start to today (the person's day). */
export function pauseSpan(opts: WeekOptions): { from: DayKey; to: DayKey } {
  const to = dayKey(opts.now, opts.dayStartHour);
  return { from: addDays(weekOf(to, opts.weekStart), -7 * ((opts.weeks ?? 4) - 1)), to };
}

/** The figures of each week, the week under way first. */
export function pauseWeeks(
  opts: WeekOptions,
  rules: readonly SiteRule[],
  wins: readonly Win[],
  usage: readonly Usage[],
): PauseWeek[] {
  const { from: first, to: today } = pauseSpan(opts);
  const weeks: PauseWeek[] = [];
  for (let from = weekOf(today, opts.weekStart); from >= first; from = addDays(from, -7)) {
    const last = addDays(from, 6);
    const to = last < today ? last : today;
    const inWeek = (day: DayKey) => day >= from && day <= to;
    const sites: SiteWeek[] = [];
    for (const rule of rules) {
      const logoffs = wins.filter((w) => isLogoff(w) && w.site === rule.host && inWeek(w.day));
      const used = usage.filter((u) => u.host === rule.host && inWeek(u.day));
      const site: SiteWeek = {
        host: rule.host,
        label: rule.label,
        pauses: used.reduce((sum, u) => sum + (u.pauses ?? 0), 0),
        logoffs: logoffs.length,
        minutesTakenBack: minutesTakenBack(logoffs, used, [rule]),
      };
      if (site.pauses > 0 || site.logoffs > 0) sites.push(site);
    }
    weeks.push({ from, to, sites, logoffs: logoffCount(wins, from, to) });
  }
  return weeks;
}
