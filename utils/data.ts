// Everything the user owns, read out for export, brought back by import (one
// transaction: all or nothing, merged by id so a second import adds
// nothing), or deleted on request.
import { browser } from 'wxt/browser';
import type { BackupData } from './backup';
import { getDb } from './db';
import { announce } from './messages';
import {
  DEFAULT_SETTINGS,
  loadSettings,
  SETTINGS_KEY,
  type Settings,
  saveSettings,
} from './settings';

export const LAST_EXPORT_KEY = 'lastExportAt';

export async function readAll(): Promise<BackupData> {
  const db = await getDb();
  const [wins, usage, reflections, settings] = await Promise.all([
    db.getAll('wins'),
    db.getAll('usage'),
    db.getAll('reflections'),
    loadSettings(),
  ]);
  return { wins, usage, reflections, settings };
}

export async function countWins(): Promise<number> {
  return (await getDb()).count('wins');
}

export async function noteExport(now: number): Promise<void> {
  await browser.storage.local.set({ [LAST_EXPORT_KEY]: now });
}

export async function lastExportAt(): Promise<number | undefined> {
  const stored = await browser.storage.local.get(LAST_EXPORT_KEY);
  const value = stored[LAST_EXPORT_KEY];
  return typeof value === 'number' ? value : undefined;
}

export interface ImportReport {
  winsAdded: number;
  winsAlreadyHere: number;
  reflectionsAdded: number;
  sitesAdded: string[];
}

/**
 * Untouched (default) settings take the backup's whole; settings the person
 * already chose stay, and only sites they don't have yet are added.
 */
export function mergeSettings(
  current: Settings,
  incoming: Settings,
): { settings: Settings; added: string[] } {
  const added = incoming.sites.filter((s) => !current.sites.some((c) => c.host === s.host));
  const untouched = JSON.stringify(current) === JSON.stringify(DEFAULT_SETTINGS);
  const base = untouched ? incoming : current;
  return {
    settings: { ...base, sites: [...current.sites, ...added] },
    added: added.map((s) => s.host),
  };
}

export async function importData(
  data: BackupData,
  onProgress: (done: number, total: number) => void = () => {},
): Promise<ImportReport> {
  const db = await getDb();
  const total = data.wins.length + data.usage.length + data.reflections.length;
  const report: ImportReport = {
    winsAdded: 0,
    winsAlreadyHere: 0,
    reflectionsAdded: 0,
    sitesAdded: [],
  };
  const tx = db.transaction(['wins', 'usage', 'reflections'], 'readwrite', {
    durability: 'strict',
  });
  const wins = tx.objectStore('wins');
  const usage = tx.objectStore('usage');
  const reflections = tx.objectStore('reflections');
  // On failure `done` rejects with the abort; the error thrown below says why.
  tx.done.catch(() => undefined);
  let done = 0;
  const tick = () => {
    done++;
    if (done % 500 === 0 || done === total) onProgress(done, total);
  };
  try {
    for (const win of data.wins) {
      if (await wins.getKey(win.id)) report.winsAlreadyHere++;
      else {
        await wins.add(win);
        report.winsAdded++;
      }
      tick();
    }
    for (const record of data.usage) {
      const here = await usage.get([record.day, record.host]);
      // The same day counted on two devices: keep the larger, never add twice.
      if (!here || here.ms < record.ms)
        await usage.put({ ...record, grantedMs: Math.max(record.grantedMs, here?.grantedMs ?? 0) });
      tick();
    }
    for (const reflection of data.reflections) {
      if (!(await reflections.getKey(reflection.id))) {
        await reflections.add(reflection);
        report.reflectionsAdded++;
      }
      tick();
    }
    await tx.done;
  } catch (error) {
    // Anything thrown mid-way rolls the whole import back.
    try {
      tx.abort();
    } catch {
      // already finished or aborted
    }
    throw error;
  }
  // Settings are written only after every record is safely stored.
  const merged = mergeSettings(await loadSettings(), data.settings);
  await saveSettings(merged.settings);
  report.sitesAdded = merged.added;
  announce({ type: 'wins-changed', day: '*' });
  return report;
}

export async function deleteEverything(): Promise<void> {
  const db = await getDb();
  const tx = db.transaction(['wins', 'usage', 'reflections'], 'readwrite', {
    durability: 'strict',
  });
  await Promise.all([
    tx.objectStore('wins').clear(),
    tx.objectStore('usage').clear(),
    tx.objectStore('reflections').clear(),
    tx.done,
  ]);
  await browser.storage.local.remove([SETTINGS_KEY, LAST_EXPORT_KEY]);
  announce({ type: 'wins-changed', day: '*' });
}
