// The person's settings as a pure rule: one typed, versioned record.
// `normalizeSettings` migrates older versions and repairs anything out of
// range without dropping the parts that are fine; `mergeSettings` decides what
// an import adds. Stored through utils/store/settings.ts.

import { normalizeActiveHours } from './active-hours';
import { type DayKey, isDayKey } from './day';
import { DEFAULT_DAY_START_HOUR, dayStartHourOf } from './day-start';
import { normalizePrompts, PROMPT_ORDERS, type PromptOrder } from './prompts';
import {
  canonicalSite,
  MAX_MINUTES,
  MIN_MINUTES,
  overlapping,
  parseSite,
  type SiteRule,
} from './sites';
import { mergeSteps, normalizeSteps, type SmallStep } from './step-record';
import { WEEK_START_FROM_LANGUAGE, weekStartChoiceOf } from './week-start';

/** The weekly review on the last day of the person's week. */
export const REVIEW_ON_WEEK_END = -1;

export const SETTINGS_VERSION = 1;

export interface Settings {
  version: typeof SETTINGS_VERSION;
  sites: SiteRule[];
  /** Minutes a "more minutes" choice on the pause page gives. */
  snoozeMinutes: number;
  /** Hour (0–11) the user's day starts; usage resets then. */
  dayStartHour: number;
  /** Minutes left on the toolbar badge while on a limited site. */
  showBadge: boolean;
  /** Hour from which the evening recap is offered. */
  recapHour: number;
  /** Weekday of the weekly review (0 = Sunday), or -1: the last day of the week. */
  reviewWeekday: number;
  /** The day weeks start on (0 = Sunday), or -1: as the browser's language counts it. */
  weekStart: number;
  /** The person's own one-press wins, in their order (steps.ts repairs them). */
  steps: SmallStep[];
  /** The built-in tiny wins among the chips. */
  showBuiltInSteps: boolean;
  /** "How's your energy today?" in the popup and on the new tab. */
  askEnergy: boolean;
  /** Minutes before the pause that the badge turns calm (0 = off). */
  headsUpMinutes: number;
  /** Also one gentle notification then (needs the optional permission). */
  headsUpNotify: boolean;
  /** The evening nudge's clock time, minutes after midnight; null when off. */
  nudgeMinute: number | null;
  /** Weekdays the evening nudge may come on (0 = Sunday). */
  nudgeWeekdays: number[];
  /** Weekdays that are always rest days. */
  restWeekdays: number[];
  /** Days the person marked as rest, oldest first (the last MAX_REST_DAYS). */
  restDays: DayKey[];
  /** The person's own morning questions (none: the built-in one). */
  morningPrompts: string[];
  /** The person's own evening questions (none: the built-in one). */
  eveningPrompts: string[];
  /** Their questions taken in turn day by day, or at random. */
  promptOrder: PromptOrder;
  /** The new tab opens with every personal text hidden (safe on a shared screen). */
  hideOnStart: boolean;
}

/** How many marked rest days are kept: more than a year of them. */
export const MAX_REST_DAYS = 400;

export const HEADS_UP_CHOICES = [0, 1, 2, 5] as const;

export const DEFAULT_SETTINGS: Settings = {
  version: SETTINGS_VERSION,
  sites: [],
  snoozeMinutes: 5,
  dayStartHour: DEFAULT_DAY_START_HOUR,
  showBadge: true,
  recapHour: 18,
  reviewWeekday: REVIEW_ON_WEEK_END,
  weekStart: WEEK_START_FROM_LANGUAGE,
  steps: [],
  showBuiltInSteps: true,
  askEnergy: true,
  headsUpMinutes: 1,
  headsUpNotify: false,
  nudgeMinute: null,
  nudgeWeekdays: [0, 1, 2, 3, 4, 5, 6],
  restWeekdays: [],
  restDays: [],
  morningPrompts: [],
  eveningPrompts: [],
  promptOrder: 'turn',
  hideOnStart: false,
};

/** Distinct weekdays (0–6) in order, or the fallback when the value is not a list. */
function weekdaysOf(value: unknown, fallback: number[]): number[] {
  if (!Array.isArray(value)) return [...fallback];
  return [0, 1, 2, 3, 4, 5, 6].filter((d) => value.includes(d));
}

function nudgeMinuteOf(value: unknown): number | null {
  const minute = intIn(value, 0, 24 * 60 - 1, -1);
  return minute < 0 ? null : minute;
}

function restDaysOf(value: unknown): DayKey[] {
  if (!Array.isArray(value)) return [];
  const days = [...new Set(value.filter(isDayKey))].sort();
  return days.slice(-MAX_REST_DAYS);
}

function intIn(value: unknown, min: number, max: number, fallback: number): number {
  return typeof value === 'number' && Number.isInteger(value) && value >= min && value <= max
    ? value
    : fallback;
}

function normalizeSite(value: unknown): SiteRule | undefined {
  if (typeof value !== 'object' || value === null) return undefined;
  const v = value as Record<string, unknown>;
  // A host however it was written (case, trailing dot, www., Unicode) is that
  // one host, maybe with a path; anything else is not a site.
  const site = typeof v.host === 'string' ? canonicalSite(v.host) : undefined;
  const parsed = site ? parseSite(site) : undefined;
  if (!site || !parsed?.ok) return undefined;
  const minutes = intIn(v.dailyMinutes, MIN_MINUTES, MAX_MINUTES, 0);
  if (minutes === 0) return undefined;
  // The label is always the limited site itself, never a different string.
  const activeHours = normalizeActiveHours(v.activeHours);
  return {
    host: parsed.host,
    label: parsed.label,
    dailyMinutes: minutes,
    ...(activeHours ? { activeHours } : {}),
    ...(v.intention === true ? { intention: true as const } : {}),
  };
}

/** Any stored value (or nothing) → valid current settings. */
export function normalizeSettings(raw: unknown): Settings {
  if (typeof raw !== 'object' || raw === null) return { ...DEFAULT_SETTINGS };
  const v = raw as Record<string, unknown>;
  const sites: SiteRule[] = [];
  for (const site of Array.isArray(v.sites) ? v.sites : []) {
    const rule = normalizeSite(site);
    // Overlapping rules are refused when typed, so they are dropped here too.
    if (rule && !overlapping(rule.host, sites)) sites.push(rule);
  }
  return {
    version: SETTINGS_VERSION,
    sites,
    snoozeMinutes: intIn(v.snoozeMinutes, 1, 60, DEFAULT_SETTINGS.snoozeMinutes),
    dayStartHour: dayStartHourOf(v),
    showBadge: typeof v.showBadge === 'boolean' ? v.showBadge : DEFAULT_SETTINGS.showBadge,
    recapHour: intIn(v.recapHour, 12, 23, DEFAULT_SETTINGS.recapHour),
    reviewWeekday: intIn(v.reviewWeekday, -1, 6, DEFAULT_SETTINGS.reviewWeekday),
    weekStart: weekStartChoiceOf(v.weekStart),
    steps: normalizeSteps(v.steps),
    showBuiltInSteps: typeof v.showBuiltInSteps === 'boolean' ? v.showBuiltInSteps : true,
    askEnergy: typeof v.askEnergy === 'boolean' ? v.askEnergy : true,
    headsUpMinutes: HEADS_UP_CHOICES.includes(v.headsUpMinutes as 0)
      ? (v.headsUpMinutes as number)
      : DEFAULT_SETTINGS.headsUpMinutes,
    headsUpNotify:
      typeof v.headsUpNotify === 'boolean' ? v.headsUpNotify : DEFAULT_SETTINGS.headsUpNotify,
    nudgeMinute: nudgeMinuteOf(v.nudgeMinute),
    nudgeWeekdays: weekdaysOf(v.nudgeWeekdays, DEFAULT_SETTINGS.nudgeWeekdays),
    restWeekdays: weekdaysOf(v.restWeekdays, DEFAULT_SETTINGS.restWeekdays),
    restDays: restDaysOf(v.restDays),
    morningPrompts: normalizePrompts(v.morningPrompts),
    eveningPrompts: normalizePrompts(v.eveningPrompts),
    promptOrder: PROMPT_ORDERS.includes(v.promptOrder as PromptOrder)
      ? (v.promptOrder as PromptOrder)
      : DEFAULT_SETTINGS.promptOrder,
    hideOnStart: v.hideOnStart === true,
  };
}

/**
 * Untouched (default) settings take the backup's whole; settings the person
 * already chose stay, and only sites and small steps they don't have yet are
 * added. A site already here is kept as it is (already here when the budget is
 * the same, skipped when it differs or when it overlaps one of the person's sites).
 */
export function mergeSettings(
  current: Settings,
  incoming: Settings,
): { settings: Settings; added: string[]; alreadyHere: number; skipped: number } {
  const added: SiteRule[] = [];
  let alreadyHere = 0;
  let skipped = 0;
  for (const site of incoming.sites) {
    const same = current.sites.find((c) => c.host === site.host);
    if (same && same.dailyMinutes === site.dailyMinutes) alreadyHere++;
    else if (same || overlapping(site.host, current.sites)) skipped++;
    else added.push(site);
  }
  const untouched = JSON.stringify(current) === JSON.stringify(DEFAULT_SETTINGS);
  const base = untouched ? incoming : current;
  return {
    settings: {
      ...base,
      sites: [...current.sites, ...added],
      steps: mergeSteps(current.steps, incoming.steps),
      restDays: restDaysOf([...current.restDays, ...incoming.restDays]),
    },
    added: added.map((s) => s.host),
    alreadyHere,
    skipped,
  };
}
