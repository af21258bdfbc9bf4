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
  'steps',
  'showBuiltInSteps',
  'askEnergy',
  'headsUpMinutes',
  'headsUpNotify',
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

/** Settings as the merged copy has them, sites in the order this computer knew them. */
export function settingsFrom(merged: Doc, current: Settings): Settings {
  const next: Record<string, unknown> = { ...current };
  for (const field of SYNCED_SETTINGS) {
    const entry = merged[`s:${field}`];
    if (entry && entry.d !== null) next[field] = entry.d;
  }
  const sites = Object.entries(merged)
    .filter(([key, e]) => key.startsWith('site:') && e.d !== null)
    .map(([, e]) => e.d as Settings['sites'][number]);
  const order = (host: string) => {
    const i = current.sites.findIndex((s) => s.host === host);
    return i === -1 ? Number.MAX_SAFE_INTEGER : i;
  };
  sites.sort((a, b) => order(a.host) - order(b.host) || a.host.localeCompare(b.host));
  next.sites = sites;
  return next as unknown as Settings;
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
