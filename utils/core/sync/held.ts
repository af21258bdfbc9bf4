// What is stored on this computer, seen as sync records (the snapshot that
// stamp.ts compares with the last copy), and the reverse: which local writes
// a merged copy asks for. Recent wins and reflections, every setting, each
// limited site and this computer's own minutes travel; older days stay here.

import type { Reflection } from '../reflections';
import type { Settings } from '../settings';
import type { UsageRecord } from '../usage';
import type { Win } from '../win-rules';
import { type Doc, parseUsageKey, sameData, usageKey } from './model';
import type { Held } from './stamp';

/** The settings that travel, one record each (sites travel one per host). */
export const SYNCED_SETTINGS = [
  'snoozeMinutes',
  'dayStartHour',
  'showBadge',
  'recapHour',
  'reviewWeekday',
  'weekStart',
  'steps',
  'showBuiltInSteps',
  'askEnergy',
  'headsUpMinutes',
  'headsUpNotify',
  'restWeekdays',
  'restDays',
  'morningPrompts',
  'eveningPrompts',
  'promptOrder',
] as const satisfies readonly (keyof Settings)[];

/**
 * The settings that stay on each computer: sites travel on their own; the
 * evening reminder needs this browser's notification permission; hiding on a
 * shared screen is about this screen.
 */
export const LOCAL_SETTINGS = [
  'version',
  'sites',
  'nudgeMinute',
  'nudgeWeekdays',
  'hideOnStart',
] as const satisfies readonly (keyof Settings)[];

export interface Local {
  wins: readonly Win[];
  reflections: readonly Reflection[];
  usage: readonly UsageRecord[];
  settings: Settings;
}

export function heldFrom(local: Local, own: string): Record<string, Held> {
  const held: Record<string, Held> = {};
  for (const win of local.wins) held[`w:${win.id}`] = { d: win, day: win.day };
  for (const r of local.reflections) held[`r:${r.id}`] = { d: r, day: r.day };
  for (const u of local.usage) {
    held[usageKey(u.day, u.host, own)] = { d: { ms: u.ms }, day: u.day };
  }
  for (const field of SYNCED_SETTINGS) held[`s:${field}`] = { d: local.settings[field] };
  for (const site of local.settings.sites) held[`site:${site.host}`] = { d: site };
  return held;
}

/** What the merged copy asks of this computer: records to write and to remove. */
export interface LocalChanges {
  put: { key: string; d: unknown; was: unknown }[];
  remove: { key: string; was: unknown }[];
}

export function changesFor(merged: Doc, held: Readonly<Record<string, Held>>): LocalChanges {
  const changes: LocalChanges = { put: [], remove: [] };
  for (const [key, entry] of Object.entries(merged)) {
    if (key.startsWith('u:')) continue; // minutes are each computer's own (see budget.ts)
    const here = held[key];
    if (entry.d === null) {
      if (here) changes.remove.push({ key, was: here.d });
    } else if (!here || !sameData(here.d, entry.d)) {
      changes.put.push({ key, d: entry.d, was: here?.d });
    }
  }
  return changes;
}

/** The other computers' minutes on each site, by day (each computer counts only its own). */
export function othersMinutes(merged: Doc, own: string): Record<string, Record<string, number>> {
  const out: Record<string, Record<string, number>> = {};
  for (const [key, entry] of Object.entries(merged)) {
    const u = parseUsageKey(key);
    if (!u || u.computer === own || entry.d === null) continue;
    const ms = (entry.d as { ms: number }).ms;
    const day = out[u.day] ?? {};
    day[u.host] = (day[u.host] ?? 0) + ms;
    out[u.day] = day;
  }
  return out;
}

/**
 * `current` with the merged copy's settings and sites, each only where this
 * computer still has what the merge saw (a change made meanwhile here stays).
 */
export function applyToSettings(current: Settings, changes: LocalChanges): Settings {
  const next: Record<string, unknown> = { ...current };
  let sites = [...current.sites];
  for (const { key, d, was } of changes.put) {
    if (key.startsWith('s:')) {
      const field = key.slice(2);
      if (sameData(next[field], was)) next[field] = d;
    } else if (key.startsWith('site:')) {
      const host = key.slice(5);
      const i = sites.findIndex((s) => s.host === host);
      if (!sameData(i === -1 ? undefined : sites[i], was)) continue;
      const site = d as Settings['sites'][number];
      sites = i === -1 ? [...sites, site] : sites.map((s, j) => (j === i ? site : s));
    }
  }
  for (const { key, was } of changes.remove) {
    if (!key.startsWith('site:')) continue;
    const host = key.slice(5);
    sites = sites.filter((s) => s.host !== host || !sameData(s, was));
  }
  next.sites = sites;
  return next as unknown as Settings;
}
