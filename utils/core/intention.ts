// "What are you here for?": when a visit to a limited site that asks for an
// intention (off by default, per site) is shown the intention page first.
// It is asked on the first visit of the person's day (their day start, not
// midnight) and again after each pause of that site, so the person returns
// from "more minutes" or a later visit with a fresh purpose. It is not asked
// outside the site's active hours, nor while its budget is used (the pause
// comes instead), nor for anything but the site's own http(s) pages (never
// the intention page itself). A part of a site ("youtube.com/shorts") asks
// before any address under its path, also one reached by a link inside the
// page (`asksOnMove`); passing the page for a part passes it for the whole
// site around it too, so one visit is asked once. The marks it reads (when the page was passed,
// when the site last paused) live in storage, so a stopped worker forgets
// nothing. Pure: `now` is passed in.
import { isActive, nextEdge } from './active-hours';
import { type DayUsage, PAUSE_TOLERANCE_MS, remainingMs } from './budget';
import { dayKey, nextDayStart } from './day';
import { siteParts } from './site-parts';
import { rulesForUrl, type SiteRule, within } from './sites';

/** When, per site host, the intention page was last passed and the site last paused. */
export interface IntentionMarks {
  passed: Record<string, number>;
  paused: Record<string, number>;
}

export const NO_MARKS: IntentionMarks = { passed: {}, paused: {} };

export type MarkEvent = { type: 'passed' | 'paused'; host: string; at: number };

/** The marks after an event; a mark of a site no longer asking is dropped. */
export function noteMark(
  marks: IntentionMarks,
  event: MarkEvent,
  rules: readonly SiteRule[],
): IntentionMarks {
  const asking = new Set(rules.filter((r) => r.intention).map((r) => r.host));
  const keep = (list: Record<string, number>) =>
    Object.fromEntries(Object.entries(list).filter(([host]) => asking.has(host)));
  const next = { passed: keep(marks.passed), paused: keep(marks.paused) };
  if (asking.has(event.host)) next[event.type][event.host] = event.at;
  // The page was passed for a part of a site: the whole site asked with it.
  if (event.type === 'passed') {
    for (const host of asking) if (within(event.host, host)) next.passed[host] = event.at;
  }
  return next;
}

export interface IntentionContext {
  now: number;
  dayStartHour: number;
  marks: IntentionMarks;
  /** Today's usage by host. */
  usage: Readonly<Record<string, DayUsage>>;
}

/** Whether a visit to this site, now, shows the intention page first. */
export function siteNeedsIntention(rule: SiteRule, ctx: IntentionContext): boolean {
  if (!rule.intention || !isActive(rule.activeHours, ctx.now)) return false;
  if (remainingMs(rule, ctx.usage[rule.host]) <= PAUSE_TOLERANCE_MS) return false;
  const passed = ctx.marks.passed[rule.host];
  if (passed === undefined || passed > ctx.now) return true;
  if (dayKey(passed, ctx.dayStartHour) !== dayKey(ctx.now, ctx.dayStartHour)) return true;
  const paused = ctx.marks.paused[rule.host];
  return paused !== undefined && paused >= passed && paused <= ctx.now;
}

/** Whether a page at `url` shows the intention page first: only a limited site's own pages. */
export function needsIntention(
  url: string | undefined,
  rules: readonly SiteRule[],
  ctx: IntentionContext,
): boolean {
  return rulesForUrl(url, rules).some((rule) => siteNeedsIntention(rule, ctx));
}

/**
 * Whether an address reached inside a page (pushState: no request, so no
 * redirect rule sees it) shows the intention page: only a part of a site can
 * be entered that way, a whole host never.
 */
export function asksOnMove(
  url: string | undefined,
  rules: readonly SiteRule[],
  ctx: IntentionContext,
): boolean {
  return rulesForUrl(url, rules).some(
    (rule) => siteParts(rule.host).path !== '' && siteNeedsIntention(rule, ctx),
  );
}

/** Every site whose visits now show the intention page first. */
export function hostsNeedingIntention(rules: readonly SiteRule[], ctx: IntentionContext): string[] {
  return rules.filter((r) => siteNeedsIntention(r, ctx)).map((r) => r.host);
}

/**
 * The next moment the answer can change by the clock alone: the next day
 * start, or an edge of an asking site's active hours. Null when no site asks,
 * so nothing wakes the worker.
 */
export function nextIntentionCheck(
  rules: readonly SiteRule[],
  now: number,
  dayStartHour: number,
): number | null {
  const asking = rules.filter((r) => r.intention);
  if (asking.length === 0) return null;
  const edges = asking.map((r) => nextEdge(r.activeHours, now)).filter((e) => e !== null);
  return Math.min(nextDayStart(now, dayStartHour), ...edges);
}
