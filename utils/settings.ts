// The user's settings: one typed, versioned record in storage.local. Reading
// always goes through `normalizeSettings`, which migrates older versions and
// repairs anything out of range without dropping the parts that are fine.
import { browser } from 'wxt/browser';
import { MAX_MINUTES, MIN_MINUTES, parseSite, type SiteRule } from './sites';

export const SETTINGS_VERSION = 1;
export const SETTINGS_KEY = 'settings';

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
  /** Weekday of the weekly review (0 = Sunday). */
  reviewWeekday: number;
}

export const DEFAULT_SETTINGS: Settings = {
  version: SETTINGS_VERSION,
  sites: [],
  snoozeMinutes: 5,
  dayStartHour: 0,
  showBadge: true,
  recapHour: 18,
  reviewWeekday: 0,
};

function intIn(value: unknown, min: number, max: number, fallback: number): number {
  return typeof value === 'number' && Number.isInteger(value) && value >= min && value <= max
    ? value
    : fallback;
}

function normalizeSite(value: unknown): SiteRule | undefined {
  if (typeof value !== 'object' || value === null) return undefined;
  const v = value as Record<string, unknown>;
  const parsed = typeof v.host === 'string' ? parseSite(v.host) : undefined;
  if (!parsed?.ok || parsed.host !== v.host) return undefined;
  const minutes = intIn(v.dailyMinutes, MIN_MINUTES, MAX_MINUTES, 0);
  if (minutes === 0) return undefined;
  const label = typeof v.label === 'string' && v.label.trim() ? v.label.trim() : parsed.host;
  return { host: parsed.host, label, dailyMinutes: minutes };
}

/** Any stored value (or nothing) → valid current settings. */
export function normalizeSettings(raw: unknown): Settings {
  if (typeof raw !== 'object' || raw === null) return { ...DEFAULT_SETTINGS };
  const v = raw as Record<string, unknown>;
  const sites: SiteRule[] = [];
  for (const site of Array.isArray(v.sites) ? v.sites : []) {
    const rule = normalizeSite(site);
    if (rule && !sites.some((s) => s.host === rule.host)) sites.push(rule);
  }
  return {
    version: SETTINGS_VERSION,
    sites,
    snoozeMinutes: intIn(v.snoozeMinutes, 1, 60, DEFAULT_SETTINGS.snoozeMinutes),
    dayStartHour: intIn(v.dayStartHour, 0, 11, DEFAULT_SETTINGS.dayStartHour),
    showBadge: typeof v.showBadge === 'boolean' ? v.showBadge : DEFAULT_SETTINGS.showBadge,
    recapHour: intIn(v.recapHour, 12, 23, DEFAULT_SETTINGS.recapHour),
    reviewWeekday: intIn(v.reviewWeekday, 0, 6, DEFAULT_SETTINGS.reviewWeekday),
  };
}

export async function loadSettings(): Promise<Settings> {
  const stored = await browser.storage.local.get(SETTINGS_KEY);
  return normalizeSettings(stored[SETTINGS_KEY]);
}

export async function saveSettings(settings: Settings): Promise<void> {
  await browser.storage.local.set({ [SETTINGS_KEY]: normalizeSettings(settings) });
}

/** Read, change and write back in one step. */
export async function updateSettings(change: (s: Settings) => Settings): Promise<Settings> {
  const next = normalizeSettings(change(await loadSettings()));
  await saveSettings(next);
  return next;
}
