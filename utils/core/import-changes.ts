// What one import changed, kept so that "Undo import" takes back exactly that
// and nothing written since: the records it added (as it added them), each
// day's time it raised (before and after), and the settings before and after
// it. Undoing compares each with what is stored now: a record the import
// brought that the person changed since stays as they left it (and is
// counted, so the words can say so); time counted since stays; a site or
// setting changed since stays. Pure: the store reads and writes.
import type { Reflection } from './reflections';
import type { Settings } from './settings';
import type { UsageRecord } from './usage';
import type { Win } from './win-rules';

export interface UsageChange {
  /** Absent when the import created the record. */
  before?: UsageRecord;
  after: UsageRecord;
}

export interface ImportChanges {
  wins: Win[];
  reflections: Reflection[];
  usage: UsageChange[];
  settings: { before: Settings; after: Settings };
}

const same = (a: unknown, b: unknown): boolean => canonical(a) === canonical(b);

function canonical(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) =>
    v && typeof v === 'object' && !Array.isArray(v)
      ? Object.fromEntries(Object.entries(v).sort(([a], [b]) => (a < b ? -1 : 1)))
      : v,
  );
}

/** Whether the import changed anything at all (else there is nothing to undo). */
export function changedAnything(changes: ImportChanges): boolean {
  return (
    changes.wins.length + changes.reflections.length + changes.usage.length > 0 ||
    !same(changes.settings.before, changes.settings.after)
  );
}

/** What to do with a record the import added: remove it, or keep the person's change. */
export function undoAdded<T>(now: T | undefined, added: T): 'remove' | 'kept' | 'gone' {
  if (now === undefined) return 'gone';
  return same(now, added) ? 'remove' : 'kept';
}

/** One figure: the import's raise taken back, anything counted since kept. */
function figure(before: number, after: number, now: number): number {
  // Lower than the import left it: its raise is no longer there to take back.
  if (now < after) return now;
  return Math.max(0, before + (now - after));
}

/**
 * A day's time after undoing the import's part of it; undefined when the
 * import made the record and nothing was counted since (the record goes).
 */
export function undoUsage(
  now: UsageRecord | undefined,
  change: UsageChange,
): UsageRecord | undefined {
  if (!now) return undefined;
  const { before, after } = change;
  const ms = figure(before?.ms ?? 0, after.ms, now.ms);
  const grantedMs = figure(before?.grantedMs ?? 0, after.grantedMs, now.grantedMs);
  const pauses = figure(before?.pauses ?? 0, after.pauses ?? 0, now.pauses ?? 0);
  if (!before && ms === 0 && grantedMs === 0 && pauses === 0) return undefined;
  const { pauses: _old, ...rest } = now;
  return { ...rest, ms, grantedMs, ...(pauses > 0 ? { pauses } : {}) };
}

export interface SettingsUndo {
  settings: Settings;
  /** Hosts of the sites the import added that are no longer limited. */
  sitesRemoved: string[];
  /** Sites, steps and settings the import brought that the person changed since. */
  kept: number;
}

/** The settings with the import's part taken back and the person's changes since kept. */
export function undoSettings(
  now: Settings,
  { before, after }: ImportChanges['settings'],
): SettingsUndo {
  let kept = 0;
  const next: Record<string, unknown> = { ...now };
  for (const key of Object.keys(after) as (keyof Settings)[]) {
    if (key === 'sites' || key === 'steps' || same(before[key], after[key])) continue;
    if (same(now[key], after[key])) next[key] = before[key];
    else kept++;
  }
  const sitesRemoved: string[] = [];
  const addedSites = after.sites.filter((s) => !before.sites.some((b) => b.host === s.host));
  const sites = now.sites.filter((site) => {
    const added = addedSites.find((s) => s.host === site.host);
    if (!added) return true;
    if (same(site, added)) {
      sitesRemoved.push(site.host);
      return false;
    }
    kept++;
    return true;
  });
  const addedSteps = after.steps.filter((s) => !before.steps.some((b) => b.id === s.id));
  const steps = now.steps.filter((step) => {
    const added = addedSteps.find((s) => s.id === step.id);
    if (!added) return true;
    if (same(step, added)) return false;
    kept++;
    return true;
  });
  return { settings: { ...(next as unknown as Settings), sites, steps }, sitesRemoved, kept };
}
