// The checks of a backup's records, one per store: each returns the first
// field that the app could not have written, or the record rebuilt from its
// known fields only (nothing unknown is ever stored). Split from backup.ts
// so the format and its rules each stay one short file. Pure.

import { type ActiveHours, normalizeActiveHours } from './active-hours';
import type { ImportProblem } from './backup';
import { checkAll } from './backup-steps';
import { addDays, type DayKey, dayKey, dayStart, isDayKey } from './day';
import { checkReflectionText, REFLECTION_KINDS, type Reflection } from './reflections';
import { DEFAULT_SETTINGS, normalizeSettings, type Settings } from './settings';
import { MAX_PATH_LENGTH } from './site-parts';
import { canonicalSite, MAX_HOST_LENGTH, MAX_MINUTES, parseSite } from './sites';
import type { UsageRecord } from './usage';
import { checkVisitText, visitId } from './visit';
import {
  checkWinText,
  MAX_WIN_LENGTH,
  TAG_CHARS,
  tagsFor,
  visibleLength,
  type Win,
  type WinKind,
} from './win-rules';

const EARLIEST = Date.UTC(2000, 0, 1);
const EARLIEST_DAY = '2000-01-01';
const DAY_MS = 86_400_000;
/** A pause takes more than a second to show: no day holds more than this many. */
const MAX_PAUSES = DAY_MS / 1000;
/** A win's text of MAX_WIN_LENGTH characters holds at most this many "#t" tags, and a goal's. */
const MAX_TAGS = Math.ceil(MAX_WIN_LENGTH / 3) + 1;

const KINDS: readonly WinKind[] = ['win', 'logoff', 'pause', 'recap'];

/** What a check needs to know besides the record: now, and the backup's own day start. */
export interface Context {
  now: number;
  dayStartHour: number;
  /** The latest day a record may name: tomorrow here (a zone ahead may be there already). */
  lastDay: DayKey;
  /** The latest instant a record may have: the end of tomorrow here. */
  lastTime: number;
}

/** The record's first problem (its field name), or the record with only its known fields. */
export type Check<T> = (v: Record<string, unknown>) => string | T;

export const isObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);
// One line of printable text: no line breaks, no control characters.
// biome-ignore lint/suspicious/noControlCharactersInRegex: matching them is the point
const UNPRINTABLE = /[\u0000-\u001f\u007f-\u009f\u2028\u2029]/;
const isOneLine = (v: unknown, max: number): v is string =>
  typeof v === 'string' && v.length > 0 && v.length <= max && !UNPRINTABLE.test(v);
const isId = (v: unknown): v is string => isOneLine(v, 100) && !/\s/.test(v);
const isIntIn = (v: unknown, min: number, max: number): v is number =>
  typeof v === 'number' && Number.isInteger(v) && v >= min && v <= max;
/** A limited site's rule is at most this long: a host, then a path. */
const MAX_SITE_LENGTH = MAX_HOST_LENGTH + MAX_PATH_LENGTH;
/**
 * A bare host name, maybe with a path ("youtube.com/shorts"), in the one form
 * the app stores (however the file spells it: case, trailing dot, "www.",
 * Unicode), or undefined for anything else.
 */
function hostOf(v: unknown): string | undefined {
  if (!isOneLine(v, MAX_SITE_LENGTH)) return undefined;
  return canonicalSite(v);
}

const isTime = (v: unknown, ctx: Context): v is number =>
  typeof v === 'number' && Number.isFinite(v) && v >= EARLIEST && v <= ctx.lastTime;
const isDayInRange = (v: unknown, ctx: Context): v is DayKey =>
  isDayKey(v) && v >= EARLIEST_DAY && v <= ctx.lastDay;
/** The day of `at` under the backup's day start, give or take one day for time zones. */
function isDayOf(day: DayKey, at: number, ctx: Context): boolean {
  const local = dayKey(at, ctx.dayStartHour);
  return day === local || day === addDays(local, -1) || day === addDays(local, 1);
}

export const winCheck =
  (ctx: Context): Check<Win> =>
  (w) => {
    if (!isId(w.id)) return 'id';
    const text = typeof w.text === 'string' ? checkWinText(w.text) : undefined;
    if (!text?.ok || text.text !== w.text) return 'text';
    if (!isDayInRange(w.day, ctx)) return 'day';
    if (!isTime(w.at, ctx)) return 'at';
    if (!isDayOf(w.day, w.at, ctx)) return 'day';
    if (!KINDS.includes(w.kind as WinKind)) return 'kind';
    const tags = w.tags;
    if (
      !Array.isArray(tags) ||
      tags.length > MAX_TAGS ||
      !tags.every(
        (t) => typeof t === 'string' && visibleLength(t) <= MAX_WIN_LENGTH && TAG_CHARS.test(t),
      )
    ) {
      return 'tags';
    }
    const site = w.site === undefined ? undefined : hostOf(w.site);
    if (w.site !== undefined && !site) return 'site';
    if (w.minutes !== undefined && !isIntIn(w.minutes, 0, MAX_MINUTES)) return 'minutes';
    if (w.proud !== undefined && typeof w.proud !== 'boolean') return 'proud';
    if (w.private !== undefined && typeof w.private !== 'boolean') return 'private';
    const kind = w.kind as WinKind;
    // Tags are what the text gives (as every save and edit files them), then
    // those kept beside the words (a goal's tag), each checked above.
    const ownTags = tagsFor(text.text, tags as string[]);
    if (kind === 'recap' && !ownTags.includes('recap')) ownTags.unshift('recap');
    const win: Win = { id: w.id, text: text.text, day: w.day, at: w.at, kind, tags: ownTags };
    if (site !== undefined) win.site = site;
    if (w.minutes !== undefined) win.minutes = w.minutes;
    if (w.proud === true) win.proud = true;
    if (w.private === true) win.private = true;
    return win;
  };

export const usageCheck =
  (ctx: Context): Check<UsageRecord> =>
  (u) => {
    if (!isDayInRange(u.day, ctx)) return 'day';
    const host = hostOf(u.host);
    if (!host) return 'host';
    if (!isIntIn(u.ms, 0, DAY_MS)) return 'ms';
    // More minutes are granted a few at a time, within one day.
    if (!isIntIn(u.grantedMs, 0, DAY_MS)) return 'grantedMs';
    if (u.pauses !== undefined && !isIntIn(u.pauses, 0, MAX_PAUSES)) return 'pauses';
    const record: UsageRecord = { day: u.day, host, ms: u.ms, grantedMs: u.grantedMs };
    if (u.pauses) record.pauses = u.pauses;
    return record;
  };

export const reflectionCheck =
  (ctx: Context): Check<Reflection> =>
  (r) => {
    if (!isId(r.id)) return 'id';
    if (!REFLECTION_KINDS.includes(r.kind as Reflection['kind'])) return 'kind';
    const kind = r.kind as Reflection['kind'];
    if (!isDayInRange(r.day, ctx)) return 'day';
    // Only a site intention names a site, and its id names it too.
    const site = kind === 'visit' ? hostOf(r.site) : undefined;
    if (kind === 'visit' ? !site || site !== r.site : r.site !== undefined) return 'site';
    if (r.id !== (site ? visitId(r.day, site) : `${kind}:${r.day}`)) return 'id';
    const check = kind === 'visit' ? checkVisitText : checkReflectionText;
    const text = typeof r.text === 'string' ? check(r.text) : undefined;
    if (!text?.ok || text.text !== r.text) return 'text';
    if (!isTime(r.at, ctx)) return 'at';
    if (!isDayOf(r.day, r.at, ctx)) return 'day';
    return { id: r.id, kind, day: r.day, text: text.text, at: r.at, ...(site ? { site } : {}) };
  };

/** A site's active hours exactly as the app writes them, none, or false when not. */
function activeHoursOf(value: unknown): ActiveHours | undefined | false {
  if (value === undefined) return undefined;
  const hours = normalizeActiveHours(value);
  if (!hours || !isObject(value)) return false;
  const { days, from, to } = value;
  return JSON.stringify({ days, from, to }) === JSON.stringify(hours) ? hours : false;
}

const siteCheck: Check<unknown> = (s) => {
  const host = hostOf(s.host);
  if (!host) return 'host';
  // The name shown for a site is that site, however it was written.
  const label = s.label === undefined ? host : s.label;
  if (!isOneLine(label, MAX_SITE_LENGTH)) return 'label';
  const named = parseSite(label);
  if (!named.ok || named.host !== host) return 'label';
  if (!isIntIn(s.dailyMinutes, 1, MAX_MINUTES)) return 'dailyMinutes';
  if (s.intention !== undefined && s.intention !== true) return 'intention';
  const hours = activeHoursOf(s.activeHours);
  if (hours === false) return 'activeHours';
  return {
    host,
    label: named.label,
    dailyMinutes: s.dailyMinutes,
    ...(hours ? { activeHours: hours } : {}),
    ...(s.intention === true ? { intention: true } : {}),
  };
};

const SETTING_FIELDS = [
  'snoozeMinutes',
  'dayStartHour',
  'showBadge',
  'recapHour',
  'reviewWeekday',
  'nudgeMinute',
  'promptOrder',
  'hideOnStart',
  'weekStart',
] as const;

/** List settings: each entry of a given list must be one the options page could have saved. */
const LIST_FIELDS = [
  'nudgeWeekdays',
  'restWeekdays',
  'restDays',
  'morningPrompts',
  'eveningPrompts',
] as const;

/** Settings the options page could have saved, or the first field it could not. */
export function checkSettings(
  value: unknown,
): { ok: true; settings: Settings } | { ok: false; problem: ImportProblem } {
  if (value === undefined) return { ok: true, settings: { ...DEFAULT_SETTINGS } };
  const bad = (field: string) => ({
    ok: false as const,
    problem: { code: 'badRecord' as const, store: 'settings', index: -1, field },
  });
  if (!isObject(value)) return bad('settings');
  const sites = checkAll('settings.sites', value.sites, siteCheck);
  if (!sites.ok) return sites;
  const settings = normalizeSettings({ ...value, sites: sites.records });
  for (const field of SETTING_FIELDS) {
    if (value[field] !== undefined && value[field] !== settings[field]) return bad(field);
  }
  for (const field of LIST_FIELDS) {
    const given = value[field];
    if (given === undefined) continue;
    if (!Array.isArray(given) || new Set(given).size !== settings[field].length) return bad(field);
  }
  return { ok: true, settings };
}

/** The limits of time for records read on `now` from a backup with this day start. */
export function contextAt(now: number, dayStartHour: number): Context {
  const today = dayKey(now);
  return { now, dayStartHour, lastDay: addDays(today, 1), lastTime: dayStart(addDays(today, 2)) };
}
